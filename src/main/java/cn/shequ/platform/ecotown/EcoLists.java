package cn.shequ.platform.ecotown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the module's list pages share: the year and area asked for, the filter choices, paging. */
@Component
class EcoLists {

    static final int PAGE_SIZE = 20;

    private final RegionDirectory regions;
    private final EcoProjects projects;
    private final Clock clock;

    EcoLists(RegionDirectory regions, EcoProjects projects, Clock clock) {
        this.regions = regions;
        this.projects = projects;
        this.clock = clock;
    }

    /** The year asked for, else the latest year with key projects, else this year. */
    int year(Integer requested) {
        return requested != null ? requested : projects.latestYear().orElse(LocalDate.now(clock).getYear());
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The region a request names by code, or the user's scope root (403 outside the scope). */
    RegionRef area(String code) {
        return regions.resolve(code);
    }

    /** The filter choices and the current area, year and sort. */
    void filters(Model model, Integer year, RegionRef area, String sort) {
        model.addAttribute("y", year);
        model.addAttribute("area", area);
        model.addAttribute("r", area.code());
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("sort", sort);
    }

    List<CommunityRef> communitiesUnder(RegionRef area) {
        return regions.communitiesUnder(area);
    }

    /** Every community the user may place a record in, for the forms. */
    List<CommunityRef> communityOptions() {
        return regions.communitiesUnder(null);
    }

    static Map<Long, CommunityRef> byId(List<CommunityRef> communities) {
        return communities.stream().collect(Collectors.toMap(CommunityRef::id, c -> c));
    }

    static PageRequest page(int page, String sort, Set<String> sortable, Sort fallback) {
        return Paging.of(page, PAGE_SIZE, Sorting.parse(sort, sortable, fallback));
    }
}
