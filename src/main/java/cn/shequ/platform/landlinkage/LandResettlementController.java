package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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

/** LandResettlements, {@code /land-linkage/resettlements}. */
@Controller
@RequestMapping("/land-linkage/resettlements")
class LandResettlementController {

    private static final Set<String> SORTABLE = Set.of("resettledOn", "mode", "households", "regionPath");

    private final LandResettlements resettlements;
    private final LandZones zones;
    private final LandLinkageService service;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    LandResettlementController(LandResettlements resettlements, LandZones zones, LandLinkageService service,
            RegionDirectory regions, History history, Clock clock) {
        this.resettlements = resettlements;
        this.zones = zones;
        this.service = service;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) ResettlementMode mode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "resettledOn,desc") String sort, Model model) {
        RegionRef area = regions.resolve(region);
        Specification<LandResettlement> spec = (root, query, cb) -> cb.like(root.get("regionPath"), area.path() + "%");
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("resettledOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        if (mode != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("mode"), mode));
        }
        Page<LandResettlement> found = resettlements.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "resettledOn", "id"))));
        model.addAttribute("resettlements", found);
        model.addAttribute("households", resettlements.findAll(spec).stream().mapToLong(LandResettlement::getHouseholds).sum());
        Map<Long, String> names = villageNames(found.getContent().stream()
                .flatMap(r -> r.getVillageIds().stream()).collect(Collectors.toSet()));
        model.addAttribute("villages", found.getContent().stream()
                .collect(Collectors.toMap(LandResettlement::getId, r -> joined(r.getVillageIds(), names))));
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("mode", mode);
        model.addAttribute("sort", sort);
        model.addAttribute("modes", ResettlementMode.values());
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        return "landlinkage/resettlements";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LandResettlement resettlement = service.resettlement(id);
        model.addAttribute("resettlement", resettlement);
        model.addAttribute("zone", resettlement.getZone());
        model.addAttribute("villages", joined(resettlement.getVillageIds(), villageNames(resettlement.getVillageIds())));
        model.addAttribute("history", history.of(LandResettlement.class, id));
        return "landlinkage/resettlement";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        ResettlementForm form = new ResettlementForm();
        form.setResettledOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ResettlementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createResettlement(form);
            redirect.addFlashAttribute("message", "landlinkage.resettlement.saved");
            return "redirect:/land-linkage/resettlements/" + id;
        }, "landlinkage/resettlement-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", ResettlementForm.of(service.resettlement(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ResettlementForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.resettlement(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> ResettlementForm.of(service.resettlement(id)))
                .save(() -> {
                    service.updateResettlement(id, form);
                    redirect.addFlashAttribute("message", "landlinkage.resettlement.saved");
                    return "redirect:/land-linkage/resettlements/" + id;
                }, "landlinkage/resettlement-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("resettlementId", id);
        model.addAttribute("modes", ResettlementMode.values());
        model.addAttribute("zoneOptions", zones.findAllByOrderByRegionPathAscNameAsc().stream()
                .map(z -> new LandPlotController.Option(z.getId(), z.getName())).toList());
        model.addAttribute("villageOptions", VillageOptions.of(regions));
        return "landlinkage/resettlement-form";
    }

    /** Village names by id ("、"-joined per record in the templates). */
    private Map<Long, String> villageNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ids.stream().map(regions::find).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(RegionRef::id, RegionRef::name));
    }

    static String joined(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("、"));
    }
}
