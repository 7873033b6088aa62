package cn.shequ.platform.landlinkage;

import cn.shequ.platform.record.RecordPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The resettlements (搬迁安置) of {@code /land-linkage/resettlements}, with the households the list finds. */
@Controller
@RequestMapping("/land-linkage/resettlements")
class LandResettlementPages extends RecordPages<LandResettlement, ResettlementForm> {

    LandResettlementPages(RecordPages.Support support, LandResettlements resettlements, LandLinkageService service,
            LandChoices choices) {
        super(support, LandLinkageConfig.kind("resettlement", "resettlements", LandResettlement.class,
                        ResettlementForm::new, ResettlementForm::of, resettlement -> resettlement.getResettledOn().getYear())
                .savedBy(resettlements, service::resettlement, service::createResettlement, service::updateResettlement)
                .datedBy("resettledOn").filter("mode", ResettlementMode.class, "modes")
                .sortable("resettledOn,desc", "resettledOn", "mode", "households", "regionPath")
                .total("landlinkage.resettlements.total", found -> found.stream()
                        .mapToLong(LandResettlement::getHouseholds).sum())
                .column("resettledOn", LandResettlement::getResettledOn)
                .column("villageIds", resettlement -> choices.villageNames(resettlement.getVillageIds()))
                .placeColumn("zoneId", (resettlement, place) -> resettlement.getZone().getName())
                .column("mode", LandResettlement::getMode).numberColumn("households", LandResettlement::getHouseholds)
                .newOn(ResettlementForm::setResettledOn)
                .choiceField("villageIds", "grouped-refs", choices::villages).choiceField("zoneId", "ref", choices::zones)
                .enumField("mode", ResettlementMode.class).field("households", "number").field("resettledOn", "date")
                .field("notes", "textarea")
                .crumb(resettlement -> choices.villageNames(resettlement.getVillageIds()))
                .shows(resettlement -> support.message("landlinkage.resettlement.title",
                        choices.villageNames(resettlement.getVillageIds()), resettlement.getZone().getName()),
                        (resettlement, view) -> view
                        .text("resettledOn", resettlement.getResettledOn())
                        .text("villageIds", choices.villageNames(resettlement.getVillageIds()))
                        .link("zoneId", resettlement.getZone().getName(),
                                "/land-linkage/zones/" + resettlement.getZone().getId(), null)
                        .enumLabel("mode", resettlement.getMode())
                        .text("households", resettlement.getHouseholds())
                        .text("notes", resettlement.getNotes())));
    }
}
