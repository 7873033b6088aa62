package cn.shequ.platform.ecotown;

import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.record.RecordView;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.RuleViolationException;
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

/** The staff counts (社区工作人员) of {@code /eco-towns/staff}. */
@Controller
@RequestMapping("/eco-towns/staff")
class EcoStaffController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "asOf", "workers");

    private final EcoStaffCounts staff;
    private final EcoRecordService service;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final History history;

    EcoStaffController(EcoStaffCounts staff, EcoRecordService service, EcoLists lists,
            RegionDirectory regions, History history) {
        this.staff = staff;
        this.service = service;
        this.lists = lists;
        this.regions = regions;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = lists.area(region);
        List<CommunityRef> communities = lists.communitiesUnder(area);
        Specification<EcoStaffCount> spec = EcoSearch.<EcoStaffCount>inRegion(area)
                .and(EcoSearch.dated("asOf", year)).and(EcoSearch.matching(q, communities, null));
        lists.filters(model, year, area, sort);
        model.addAttribute("q", q);
        model.addAttribute("counts", staff.findAll(spec,
                EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "asOf", "id"))));
        model.addAttribute("communities", EcoLists.byId(communities));
        model.addAttribute("required", communities.stream().collect(java.util.stream.Collectors.toMap(CommunityRef::id,
                c -> CommunityStandards.requiredWorkers(c.households()))));
        return "ecotown/staff";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoStaffCount count = service.staffCount(id);
        CommunityRef community = regions.community(count.getCommunityId()).orElse(null);
        model.addAttribute("record", RecordView.of("staff",
                        (community == null ? String.valueOf(count.getCommunityId()) : community.fullName()) + " " + count.getAsOf(),
                        "ecotown.staff.field")
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
                .list("/eco-towns/staff", "ecotown.staff.title")
                .edit("/eco-towns/staff/" + id + "/edit")
                .delete("/eco-towns/staff/" + id + "/delete")
                .community(community)
                .text("asOf", count.getAsOf())
                .text("workers", count.getWorkers())
                .text("required", community == null ? null : CommunityStandards.requiredWorkers(community.households()))
                .text("notes", count.getNotes())
                .build());
        model.addAttribute("history", history.of(EcoStaffCount.class, id));
        return "record/record";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long community, Model model) {
        EcoStaffForm form = new EcoStaffForm();
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoStaffForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/staff/" + id;
        }, "ecotown/staff-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoStaffForm.of(service.staffCount(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoStaffForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.staffCount(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoStaffForm.of(service.staffCount(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/staff/" + id;
                }, "ecotown/staff-form");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        EcoStaffCount count = service.staffCount(id);
        try {
            service.deleteStaffCount(id);
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("problem", lists.text(ex));
            return "redirect:/eco-towns/staff/" + id;
        }
        redirect.addFlashAttribute("message", "ecotown.deleted");
        return "redirect:/eco-towns/communities/" + count.getCommunityId();
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", lists.communityOptions());
        return "ecotown/staff-form";
    }
}
