/**
 * Work stream 1, service-center upgrades (社区服务中心改造提升): the year's plan of community service centers to
 * renovate or build new, their progress reports, the summary figures and the pages of {@code
 * /service-centers}. It contributes its indicators, dashboard charts, yearbook tables and entry facts
 * in {@link cn.shequ.platform.servicecenter.ServiceCenterFiguresConfig}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service-center upgrades")
package cn.shequ.platform.servicecenter;
