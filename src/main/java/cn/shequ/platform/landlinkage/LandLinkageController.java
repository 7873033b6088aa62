package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.time.LocalDate;

import cn.shequ.platform.indicator.AreaRow;
import cn.shequ.platform.record.PlaceNames;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.Years;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The summary of a year and region, {@code /land-linkage}: each figure links to the records it counts. */
@Controller
@RequestMapping("/land-linkage")
class LandLinkageController {

    private final LandLinkageFigures figures;
    private final LinkagePlots plots;
    private final RegionDirectory regions;
    private final Clock clock;

    LandLinkageController(LandLinkageFigures figures, LinkagePlots plots, RegionDirectory regions, Clock clock) {
        this.figures = figures;
        this.plots = plots;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    String summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model) {
        int y = year != null ? year : plots.latestYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        var rows = figures.byArea(y, area);
        model.addAttribute("year", y);
        model.addAttribute("area", area);
        model.addAttribute("summary", figures.summary(y, area));
        model.addAttribute("rows", rows);
        model.addAttribute("names", PlaceNames.of(regions, rows.stream().map(AreaRow::areaPath).toList()));
        model.addAttribute("yearEnd", LocalDate.of(y, 12, 31));
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("towns", regions.towns());
        return "landlinkage/summary";
    }
}
