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

/** Riverside development (沿潍河开发): the key communities of {@code /eco-towns/riverside}. */
@Controller
@RequestMapping("/eco-towns/riverside")
class EcoRiversideController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "year", "landQuota", "featured");

    private final EcoRiversides riversides;
    private final EcoRecordService service;
    private final EcoLists lists;
    private final RegionDirectory regions;
    private final History history;

    EcoRiversideController(EcoRiversides riversides, EcoRecordService service, EcoLists lists, RegionDirectory regions,
            History history) {
        this.riversides = riversides;
        this.service = service;
        this.lists = lists;
        this.regions = regions;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) Boolean featured, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "regionPath,asc") String sort,
            Model model) {
        RegionRef area = lists.area(region);
        List<CommunityRef> communities = lists.communitiesUnder(area);
        Specification<EcoRiverside> spec = EcoSearch.<EcoRiverside>inRegion(area).and(EcoSearch.ofYear(year))
                .and(EcoSearch.equal("featured", featured)).and(EcoSearch.matching(q, communities, null));
        lists.filters(model, year, area, sort);
        model.addAttribute("featured", featured);
        model.addAttribute("q", q);
        model.addAttribute("riverside", riversides.findAll(spec,
                EcoLists.page(page, sort, SORTABLE, Sort.by("regionPath", "year", "id"))));
        model.addAttribute("communities", EcoLists.byId(communities));
        return "ecotown/riverside";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoRiverside riverside = service.riverside(id);
        CommunityRef community = regions.community(riverside.getCommunityId()).orElse(null);
        model.addAttribute("record", RecordView.of("riverside",
                        community == null ? String.valueOf(riverside.getCommunityId()) : community.fullName(),
                        "ecotown.riverside.field")
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
                .list("/eco-towns/riverside?year=" + riverside.getYear(), "ecotown.riverside.title")
                .edit("/eco-towns/riverside/" + id + "/edit")
                .community(community)
                .text("year", riverside.getYear())
                .yesNo("featured", riverside.isFeatured())
                .text("landQuota", riverside.getLandQuota())
                .text("notes", riverside.getNotes())
                .build());
        model.addAttribute("history", history.of(EcoRiverside.class, id));
        return "record/record";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long community,
            Model model) {
        EcoRiversideForm form = new EcoRiversideForm();
        form.setYear(year != null ? year : lists.thisYear());
        form.setCommunityId(community);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoRiversideForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/riverside/" + id;
        }, "ecotown/riverside-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoRiversideForm.of(service.riverside(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoRiversideForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.riverside(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoRiversideForm.of(service.riverside(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/riverside/" + id;
                }, "ecotown/riverside-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("communityOptions", lists.communityOptions().stream().filter(CommunityRef::alongRiver).toList());
        return "ecotown/riverside-form";
    }
}
