package cn.shequ.platform.ecotown;

import java.util.Map;

import cn.shequ.platform.record.RecordKind;
import cn.shequ.platform.record.RecordPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The featured industrial parks (特色产业园区) of {@code /eco-towns/parks}: unique by name in a community. */
@Controller
@RequestMapping("/eco-towns/parks")
class EcoParkPages extends RecordPages<EcoPark, EcoParkForm> {

    EcoParkPages(RecordPages.Support support) {
        super(support, EcoTownConfig.kind(EcoPark.class, EcoParkForm::new, EcoParkForm::of,
                        park -> park.getEstablishedOn().getYear())
                .pages("parks", "ecotown.parks.title", "ecotown.park").tabs("ecotown/tabs")
                .datedBy("establishedOn").search("name").filter("kind", EcoParkKind.class, "kinds")
                .sortable("regionPath,asc", "regionPath", "name", "kind", "area", "establishedOn")
                .column("name", EcoPark::getName).communityColumn().column("kind", EcoPark::getKind)
                .numberColumn("area", EcoPark::getArea).column("establishedOn", EcoPark::getEstablishedOn)
                .field("communityId", "community").field("name", "text").enumField("kind", EcoParkKind.class)
                .field("area", "number").field("establishedOn", "date").field("notes", "textarea")
                .unique("name", "ecotown.error.park.duplicate", form -> Map.of("name", form.getName().trim()))
                .shows(EcoPark::getName, (park, view) -> view
                        .text("name", park.getName())
                        .enumLabel("kind", park.getKind())
                        .text("area", park.getArea())
                        .text("establishedOn", park.getEstablishedOn())
                        .text("notes", park.getNotes()))
                .deletable(park -> "/eco-towns/communities/" + park.getCommunityId()));
    }
}
