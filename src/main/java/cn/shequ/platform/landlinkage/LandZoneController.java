package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
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

/** Aggregation zones and their progress entries, {@code /land-linkage/zones}: the list as of a date, and the zone's pages. */
@Controller
@RequestMapping("/land-linkage/zones")
class LandZoneController extends LandRecordPages<LandZone, ZoneForm> {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name");

    private final LandZones zones;
    private final LandLinkageService service;
    private final LandLinkageFigures figures;

    LandZoneController(LandRecordPages.Support support, LandZones zones, LandLinkageService service,
            LandLinkageFigures figures) {
        super(support, "zone", LandZone.class, service::zone, ZoneForm::of,
                service::createZone, service::updateZone);
        this.zones = zones;
        this.service = service;
        this.figures = figures;
    }

    /** The zones under a region with their cumulative figures as of a date, and the region's total. */
    @GetMapping
    String list(@RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = support.regions.resolve(region);
        LocalDate date = asOf != null ? asOf : LocalDate.now(support.clock);
        Specification<LandZone> spec = RecordSearch.<LandZone>inRegion(area).and(RecordSearch.matching(q, List.of(), "name"));
        Page<LandZone> found = zones.findAll(spec, page(page, sort, SORTABLE, Sort.by("regionPath", "name")));
        List<Long> allIds = zones.findAll(spec).stream().map(LandZone::getId).toList();
        Map<Long, LandZone.Totals> totals = figures.zoneTotals(allIds, date);
        model.addAttribute("zones", found);
        model.addAttribute("totals", totals);
        model.addAttribute("sum", sum(totals.values()));
        model.addAttribute("names", PlaceNames.of(support.regions, found.map(LandZone::getRegionPath).toList()));
        model.addAttribute("area", area);
        model.addAttribute("asOf", date);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("towns", support.regions.towns());
        return "landlinkage/zones";
    }

    /** An entry with the zone's cumulative figures once it is counted. */
    record Running(LandZoneProgress entry, LandZone.Totals totals) {
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return newForm(new ZoneForm(), model);
    }

    /** The community is chosen when the zone is created, and fixed after. */
    @Override
    void checkNew(ZoneForm form, BindingResult result) {
        if (form.getCommunityId() == null) {
            result.rejectValue("communityId", "validation.required");
        }
    }

    /** The zone with its entries, each with the zone's cumulative figures once it is counted. */
    @Override
    void shows(LandZone zone, Model model) {
        List<Running> running = new ArrayList<>();
        BigDecimal area = BigDecimal.ZERO;
        BigDecimal land = BigDecimal.ZERO;
        long households = 0;
        for (LandZoneProgress entry : service.entriesOf(zone.getId())) {
            area = area.add(entry.getCompletedArea());
            land = land.add(entry.getLandSaved());
            households += entry.getHouseholds();
            running.add(new Running(entry, new LandZone.Totals(area, households, land)));
        }
        model.addAttribute("zone", zone);
        model.addAttribute("entries", running);
        model.addAttribute("place", PlaceNames.of(support.regions, List.of(zone.getRegionPath())).of(zone.getRegionPath()));
    }

    @Override
    void formOptions(Model model, Long id) {
        if (id != null) {
            LandZone zone = service.zone(id);
            model.addAttribute("place", PlaceNames.of(support.regions, List.of(zone.getRegionPath())).of(zone.getRegionPath()));
        }
        model.addAttribute("communityOptions", support.regions.communitiesUnder(null));
    }

    @GetMapping("/{id}/entries/new")
    String entryForm(@PathVariable long id, Model model) {
        ZoneProgressForm form = new ZoneProgressForm();
        form.setEntryDate(LocalDate.now(support.clock));
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

    private static LandZone.Totals sum(Collection<LandZone.Totals> totals) {
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
