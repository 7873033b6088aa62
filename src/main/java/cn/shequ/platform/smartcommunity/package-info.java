/**
 * Work stream 2a, smart communities (“智慧社区”平台建设): a construction record per community and year (batch,
 * partner, application systems deployed, set-top boxes, households on the cable network, the date the
 * standardized display platform was completed, the plan document it follows), its progress reports,
 * the editable list of application systems, the summary figures and the pages of {@code
 * /smart-communities}. It contributes its indicators, dashboard charts, yearbook tables and entry
 * facts in {@link cn.shequ.platform.smartcommunity.SmartCommunityFiguresConfig}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Smart communities")
package cn.shequ.platform.smartcommunity;
