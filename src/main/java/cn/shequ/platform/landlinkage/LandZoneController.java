package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Aggregation zones and their progress entries, {@code /land-linkage/zones}. */
@Controller
@RequestMapping("/land-linkage/zones")
class LandZoneController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name");

    private final LandZones zones;
    private final LandLinkageService service;
    private final LandLinkageFigures figures;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    LandZoneController(LandZones zones, LandLinkageService service, LandLinkageFigures figures,
            RegionDirectory regions, History history, Clock clock) {
        this.zones = zones;
        this.service = service;
        this.figures = figures;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    /** The zones under a region with their cumulative figures as of a date, and the region's total. */
    @GetMapping
    String list(@RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = regions.resolve(region);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        Specification<LandZone> spec = (root, query, cb) -> cb.like(root.get("regionPath"), area.path() + "%");
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), like, '\\'));
        }
        Page<LandZone> found = zones.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "name"))));
        List<Long> allIds = zones.findAll(spec).stream().map(LandZone::getId).toList();
        Map<Long, LandZone.Totals> totals = figures.zoneTotals(allIds, date);
        model.addAttribute("zones", found);
        model.addAttribute("totals", totals);
        model.addAttribute("sum", sum(totals.values()));
        model.addAttribute("names", PlaceNames.of(regions, found.map(LandZone::getRegionPath).toList()));
        model.addAttribute("area", area);
        model.addAttribute("asOf", date);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("towns", regions.towns());
        return "landlinkage/zones";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LandZone zone = service.zone(id);
        List<LandZoneProgress> entries = service.entriesOf(id);
        List<Running> running = new ArrayList<>();
        BigDecimal area = BigDecimal.ZERO;
        BigDecimal land = BigDecimal.ZERO;
        long households = 0;
        for (LandZoneProgress entry : entries) {
            area = area.add(entry.getCompletedArea());
            land = land.add(entry.getLandSaved());
            households += entry.getHouseholds();
            running.add(new Running(entry, new LandZone.Totals(area, households, land)));
        }
        model.addAttribute("zone", zone);
        model.addAttribute("entries", running);
        model.addAttribute("place", PlaceNames.of(regions, List.of(zone.getRegionPath())).of(zone.getRegionPath()));
        model.addAttribute("history", history.of(LandZone.class, id));
        return "landlinkage/zone";
    }

    /** An entry with the zone's cumulative figures once it is counted. */
    record Running(LandZoneProgress entry, LandZone.Totals totals) {
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new ZoneForm());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ZoneForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getCommunityId() == null) {
            result.rejectValue("communityId", "validation.required");
        }
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createZone(form);
            redirect.addFlashAttribute("message", "landlinkage.zone.saved");
            return "redirect:/land-linkage/zones/" + id;
        }, "landlinkage/zone-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", ZoneForm.of(service.zone(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ZoneForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.zone(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> ZoneForm.of(service.zone(id)))
                .save(() -> {
                    service.updateZone(id, form);
                    redirect.addFlashAttribute("message", "landlinkage.zone.saved");
                    return "redirect:/land-linkage/zones/" + id;
                }, "landlinkage/zone-form");
    }

    @GetMapping("/{id}/entries/new")
    String entryForm(@PathVariable long id, Model model) {
        ZoneProgressForm form = new ZoneProgressForm();
        form.setEntryDate(LocalDate.now(clock));
        model.addAttribute("entryForm", form);
        model.addAttribute("zone", service.zone(id));
        return "landlinkage/zone-entry-form";
    }

    @PostMapping("/{id}/entries/new")
    String recordEntry(@PathVariable long id, @Valid @ModelAttribute("entryForm") ZoneProgressForm form,
            BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
        model.addAttribute("zone", service.zone(id));
        return FormSubmission.of(form, result, model).save(() -> {
            service.recordProgress(id, form, principal.getName());
            redirect.addFlashAttribute("message", "landlinkage.zone.entrySaved");
            return "redirect:/land-linkage/zones/" + id;
        }, "landlinkage/zone-entry-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("zoneId", id);
        if (id != null) {
            LandZone zone = service.zone(id);
            model.addAttribute("place", PlaceNames.of(regions, List.of(zone.getRegionPath())).of(zone.getRegionPath()));
        }
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
        return "landlinkage/zone-form";
    }

    private static LandZone.Totals sum(java.util.Collection<LandZone.Totals> totals) {
        BigDecimal area = BigDecimal.ZERO;
        BigDecimal land = BigDecimal.ZERO;
        long households = 0;
        for (LandZone.Totals t : totals) {
            area = area.add(t.completedArea());
            land = land.add(t.landSaved());
            households += t.households();
        }
        return new LandZone.Totals(area, households, land);
    }
}
