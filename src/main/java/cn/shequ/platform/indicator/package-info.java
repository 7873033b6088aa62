/**
 * The indicator catalogue (指标) and the leaders' year-end dashboard. Every indicator is computed for
 * a year and a region subtree from the work-stream modules' figures (SQL aggregates), never typed in;
 * the dashboard, the JSON API and the yearbook read the same values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators and dashboard")
package cn.shequ.platform.indicator;
