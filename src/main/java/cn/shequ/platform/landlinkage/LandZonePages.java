package cn.shequ.platform.landlinkage;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The aggregation zones (社区聚合区) of {@code /land-linkage/zones} and their progress entries: the list
 * shows each zone's cumulative figures as of a date ({@code ?asOf=}, by default today) and the region's
 * total; the zone's page its entries, each with the figures once it is counted. A zone's community is
 * chosen when it is created, and fixed after.
 */
@Controller
@RequestMapping("/land-linkage/zones")
class LandZonePages extends RecordPages<LandZone, ZoneForm> {

    /** The list's figures: the date they are counted to, each zone's and their sum. */
    record Figures(LocalDate asOf, Map<Long, LandZone.Totals> totals, LandZone.Totals sum) {
    }

    /** An entry with the zone's cumulative figures once it is counted. */
    record Running(LandZoneProgress entry, LandZone.Totals totals) {
    }

    private final LandLinkageService service;
    private final Clock clock;

    LandZonePages(RecordPages.Support support, LandZones zones, LandLinkageService service, LandLinkageFigures figures,
            LandChoices choices, Clock clock) {
        super(support, LandLinkageConfig.kind("zone", "zones", LandZone.class, ZoneForm::new, ZoneForm::of, null)
                .savedBy(zones, service::zone, service::createZone, service::updateZone)
                .search("name", "landlinkage.field.name").sortable("regionPath,asc", "regionPath", "name")
                .tieBreak("regionPath", "name")
                .summary("figures", (found, request) -> {
                    LocalDate asOf = asOf(request, clock);
                    Map<Long, LandZone.Totals> totals = figures.zoneTotals(found.stream().map(LandZone::getId).toList(), asOf);
                    return new Figures(asOf, totals,
                            totals.values().stream().reduce(LandZone.Totals.NONE, LandZone.Totals::plus));
                })
                .communityOnNew("communityId")
                .fixedOnEdit("communityId", "communityId", zone -> choices.place(zone.getRegionPath()))
                .field("name", "text").field("notes", "textarea")
                .views("landlinkage/zones", null, "landlinkage/zone")
                .showModel("zoneId", LandZone::getId)
                .showModel("entries", zone -> running(service.entriesOf(zone.getId())))
                .shows(LandZone::getName, (zone, view) -> view
                        .link("communityId", choices.place(zone.getRegionPath()), "/regions/" + zone.getCommunityId(), null)
                        .text("notes", zone.getNotes())));
        this.service = service;
        this.clock = clock;
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

    /** The date the list counts to: the one asked, else today; 404 for what is not a date. */
    private static LocalDate asOf(WebRequest request, Clock clock) {
        String asOf = request.getParameter("asOf");
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.trim());
        }
        catch (DateTimeParseException ex) {
            throw new NotFoundException("asOf", asOf);
        }
    }

    private static List<Running> running(List<LandZoneProgress> entries) {
        List<Running> running = new ArrayList<>();
        LandZone.Totals totals = LandZone.Totals.NONE;
        for (LandZoneProgress entry : entries) {
            totals = totals.plus(entry.totals());
            running.add(new Running(entry, totals));
        }
        return running;
    }
}
