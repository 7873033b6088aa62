package cn.shequ.platform.ecotown;

import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.History;
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

/** The featured industrial parks (特色产业园区) of {@code /eco-towns/parks}. */
@Controller
@RequestMapping("/eco-towns/parks")
class EcoParkController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "kind", "area", "establishedOn");

    private final EcoParks parks;
    private final EcoRecordService service;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final History history;

    EcoParkController(EcoParks parks, EcoRecordService service, EcoLists lists,
            RegionDirectory regions, History history) {
        this.parks = parks;
        this.service = service;
        this.lists = lists;
        this.regions = regions;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) EcoParkKind kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = lists.area(region);
        List<CommunityRef> communities = lists.communitiesUnder(area);
        Specification<EcoPark> spec = EcoSearch.<EcoPark>inRegion(area)
                .and(EcoSearch.dated("establishedOn", year)).and(EcoSearch.equal("kind", kind))
                .and(EcoSearch.matching(q, communities, "name"));
        lists.filters(model, year, area, sort);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", EcoParkKind.values());
        model.addAttribute("q", q);
        model.addAttribute("parks", parks.findAll(spec,
                EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "id"))));
        model.addAttribute("communities", EcoLists.byId(communities));
        return "ecotown/parks";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoPark park = service.park(id);
        CommunityRef community = regions.community(park.getCommunityId()).orElse(null);
        model.addAttribute("record", EcoRecordView.of("parks", park.getName(), "ecotown.park.field")
                .list("/eco-towns/parks", "ecotown.parks.title")
                .edit("/eco-towns/parks/" + id + "/edit")
                .delete("/eco-towns/parks/" + id + "/delete")
                .community(community)
                .text("name", park.getName())
                .enumLabel("kind", park.getKind())
                .text("area", park.getArea())
                .text("establishedOn", park.getEstablishedOn())
                .text("notes", park.getNotes())
                .build());
        model.addAttribute("history", history.of(EcoPark.class, id));
        return "ecotown/record";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long community, Model model) {
        EcoParkForm form = new EcoParkForm();
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoParkForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/parks/" + id;
        }, "ecotown/park-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoParkForm.of(service.park(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoParkForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.park(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoParkForm.of(service.park(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/parks/" + id;
                }, "ecotown/park-form");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        EcoPark park = service.park(id);
        try {
            service.deletePark(id);
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("problem", lists.text(ex));
            return "redirect:/eco-towns/parks/" + id;
        }
        redirect.addFlashAttribute("message", "ecotown.deleted");
        return "redirect:/eco-towns/communities/" + park.getCommunityId();
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", lists.communityOptions());
        model.addAttribute("kinds", EcoParkKind.values());
        return "ecotown/park-form";
    }
}
