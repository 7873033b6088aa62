package cn.shequ.platform.region;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.TextSearch;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the region registry: the tree, the community list, a region's page and its forms. */
@Controller
@RequestMapping("/regions")
class RegionController {

    static final int PAGE_SIZE = 20;
    private static final Set<String> SORTABLE = Set.of("code", "name", "households", "population");

    private final Regions regions;
    private final RegionService service;
    private final RegionDirectory directory;
    private final History history;
    private final List<CommunityPanel> panels;

    RegionController(Regions regions, RegionService service, RegionDirectory directory, History history,
            List<CommunityPanel> panels) {
        this.regions = regions;
        this.service = service;
        this.directory = directory;
        this.history = history;
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(CommunityPanel::order)).toList();
    }

    @GetMapping
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) Long town,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "code,asc") String sort,
            Model model) {
        List<Region> tree = regions.findByLevelInOrderByPath(
                List.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWN));
        Map<Long, Long> communityCounts = regions.countCommunitiesByTown().stream()
                .collect(Collectors.toMap(Regions.ChildCount::getParentId, Regions.ChildCount::getChildren));
        Region townRegion = town == null ? null : regions.findById(town).orElse(null);

        Specification<Region> spec = (root, query, cb) -> cb.equal(root.get("level"), RegionLevel.COMMUNITY);
        spec = spec.and(TextSearch.containing(q, "name"));
        if (townRegion != null) {
            String prefix = townRegion.getPath();
            spec = spec.and((root, query, cb) -> cb.like(root.get("path"), prefix + "%"));
        }
        Sort order = Sorting.parse(sort, SORTABLE, Sort.by("code"));
        Page<Region> communities = regions.findAll(spec, Paging.of(page, PAGE_SIZE, order));

        model.addAttribute("tree", tree);
        model.addAttribute("communityCounts", communityCounts);
        model.addAttribute("towns", tree.stream().filter(r -> r.getLevel() == RegionLevel.TOWN).toList());
        model.addAttribute("communities", communities);
        model.addAttribute("q", q);
        model.addAttribute("town", town);
        model.addAttribute("sort", sort);
        return "region/index";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Region region = service.get(id);
        model.addAttribute("region", region);
        model.addAttribute("ancestors", directory.ancestorsOf(region.getPath()));
        model.addAttribute("children", regions.findByParentIdOrderByCode(id));
        model.addAttribute("history", history.of(Region.class, id));
        model.addAttribute("panels", region.isCommunity() ? panels.stream()
                .map(panel -> new CommunityPanel.Shown(panel.template(), panel.data(id)))
                .filter(shown -> shown.data() != null)
                .toList() : List.of());
        return "region/show";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parent, Model model) {
        RegionForm form = new RegionForm();
        if (parent != null) {
            Region parentRegion = service.get(parent);
            form.setParentId(parentRegion.getId());
            form.setLevel(parentRegion.getLevel().childLevel());
            form.setCode(parentRegion.getCode().substring(0, form.getLevel() == null ? 0
                    : form.getLevel().parentPrefixLength()));
        }
        else {
            form.setLevel(RegionLevel.PROVINCE);
        }
        model.addAttribute("form", form);
        return formView(model, form, null);
    }

    @PostMapping("/new")
    String create(@Validated({Default.class, RegionForm.Create.class}) @ModelAttribute("form") RegionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, form, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "region.saved");
            return "redirect:/regions/" + id;
        }, "region/form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        RegionForm form = service.formFor(id);
        model.addAttribute("form", form);
        return formView(model, form, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RegionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Region region = service.get(id);
        form.setLevel(region.getLevel());
        form.setCode(region.getCode());
        formView(model, form, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> service.formFor(id))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "region.saved");
                    return "redirect:/regions/" + id;
                }, "region/form");
    }

    private String formView(Model model, RegionForm form, Long id) {
        model.addAttribute("regionId", id);
        model.addAttribute("levels", RegionLevel.values());
        model.addAttribute("kinds", CommunityKind.values());
        model.addAttribute("parent", form.getParentId() == null ? null
                : regions.findById(form.getParentId()).orElse(null));
        return "region/form";
    }
}
