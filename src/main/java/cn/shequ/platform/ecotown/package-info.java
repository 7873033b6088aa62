/**
 * Work stream 5, eco-towns and new rural communities (生态小镇 / 农村新型社区建设): the year's key projects with
 * their progress reports, plans, designations and awards, riverside development, and per community the
 * staff, farmers' cooperatives, featured industrial parks and infrastructure items that the computed
 * standards check reads; the summary and the pages of {@code /eco-towns}. It contributes its
 * indicators, dashboard charts, yearbook tables and entry facts in {@link
 * cn.shequ.platform.ecotown.EcoTownFiguresConfig}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eco-towns and new rural communities")
package cn.shequ.platform.ecotown;
