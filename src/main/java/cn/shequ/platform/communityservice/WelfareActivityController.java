package cn.shequ.platform.communityservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.EntryForms;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public-welfare activities' pages, {@code /community-services/activities}. */
@Controller
@RequestMapping("/community-services/activities")
class WelfareActivityController extends EntryForms<WelfareActivityForm> {

    private static final Set<String> SORTABLE = Set.of("heldOn", "title", "organiser", "peopleHelped", "studentsAided", "money");

    private final WelfareActivities activities;
    private final WelfareActivityService service;
    private final ActivityPlaces places;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    WelfareActivityController(WelfareActivities activities, WelfareActivityService service, ActivityPlaces places,
            RegionDirectory regions, History history, Clock clock) {
        super("communityservice/activity-form", "communityservice.activity.saved",
                () -> WelfareActivityForm.heldOn(LocalDate.now(clock)), service::formFor, service::create, service::update);
        this.activities = activities;
        this.service = service;
        this.places = places;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) WelfareActivityKind kind, @RequestParam(required = false) String at,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "heldOn,desc") String sort, Model model) {
        int y = year != null ? year : activities.latestYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        RegionRef atTown = at == null || at.isBlank() ? null : regions.resolve(at);
        List<Long> atPlaces = new ArrayList<>();
        if (atTown != null) {
            atPlaces.add(atTown.id());
            regions.communitiesUnder(atTown).forEach(c -> atPlaces.add(c.id()));
        }
        WelfareActivitySearch search = new WelfareActivitySearch(y, area, kind, atTown, atPlaces, q);
        Page<WelfareActivity> found = activities.findAll(search.specification(), Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by("id")))));

        model.addAttribute("search", search);
        model.addAttribute("activities", found);
        model.addAttribute("placeNames", placeNames(found.getContent()));
        model.addAttribute("area", area);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("kinds", WelfareActivityKind.values());
        model.addAttribute("sort", sort);
        return "communityservice/activities";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        WelfareActivity activity = service.get(id);
        model.addAttribute("activity", activity);
        model.addAttribute("places", ActivityPlaces.of(activity.getPlaceIds(), places.byId(activity.getPlaceIds())));
        model.addAttribute("history", history.of(WelfareActivity.class, id));
        return "communityservice/activity";
    }

    @Override
    protected void formOptions(Model model) {
        model.addAttribute("kinds", WelfareActivityKind.values());
        model.addAttribute("townOptions", regions.towns());
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
    }

    /** Each activity's places, named and joined, by activity id (two lookups for the whole page). */
    private Map<Long, String> placeNames(List<WelfareActivity> page) {
        Set<Long> ids = new HashSet<>();
        page.forEach(a -> ids.addAll(a.getPlaceIds()));
        Map<Long, ActivityPlaces.Place> known = places.byId(ids);
        Map<Long, String> names = new LinkedHashMap<>();
        for (WelfareActivity activity : page) {
            names.put(activity.getId(), String.join("、",
                    ActivityPlaces.of(activity.getPlaceIds(), known).stream().map(ActivityPlaces.Place::fullName).toList()));
        }
        return names;
    }
}
