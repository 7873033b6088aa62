/**
 * The indicator catalogue (指标) and the leaders' year-end dashboard. Every indicator is computed for
 * a year and a region subtree from the work-stream modules' figures (SQL aggregates), never typed in;
 * the dashboard, the JSON API and the yearbook read the same values. The work streams declare their
 * indicators ({@link cn.shequ.platform.indicator.IndicatorSource}) and charts
 * ({@link cn.shequ.platform.indicator.DashboardChart}) as beans; this module imports none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators and dashboard")
package cn.shequ.platform.indicator;
