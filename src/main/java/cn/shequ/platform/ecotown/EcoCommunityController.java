package cn.shequ.platform.ecotown;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/**
 * The standards check ({@code /eco-towns/compliance}), a community's eco-town records
 * ({@code /eco-towns/communities/{id}}) and its infrastructure checklist form.
 */
@Controller
@RequestMapping("/eco-towns")
class EcoCommunityController {

    private final EcoCompliance compliance;
    private final EcoRecordService service;
    private final Placements places;
    private final EcoLists lists;
    private final EcoInfrastructureItems items;
    private final EcoProjects projects;
    private final EcoPlans plans;
    private final EcoDesignations designations;
    private final EcoRiversides riversides;
    private final EcoStaffCounts staff;
    private final EcoCooperatives cooperatives;
    private final EcoParks parks;

    EcoCommunityController(EcoCompliance compliance, EcoRecordService service, Placements places, EcoLists lists,
            EcoInfrastructureItems items, EcoProjects projects, EcoPlans plans, EcoDesignations designations,
            EcoRiversides riversides, EcoStaffCounts staff, EcoCooperatives cooperatives, EcoParks parks) {
        this.compliance = compliance;
        this.service = service;
        this.places = places;
        this.lists = lists;
        this.items = items;
        this.projects = projects;
        this.plans = plans;
        this.designations = designations;
        this.riversides = riversides;
        this.staff = staff;
        this.cooperatives = cooperatives;
        this.parks = parks;
    }

    /**
     * The communities checked for a year under a region that fall short, with the reasons (all the
     * checked communities with {@code all=true}); {@code reason} keeps those falling short for it.
     */
    @GetMapping("/compliance")
    String compliance(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) CommunityStandards.EcoShortfall reason,
            @RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int y = lists.year(year);
        RegionRef area = lists.area(region);
        List<CommunityStandards.Result> checked = compliance.results(y, area);
        List<CommunityStandards.Result> shown = checked.stream()
                .filter(r -> all || !r.meets())
                .filter(r -> reason == null || r.shortfalls().stream().anyMatch(s -> s.kind() == reason))
                .filter(r -> q == null || q.isBlank() || r.community().fullName().contains(q.trim()))
                .toList();
        PageRequest request = Paging.of(page, EcoLists.PAGE_SIZE);
        int from = (int) Math.min(request.getOffset(), shown.size());
        Page<CommunityStandards.Result> results = new PageImpl<>(
                shown.subList(from, Math.min(from + request.getPageSize(), shown.size())), request, shown.size());
        lists.filters(model, y, area, null);
        model.addAttribute("results", results);
        model.addAttribute("checked", checked.size());
        model.addAttribute("fallingShort", checked.stream().filter(r -> !r.meets()).count());
        model.addAttribute("all", all);
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", CommunityStandards.EcoShortfall.values());
        model.addAttribute("q", q);
        model.addAttribute("perWorker", CommunityStandards.HOUSEHOLDS_PER_WORKER);
        model.addAttribute("minWorkers", CommunityStandards.MIN_WORKERS);
        return "ecotown/compliance";
    }

    /** Everything this module records of one community, and its standards check for the year. */
    @GetMapping("/communities/{communityId}")
    String community(@PathVariable long communityId, @RequestParam(required = false) Integer year, Model model) {
        CommunityRef community = places.visible(communityId);
        int y = lists.year(year);
        Map<Long, EcoInfrastructure> achieved = service.achievements(communityId);
        model.addAttribute("community", community);
        model.addAttribute("y", y);
        model.addAttribute("result", compliance.resultFor(y, community));
        model.addAttribute("checkedThisYear", compliance.isChecked(y, community));
        model.addAttribute("projects", projects.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "year")));
        model.addAttribute("plans", plans.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "year")));
        model.addAttribute("designations", designations.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "year")));
        model.addAttribute("riverside", riversides.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "year")));
        model.addAttribute("staff", staff.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "asOf")));
        model.addAttribute("cooperatives", cooperatives.findByCommunityId(communityId, Sort.by("foundedOn", "id")));
        model.addAttribute("parks", parks.findByCommunityId(communityId, Sort.by("establishedOn", "id")));
        model.addAttribute("items", items.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(item -> item.isActive() || achieved.containsKey(item.getId())).toList());
        model.addAttribute("achieved", achieved);
        model.addAttribute("requiredWorkers", CommunityStandards.requiredWorkers(community.households()));
        return "ecotown/community";
    }

    @GetMapping("/communities/{communityId}/infrastructure/edit")
    String infrastructureForm(@PathVariable long communityId, Model model) {
        model.addAttribute("form", service.checklist(communityId));
        return infrastructureView(model, communityId);
    }

    @PostMapping("/communities/{communityId}/infrastructure/edit")
    String saveInfrastructure(@PathVariable long communityId, @ModelAttribute("form") EcoInfrastructureForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        infrastructureView(model, communityId);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> service.checklist(communityId))
                .save(() -> {
                    service.saveChecklist(communityId, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/communities/" + communityId;
                }, "ecotown/infrastructure-form");
    }

    private String infrastructureView(Model model, long communityId) {
        model.addAttribute("community", places.visible(communityId));
        model.addAttribute("itemsById", items.findAll().stream()
                .collect(Collectors.toMap(EcoInfrastructureItem::getId, Function.identity())));
        return "ecotown/infrastructure-form";
    }
}
