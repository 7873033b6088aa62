package cn.shequ.platform.indicator;

/**
 * A chart of the dashboard: a bean, in {@code @Order} among the others, that a work stream (or this
 * module) declares; every bar leads to the records it counts.
 */
@FunctionalInterface
public interface DashboardChart {

    /** The chart's data ({@link DashboardCharts.Bars#toJson()}) for the dashboard's year and region. */
    String draw(DashboardCharts dashboard);
}
