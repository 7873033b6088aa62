package cn.shequ.platform.servicecenter;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;
import static cn.shequ.platform.indicator.Unit.COUNT;
import static cn.shequ.platform.indicator.Unit.WAN_YUAN;

import java.util.List;

import cn.shequ.platform.indicator.DashboardChart;
import cn.shequ.platform.indicator.DashboardCharts;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.servicecenter.ServiceCenterFigures.Summary;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearbook.EntryFactSource;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The service centers' indicators, dashboard charts, yearbook table and entry facts. */
@Configuration(proxyBeanMethods = false)
class ServiceCenterFiguresConfig {

    static final String LIST = "/service-centers";

    @Bean
    @Order(10)
    IndicatorSource<Summary> serviceCenterIndicators(ServiceCenterFigures figures) {
        return IndicatorSource.of(WorkStream.SERVICE_CENTER, figures::summary)
                .headline("service_center.planned", COUNT, Summary::planned, list(LIST))
                .part("service_center.planned_new_build", COUNT, Summary::newBuild, list(LIST, "kind=NEW_BUILD"))
                .headline("service_center.new_build_in_use", COUNT, Summary::newBuildInUse,
                        list(LIST, "kind=NEW_BUILD", "reached=IN_USE")).plan(Summary::newBuild)
                .headline("service_center.renovation_completed", COUNT, Summary::renovationCompleted,
                        list(LIST, "kind=RENOVATION", "reached=COMPLETED")).plan(Summary::renovation)
                .add("service_center.investment_wan_yuan", WAN_YUAN, Summary::invested, list(LIST))
                .plan(Summary::plannedInvestment)
                .latestYearFrom(figures::latestPlanYear);
    }

    /** Projects by area (by town under a county): planned, completed, in use. */
    @Bean
    @Order(10)
    DashboardChart serviceCentersByAreaChart(ServiceCenterFigures figures) {
        return dashboard -> dashboard.byArea("dashboard.chart.byArea", "indicator.unit.COUNT", figures::byArea, LIST,
                (bars, f, link) -> bars.value("dashboard.series.planned", f.planned(), link)
                        .value("dashboard.series.completed", f.completed(), link + "&reached=COMPLETED")
                        .value("dashboard.series.inUse", f.inUse(), link + "&reached=IN_USE")).toJson();
    }

    /** The year's projects by their status at year end. */
    @Bean
    @Order(40)
    DashboardChart serviceCenterStatusChart(ServiceCenterFigures figures) {
        return dashboard -> {
            Summary s = figures.summary(dashboard.year(), dashboard.area());
            String link = list(LIST, "stage=").of(dashboard.year(), dashboard.area().code());
            DashboardCharts.Bars bars = dashboard.bars("dashboard.chart.status", new Object[] {dashboard.year()},
                    "indicator.unit.COUNT").pie();
            long[] counts = {s.planned() - s.started(), s.started() - s.completed(), s.completed() - s.inUse(), s.inUse()};
            for (ProjectStatus status : ProjectStatus.values()) {
                bars.category(dashboard.label("enum.ProjectStatus." + status))
                        .value("dashboard.series.projects", counts[status.ordinal()], link + status.name());
            }
            return bars.toJson();
        };
    }

    @Bean
    @Order(10)
    StatTableSource serviceCenterTable(ServiceCenterFigures figures) {
        return (year, region, areas) -> List.of(new StatTable("服务中心", year + "年社区服务中心改造提升情况", "单位：个、万元",
                List.of(areas.header(), "列入计划", "其中新建", "改造提升", "已完工", "投入使用", "其中新建投入使用", "计划投资",
                        "完成投资"),
                areas.rows(figures.byArea(year, region), ServiceCenterFiguresConfig::cells),
                StatTable.Row.of("合计", cells(figures.summary(year, region))),
                List.of("注：已完工含投入使用；状态和完成投资按" + year + "年12月31日前的进度报告计。")));
    }

    private static Object[] cells(Summary s) {
        return new Object[] {s.planned(), s.newBuild(), s.renovation(), s.completed(), s.inUse(), s.newBuildInUse(),
                s.plannedInvestment(), s.invested()};
    }

    /** 基本完成任务 when nine tenths or more of the renovations are completed, 全部完成任务 when all are. */
    @Bean
    @Order(10)
    EntryFactSource serviceCenterFacts() {
        return (year, region, facts) -> {
            if (facts.get("service_center.renovation_completed") instanceof Number d
                    && facts.get("service_center.renovation_completed.plan") instanceof Number p && p.longValue() > 0) {
                long completed = d.longValue();
                long all = p.longValue();
                facts.put("service_center.renovation_phrase", completed >= all ? "全部完成任务"
                        : completed * 10 >= all * 9 ? "基本完成任务" : "完成" + completed + "个");
            }
        };
    }
}
