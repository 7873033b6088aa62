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

/** The designations and awards (命名/奖励) of {@code /eco-towns/designations}. */
@Controller
@RequestMapping("/eco-towns/designations")
class EcoDesignationController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "title", "level", "year", "awardAmount");

    private final EcoDesignations designations;
    private final EcoRecordService service;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final History history;

    EcoDesignationController(EcoDesignations designations, EcoRecordService service, EcoLists lists,
            RegionDirectory regions, History history) {
        this.designations = designations;
        this.service = service;
        this.lists = lists;
        this.regions = regions;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) EcoDesignationLevel level, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "regionPath,asc") String sort,
            Model model) {
        RegionRef area = lists.area(region);
        List<CommunityRef> communities = lists.communitiesUnder(area);
        Specification<EcoDesignation> spec = EcoSearch.<EcoDesignation>inRegion(area).and(EcoSearch.ofYear(year))
                .and(EcoSearch.equal("level", level)).and(EcoSearch.matching(q, communities, "title"));
        lists.filters(model, year, area, sort);
        model.addAttribute("level", level);
        model.addAttribute("q", q);
        model.addAttribute("designations", designations.findAll(spec,
                EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "year", "id"))));
        model.addAttribute("communities", EcoLists.byId(communities));
        model.addAttribute("levels", EcoDesignationLevel.values());
        return "ecotown/designations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoDesignation designation = service.designation(id);
        CommunityRef community = regions.community(designation.getCommunityId()).orElse(null);
        model.addAttribute("record", RecordView.of("designations", designation.getTitle(), "ecotown.designation.field")
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
                .list("/eco-towns/designations?year=" + designation.getYear(), "ecotown.designations.title")
                .edit("/eco-towns/designations/" + id + "/edit")
                .community(community)
                .text("year", designation.getYear())
                .text("title", designation.getTitle())
                .enumLabel("level", designation.getLevel())
                .text("awardAmount", designation.getAwardAmount())
                .text("awardPurpose", designation.getAwardPurpose())
                .text("cohortTotal", designation.getCohortTotal())
                .text("notes", designation.getNotes())
                .build());
        model.addAttribute("history", history.of(EcoDesignation.class, id));
        return "record/record";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long community,
            Model model) {
        EcoDesignationForm form = new EcoDesignationForm();
        form.setYear(year != null ? year : lists.thisYear());
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoDesignationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/designations/" + id;
        }, "ecotown/designation-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoDesignationForm.of(service.designation(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoDesignationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.designation(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoDesignationForm.of(service.designation(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/designations/" + id;
                }, "ecotown/designation-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", lists.communityOptions());
        model.addAttribute("levels", EcoDesignationLevel.values());
        return "ecotown/designation-form";
    }
}
