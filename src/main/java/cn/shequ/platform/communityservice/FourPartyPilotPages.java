package cn.shequ.platform.communityservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.shequ.platform.record.RecordKind;
import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The “四社联动” pilots' pages, {@code /community-services/four-party}: one pilot per community and year;
 * the list shows a year (the latest with pilots when none is asked for).
 */
@Controller
@RequestMapping("/community-services/four-party")
class FourPartyPilotPages extends RecordPages<FourPartyPilot, FourPartyPilotForm> {

    private final FourPartyPilots pilots;
    private final Clock clock;

    FourPartyPilotPages(RecordPages.Support support, FourPartyPilots pilots, ServiceDocument.Documents documents,
            RegionDirectory regions, MessageSource messages, Clock clock) {
        super(support, RecordKind.of(FourPartyPilot.class, FourPartyPilotForm::new, FourPartyPilotForm::of,
                        FourPartyPilot::getYear)
                .module("/community-services", "communityservice.title", "/regions/")
                .pages("pilots", "communityservice/four-party", "communityservice/four-party-form",
                        "communityservice.pilot.title", "communityservice.field")
                .yearIn("year").listsYear().newInYear(FourPartyPilotForm::setPilotYear).searchCommunities()
                .sortable("regionPath,asc", "regionPath", "socialOrganisations", "socialWorkers", "volunteers")
                .unique("communityId", "communityservice.error.pilot.duplicate", form -> Map.of("year", form.getPilotYear()),
                        form -> new Object[] {regions.community(form.getCommunityId()).map(CommunityRef::fullName).orElse(""),
                                form.getPilotYear()})
                .shows((pilot, community) -> messages.getMessage("communityservice.pilot.name",
                                new Object[] {community != null ? community.fullName() : pilot.getCommunityId(), pilot.getYear()},
                                LocaleContextHolder.getLocale()),
                        (pilot, community, view) -> view
                                .text("pilotYear", pilot.getYear())
                                .text("socialOrganisations", pilot.getSocialOrganisations())
                                .text("socialWorkers", pilot.getSocialWorkers())
                                .text("volunteers", pilot.getVolunteers())
                                .text("documentId", documents.citation(pilot.getDocumentId()))
                                .text("notes", pilot.getNotes())));
        this.pilots = pilots;
        this.clock = clock;
    }

    /** The list asked for without a year: the latest year with pilots (this year when there are none). */
    @GetMapping(params = "!year")
    String latest(@RequestParam MultiValueMap<String, String> params) {
        return "redirect:" + UriComponentsBuilder.fromPath("/community-services/four-party").queryParams(params)
                .queryParam("year", pilots.latestYear().orElse(LocalDate.now(clock).getYear())).build().encode().toUriString();
    }
}
