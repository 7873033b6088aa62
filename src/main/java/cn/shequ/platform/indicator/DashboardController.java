package cn.shequ.platform.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.Years;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' year-end dashboard: a card per work stream with its figures, plan against actual and
 * the change from the year before, and the charts ({@link DashboardChart} beans) whose every bar leads
 * to the records it counts. A fixed number of SQL statements whatever the amount of data.
 */
@Controller
class DashboardController {

    private final Indicators indicators;
    private final IndicatorCatalogue catalogue;
    private final List<DashboardChart> charts;
    private final RegionDirectory regions;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(Indicators indicators, IndicatorCatalogue catalogue, List<DashboardChart> charts,
            RegionDirectory regions, MessageSource messages, JsonMapper json, Clock clock) {
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.charts = charts;
        this.regions = regions;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model) {
        int y = year != null ? year : catalogue.latestYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);

        List<Indicators.Value> now = indicators.values(y, area);
        Map<String, Indicators.Value> before = indicators.byKey(y - 1, area);
        DashboardCharts dashboard = new DashboardCharts(messages, json, regions, y, area, now, before);

        model.addAttribute("year", y);
        model.addAttribute("area", area);
        model.addAttribute("streams", Indicators.byStream(now));
        model.addAttribute("previous", before);
        model.addAttribute("charts", charts.stream().map(chart -> chart.draw(dashboard)).toList());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("regionOptions", regionOptions());
        return "indicator/dashboard";
    }

    /** The regions a user may choose: their scope and the regions below it, down to the towns. */
    private List<RegionRef> regionOptions() {
        List<RegionRef> options = new ArrayList<>();
        for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWN)) {
            options.addAll(regions.all(level));
        }
        options.sort(Comparator.comparing(RegionRef::path));
        return options;
    }
}
