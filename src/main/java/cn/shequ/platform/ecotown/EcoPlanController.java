package cn.shequ.platform.ecotown;

import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.record.RecordView;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans (规划编制) of {@code /eco-towns/plans}. */
@Controller
@RequestMapping("/eco-towns/plans")
class EcoPlanController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "planType", "status", "approvedOn", "year");

    private final EcoPlans plans;
    private final EcoRecordService service;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final History history;

    EcoPlanController(EcoPlans plans, EcoRecordService service, EcoLists lists, RegionDirectory regions, History history) {
        this.plans = plans;
        this.service = service;
        this.lists = lists;
        this.regions = regions;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) EcoPlanType type, @RequestParam(required = false) EcoPlanStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = lists.area(region);
        List<CommunityRef> communities = lists.communitiesUnder(area);
        Specification<EcoPlan> spec = EcoSearch.<EcoPlan>inRegion(area).and(EcoSearch.ofYear(year))
                .and(EcoSearch.equal("planType", type)).and(EcoSearch.equal("status", status))
                .and(EcoSearch.matching(q, communities, "name"));
        lists.filters(model, year, area, sort);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("plans", plans.findAll(spec, EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "id"))));
        model.addAttribute("communities", EcoLists.byId(communities));
        model.addAttribute("types", EcoPlanType.values());
        model.addAttribute("statuses", EcoPlanStatus.values());
        return "ecotown/plans";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoPlan plan = service.plan(id);
        CommunityRef community = regions.community(plan.getCommunityId()).orElse(null);
        model.addAttribute("record", RecordView.of("plans", plan.getName(), "ecotown.plan.field")
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
                .list("/eco-towns/plans?year=" + plan.getYear(), "ecotown.plans.title")
                .edit("/eco-towns/plans/" + id + "/edit")
                .community(community)
                .text("year", plan.getYear())
                .text("name", plan.getName())
                .enumLabel("planType", plan.getPlanType())
                .enumLabel("status", plan.getStatus())
                .text("approvedOn", plan.getApprovedOn())
                .text("industryArea", plan.getIndustryArea())
                .text("residentialArea", plan.getResidentialArea())
                .text("serviceArea", plan.getServiceArea())
                .text("ecologyArea", plan.getEcologyArea())
                .text("totalArea", plan.getTotalArea())
                .text("notes", plan.getNotes())
                .build());
        model.addAttribute("history", history.of(EcoPlan.class, id));
        return "record/record";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long community,
            Model model) {
        EcoPlanForm form = new EcoPlanForm();
        form.setYear(year != null ? year : lists.thisYear());
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoPlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/plans/" + id;
        }, "ecotown/plan-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoPlanForm.of(service.plan(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoPlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.plan(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoPlanForm.of(service.plan(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/plans/" + id;
                }, "ecotown/plan-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", lists.communityOptions());
        model.addAttribute("types", EcoPlanType.values());
        model.addAttribute("statuses", EcoPlanStatus.values());
        return "ecotown/plan-form";
    }
}
