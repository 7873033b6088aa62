package cn.shequ.platform.servicecenter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.progress.ProgressReportForm;
import cn.shequ.platform.progress.ProjectChanges;
import cn.shequ.platform.progress.ProjectPages;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
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

/** The pages of {@code /service-centers}: the list with its summary, a project, its forms. */
@Controller
@RequestMapping("/service-centers")
class ServiceCenterController extends ProjectPages<ServiceCenterProject, ServiceCenterForm, ProgressReportForm> {

    private static final Set<String> SORTABLE = Set.of("regionPath", "planYear", "kind", "progress.status",
            "progress.percentComplete", "plannedInvestment", "floorArea");

    private final ServiceCenterProjects projects;
    private final ServiceCenterService service;
    private final ServiceCenterFigures figures;
    private final RegionDirectory regions;
    private final Clock clock;

    ServiceCenterController(ServiceCenterProjects projects, ServiceCenterService service, ServiceCenterFigures figures,
            RegionDirectory regions, History history, Clock clock, ProjectChanges changes) {
        super(new Kind("/service-centers", "servicecenter", "project", "servicecenter.saved"),
                service, ProgressReportForm::new, changes, regions, history, clock);
        this.projects = projects;
        this.service = service;
        this.figures = figures;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) ServiceCenterKind kind, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) ProjectStatus reached, @RequestParam(required = false) ProjectStatus stage,
            @RequestParam(required = false) Boolean showcase,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        int planYear = year != null ? year : projects.latestPlanYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        List<CommunityRef> communities = regions.communitiesUnder(area);
        ServiceCenterSearch search = new ServiceCenterSearch(planYear, area, kind, status, reached, stage, showcase, q);
        Page<ServiceCenterProject> found = projects.findAll(search.specification(communities),
                Paging.of(page, 20, Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "id"))));

        model.addAttribute("search", search);
        model.addAttribute("summary", figures.summary(planYear, area));
        model.addAttribute("projects", found);
        model.addAttribute("communities", byId(communities));
        model.addAttribute("area", area);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("kinds", ServiceCenterKind.values());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("sort", sort);
        return "servicecenter/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        ServiceCenterForm form = new ServiceCenterForm();
        form.setPlanYear(year != null ? year : LocalDate.now(clock).getYear());
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @Override
    protected String formView(Model model, Long id) {
        model.addAttribute("projectId", id);
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
        model.addAttribute("kinds", ServiceCenterKind.values());
        model.addAttribute("buildings", ReusedBuilding.values());
        return "servicecenter/form";
    }

    private static Map<Long, CommunityRef> byId(List<CommunityRef> communities) {
        return communities.stream().collect(Collectors.toMap(CommunityRef::id, c -> c));
    }
}
