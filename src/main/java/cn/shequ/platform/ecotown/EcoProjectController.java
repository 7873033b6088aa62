package cn.shequ.platform.ecotown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.progress.ProjectChanges;
import cn.shequ.platform.progress.ProjectPages;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The summary and key projects of {@code /eco-towns}: the list, a project, its forms and progress reports. */
@Controller
@RequestMapping("/eco-towns")
class EcoProjectController extends ProjectPages<EcoProject, EcoProjectForm, EcoProjectReportForm> {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "kind", "plannedInvestment",
            "householdsRelocated", "progress.investmentToDate", "progress.status", "progress.percentComplete");

    private final EcoProjects projects;
    private final EcoProjectService service;
    private final EcoTownFigures figures;
    private final EcoPlans plans;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final DocumentRegister documents;
    private final Clock clock;

    EcoProjectController(EcoProjects projects, EcoProjectService service, EcoTownFigures figures, EcoPlans plans,
            EcoLists lists, RegionDirectory regions, DocumentRegister documents, History history, Clock clock,
            ProjectChanges changes) {
        super(new Kind("/eco-towns", "ecotown", "project", "ecotown.project.saved"),
                service, EcoProjectReportForm::new, changes, regions, history, clock);
        this.projects = projects;
        this.service = service;
        this.figures = figures;
        this.plans = plans;
        this.lists = lists;
        this.regions = regions;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) EcoProjectKind kind, @RequestParam(required = false) Boolean assessed,
            @RequestParam(required = false) Boolean built, @RequestParam(required = false) Boolean planned,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        int y = lists.year(year);
        RegionRef area = lists.area(region);
        List<CommunityRef> communities = lists.communitiesUnder(area);
        EcoProjectSearch search = new EcoProjectSearch(y, area, kind, assessed, built, planned, q);
        Page<EcoProject> found = projects.findAll(search.specification(communities),
                EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "kind", "id")));
        lists.filters(model, y, area, sort);
        model.addAttribute("search", search);
        model.addAttribute("summary", figures.summary(y, area));
        model.addAttribute("projects", found);
        model.addAttribute("communities", EcoLists.byId(communities));
        model.addAttribute("kinds", EcoProjectKind.values());
        return "ecotown/list";
    }

    @Override
    protected void showing(EcoProject project, Model model) {
        model.addAttribute("document", project.getPlanDocumentId() == null ? null
                : documents.find(project.getPlanDocumentId()).orElse(null));
        model.addAttribute("plans", plans.findByCommunityId(project.getCommunityId(), Sort.by("year", "id")));
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long community,
            Model model) {
        EcoProjectForm form = new EcoProjectForm();
        form.setYear(year != null ? year : lists.thisYear());
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @Override
    protected EcoProjectReportForm nextReport(EcoProject project, LocalDate date) {
        EcoProjectReportForm form = super.nextReport(project, date);
        form.setHouseholdsRelocated(project.getHouseholdsRelocated());
        return form;
    }

    @Override
    protected String formView(Model model, Long id) {
        model.addAttribute("projectId", id);
        model.addAttribute("communityOptions", lists.communityOptions());
        model.addAttribute("kinds", EcoProjectKind.values());
        model.addAttribute("results", EcoAssessmentResult.values());
        model.addAttribute("documentOptions", documents.ofStream(WorkStream.ECO_TOWN).stream()
                .map(d -> new Option(d.id(), d.number() + " " + d.title())).toList());
        return "ecotown/form";
    }

    /** A choice of a select: an id and a name (for the refField fragment). */
    record Option(long id, String name) {
    }
}
