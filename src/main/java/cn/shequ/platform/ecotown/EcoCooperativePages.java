package cn.shequ.platform.ecotown;

import java.util.Map;

import cn.shequ.platform.record.RecordPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The farmers' cooperatives (农民专业合作社) of {@code /eco-towns/cooperatives}: unique by name in a community. */
@Controller
@RequestMapping("/eco-towns/cooperatives")
class EcoCooperativePages extends RecordPages<EcoCooperative, EcoCooperativeForm> {

    EcoCooperativePages(RecordPages.Support support) {
        super(support, EcoTownConfig.kind(EcoCooperative.class, EcoCooperativeForm::new, EcoCooperativeForm::of,
                        cooperative -> cooperative.getFoundedOn().getYear())
                .pages("cooperatives", "ecotown/cooperatives", "ecotown/cooperative-form", "ecotown.cooperatives.title",
                        "ecotown.cooperative.field")
                .datedBy("foundedOn").search("name")
                .sortable("regionPath,asc", "regionPath", "name", "foundedOn", "members")
                .unique("name", "ecotown.error.cooperative.duplicate", form -> Map.of("name", form.getName().trim()))
                .shows(EcoCooperative::getName, (cooperative, view) -> view
                        .text("name", cooperative.getName())
                        .text("foundedOn", cooperative.getFoundedOn())
                        .text("members", cooperative.getMembers())
                        .text("notes", cooperative.getNotes()))
                .deletable(cooperative -> "/eco-towns/communities/" + cooperative.getCommunityId()));
    }
}
