package cn.shequ.platform.smartcommunity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.document.DocumentFigures;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.progress.ProgressReportForm;
import cn.shequ.platform.progress.ProjectChanges;
import cn.shequ.platform.progress.ProjectPages;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of {@code /smart-communities}: the list with its summary, a record, its forms. */
@Controller
@RequestMapping("/smart-communities")
class SmartCommunityController extends ProjectPages<SmartCommunity, SmartCommunityForm, ProgressReportForm> {

    private static final Set<String> SORTABLE = Set.of("regionPath", "batch", "partner", "setTopBoxes",
            "householdsConnected", "platformCompletedOn", "progress.status", "progress.percentComplete");

    private final SmartCommunities records;
    private final SmartApplicationSystems systems;
    private final SmartCommunityService service;
    private final SmartCommunityFigures figures;
    private final DocumentFigures documentFigures;
    private final RegionDirectory regions;
    private final Clock clock;

    SmartCommunityController(SmartCommunities records, SmartApplicationSystems systems, SmartCommunityService service,
            SmartCommunityFigures figures, DocumentFigures documentFigures, RegionDirectory regions, History history,
            Clock clock, ProjectChanges changes) {
        super(new Kind("/smart-communities", "smartcommunity", "record", "smartcommunity.saved"),
                service, ProgressReportForm::new, changes, regions, history, clock);
        this.records = records;
        this.systems = systems;
        this.service = service;
        this.figures = figures;
        this.documentFigures = documentFigures;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer batch, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) ProjectStatus reached, @RequestParam(required = false) Boolean platform,
            @RequestParam(required = false) Boolean connected, @RequestParam(required = false) Long system,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        int planYear = year != null ? year : records.latestPlanYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        List<CommunityRef> communities = regions.communitiesUnder(area);
        SmartCommunitySearch search = new SmartCommunitySearch(planYear, area, batch, status, reached, platform, connected,
                system, q);
        Page<SmartCommunity> found = records.findAll(search.specification(communities),
                Paging.of(page, 20, Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "id"))));

        model.addAttribute("search", search);
        model.addAttribute("summary", figures.summary(planYear, area));
        model.addAttribute("meetings", documentFigures.meetingsHeld(planYear, area, WorkStream.SMART_COMMUNITY,
                MeetingKind.PROMOTION));
        // The meetings list has no region filter: its link lists exactly what the figure counts only for a
        // county or above (the office's meetings are the city's).
        model.addAttribute("meetingsLinked", area.level().isAbove(RegionLevel.TOWN));
        model.addAttribute("records", found);
        model.addAttribute("communities", communities.stream().collect(Collectors.toMap(CommunityRef::id, c -> c)));
        model.addAttribute("area", area);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("batches", batches());
        model.addAttribute("systems", systems.findAllInOrder());
        model.addAttribute("sort", sort);
        return "smartcommunity/list";
    }

    @Override
    protected void showing(SmartCommunity record, Model model) {
        model.addAttribute("planDocument", service.planDocuments().stream()
                .filter(d -> record.getPlanDocumentId() != null && d.id() == record.getPlanDocumentId())
                .findFirst().orElse(null));
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        SmartCommunityForm form = new SmartCommunityForm();
        form.setPlanYear(year != null ? year : LocalDate.now(clock).getYear());
        form.setBatch(2);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @Override
    protected String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
        model.addAttribute("batches", batches());
        model.addAttribute("systemOptions", systemOptions(model));
        model.addAttribute("documents", service.planDocuments());
        return "smartcommunity/form";
    }

    /** The systems a form offers: the current ones, plus retired ones the record already deployed. */
    private List<SmartApplicationSystem> systemOptions(Model model) {
        Set<Long> chosen = model.getAttribute("form") instanceof SmartCommunityForm form && form.getSystemIds() != null
                ? form.getSystemIds() : Set.of();
        return systems.findAllInOrder().stream().filter(s -> !s.isRetired() || chosen.contains(s.getId())).toList();
    }

    static List<Integer> batches() {
        return java.util.stream.IntStream.rangeClosed(SmartCommunity.PILOT_BATCH, SmartCommunity.LAST_BATCH).boxed().toList();
    }
}
