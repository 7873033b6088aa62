package cn.shequ.platform.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.ecotown.EcoTownFigures;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;
import cn.shequ.platform.web.Years;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' year-end dashboard: a card per work stream with its figures, plan against actual and
 * the change from the year before, and charts whose every bar leads to the records it counts. A
 * fixed number of SQL statements whatever the amount of data.
 */
@Controller
class DashboardController {

    static final int TREND_YEARS = 4;

    private final Indicators indicators;
    private final IndicatorCatalogue catalogue;
    private final ServiceCenterFigures serviceCenters;
    private final EcoTownFigures eco;
    private final RegionDirectory regions;
    private final DashboardCharts charts;
    private final Clock clock;

    DashboardController(Indicators indicators, IndicatorCatalogue catalogue, ServiceCenterFigures serviceCenters,
            EcoTownFigures eco, RegionDirectory regions, MessageSource messages, JsonMapper json, Clock clock) {
        this.eco = eco;
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.serviceCenters = serviceCenters;
        this.regions = regions;
        this.charts = new DashboardCharts(messages, json);
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model) {
        int y = year != null ? year : serviceCenters.latestPlanYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);

        List<Indicators.Value> now = indicators.values(y, area);
        Map<String, Indicators.Value> before = indicators.byKey(y - 1, area);

        List<String> chartData = new ArrayList<>();
        chartData.add(byArea(y, area));
        chartData.add(ecoInvestment(y, area));
        chartData.add(planAgainstActual(now));
        chartData.add(statuses(y, area));
        chartData.add(trend(y, area, now, before));

        model.addAttribute("year", y);
        model.addAttribute("area", area);
        model.addAttribute("streams", Indicators.byStream(now));
        model.addAttribute("previous", before);
        model.addAttribute("charts", chartData);
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("regionOptions", regionOptions());
        return "indicator/dashboard";
    }

    /** Service-center projects by area (by town under a county): planned, completed, in use. */
    private String byArea(int year, RegionRef area) {
        Function<String, String> names = DashboardCharts.names(regions.children(area.id()));
        DashboardCharts.Bars bars = charts.bars("dashboard.chart.byArea", new Object[] {year}, "indicator.unit.COUNT");
        for (ServiceCenterFigures.AreaRow row : serviceCenters.byArea(year, area)) {
            String code = row.areaCode();
            String list = "/service-centers?year=" + year + "&region=" + code;
            bars.category(names.apply(code))
                    .value("dashboard.series.planned", row.figures().planned(), list)
                    .value("dashboard.series.completed", row.figures().completed(), list + "&reached=COMPLETED")
                    .value("dashboard.series.inUse", row.figures().inUse(), list + "&reached=IN_USE");
        }
        return bars.toJson();
    }

    /** Eco-town and rural-community key projects by area: planned against actual investment. */
    private String ecoInvestment(int year, RegionRef area) {
        Function<String, String> names = DashboardCharts.names(regions.children(area.id()));
        DashboardCharts.Bars bars = charts.bars("dashboard.chart.ecoInvestment", new Object[] {year}, "indicator.unit.WAN_YUAN");
        for (EcoTownFigures.AreaRow row : eco.byArea(year, area)) {
            String list = "/eco-towns?year=" + year + "&region=" + row.areaCode();
            bars.category(names.apply(row.areaCode()))
                    .value("dashboard.series.planInvestment", row.figures().plannedInvestment(), list)
                    .value("dashboard.series.actualInvestment", row.figures().actualInvestment(), list);
        }
        return bars.toJson();
    }

    /** Every indicator that has a plan: the share of the plan done. */
    private String planAgainstActual(List<Indicators.Value> values) {
        DashboardCharts.Bars bars = charts.bars("dashboard.chart.plan", null, "dashboard.unit.percent");
        for (Indicators.Value value : values) {
            if (value.completionRate() != null) {
                bars.category(charts.label(value.definition().nameKey()))
                        .value("dashboard.series.rate", value.completionRate(), value.link());
            }
        }
        return bars.toJson();
    }

    /** Service-center projects of the year by their status at year end. */
    private String statuses(int year, RegionRef area) {
        ServiceCenterFigures.Summary s = serviceCenters.summary(year, area);
        String list = "/service-centers?year=" + year + "&region=" + area.code() + "&stage=";
        DashboardCharts.Bars bars = charts.bars("dashboard.chart.status", new Object[] {year}, "indicator.unit.COUNT").pie();
        long[] counts = {s.planned() - s.started(), s.started() - s.completed(), s.completed() - s.inUse(), s.inUse()};
        for (ProjectStatus status : ProjectStatus.values()) {
            bars.category(charts.label("enum.ProjectStatus." + status))
                    .value("dashboard.series.projects", counts[status.ordinal()], list + status.name());
        }
        return bars.toJson();
    }

    /** The headline indicators over the last years, side by side. */
    private String trend(int year, RegionRef area, List<Indicators.Value> now, Map<String, Indicators.Value> before) {
        DashboardCharts.Bars bars = charts.bars("dashboard.chart.trend", new Object[] {year - TREND_YEARS + 1, year},
                "indicator.unit.COUNT");
        List<Map<String, Indicators.Value>> years = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year - 2; y++) {
            years.add(indicators.byKey(y, area));
        }
        years.add(before);
        Map<String, Indicators.Value> current = new java.util.LinkedHashMap<>();
        now.forEach(v -> current.put(v.key(), v));
        years.add(current);
        for (int i = 0; i < years.size(); i++) {
            bars.category(String.valueOf(year - TREND_YEARS + 1 + i));
            for (IndicatorDefinition definition : catalogue.definitions()) {
                if (definition.headline() && definition.unit() == Unit.COUNT) {
                    Indicators.Value value = years.get(i).get(definition.key());
                    bars.value(definition.nameKey(), value.value(), value.link());
                }
            }
        }
        return bars.toJson();
    }

    /** The regions a user may choose: their scope and the regions below it, down to the towns. */
    private List<RegionRef> regionOptions() {
        List<RegionRef> options = new ArrayList<>();
        for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWN)) {
            options.addAll(regions.all(level));
        }
        options.sort(java.util.Comparator.comparing(RegionRef::path));
        return options;
    }
}
