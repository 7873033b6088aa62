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

/** The farmers' cooperatives (农民专业合作社) of {@code /eco-towns/cooperatives}. */
@Controller
@RequestMapping("/eco-towns/cooperatives")
class EcoCooperativeController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "foundedOn", "members");

    private final EcoCooperatives cooperatives;
    private final EcoRecordService service;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final History history;

    EcoCooperativeController(EcoCooperatives cooperatives, EcoRecordService service, EcoLists lists,
            RegionDirectory regions, History history) {
        this.cooperatives = cooperatives;
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
        Specification<EcoCooperative> spec = EcoSearch.<EcoCooperative>inRegion(area)
                .and(EcoSearch.dated("foundedOn", year)).and(EcoSearch.matching(q, communities, "name"));
        lists.filters(model, year, area, sort);
        model.addAttribute("q", q);
        model.addAttribute("cooperatives", cooperatives.findAll(spec,
                EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "id"))));
        model.addAttribute("communities", EcoLists.byId(communities));
        return "ecotown/cooperatives";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoCooperative cooperative = service.cooperative(id);
        CommunityRef community = regions.community(cooperative.getCommunityId()).orElse(null);
        model.addAttribute("record", RecordView.of("cooperatives", cooperative.getName(), "ecotown.cooperative.field")
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
                .list("/eco-towns/cooperatives", "ecotown.cooperatives.title")
                .edit("/eco-towns/cooperatives/" + id + "/edit")
                .delete("/eco-towns/cooperatives/" + id + "/delete")
                .community(community)
                .text("name", cooperative.getName())
                .text("foundedOn", cooperative.getFoundedOn())
                .text("members", cooperative.getMembers())
                .text("notes", cooperative.getNotes())
                .build());
        model.addAttribute("history", history.of(EcoCooperative.class, id));
        return "record/record";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long community, Model model) {
        EcoCooperativeForm form = new EcoCooperativeForm();
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoCooperativeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/cooperatives/" + id;
        }, "ecotown/cooperative-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoCooperativeForm.of(service.cooperative(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoCooperativeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.cooperative(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoCooperativeForm.of(service.cooperative(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/cooperatives/" + id;
                }, "ecotown/cooperative-form");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        EcoCooperative cooperative = service.cooperative(id);
        try {
            service.deleteCooperative(id);
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("problem", lists.text(ex));
            return "redirect:/eco-towns/cooperatives/" + id;
        }
        redirect.addFlashAttribute("message", "ecotown.deleted");
        return "redirect:/eco-towns/communities/" + cooperative.getCommunityId();
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", lists.communityOptions());
        return "ecotown/cooperative-form";
    }
}
