package cn.shequ.platform.communityservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.Years;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The summary of {@code /community-services}: the year's figures, each a link to the records it counts. */
@Controller
@RequestMapping("/community-services")
class CommunityServiceController {

    private final CommunityServiceFigures figures;
    private final WelfareActivities activities;
    private final RegionDirectory regions;
    private final Clock clock;

    CommunityServiceController(CommunityServiceFigures figures, WelfareActivities activities, RegionDirectory regions,
            Clock clock) {
        this.figures = figures;
        this.activities = activities;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    String summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model) {
        int y = year != null ? year : activities.latestYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        Map<String, String> names = regions.children(area.id()).stream()
                .collect(Collectors.toMap(RegionRef::path, RegionRef::name));
        var rows = figures.byArea(y, area);
        model.addAttribute("year", y);
        model.addAttribute("area", area);
        model.addAttribute("summary", figures.summary(y, area));
        model.addAttribute("rows", rows);
        model.addAttribute("areaNames", names);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        return "communityservice/summary";
    }
}
