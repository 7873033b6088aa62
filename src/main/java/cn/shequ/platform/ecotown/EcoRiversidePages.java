package cn.shequ.platform.ecotown;

import java.util.Map;

import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.region.CommunityRef;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Riverside development (沿潍河开发): the key communities of {@code /eco-towns/riverside}, communities
 * along the river, each once a year.
 */
@Controller
@RequestMapping("/eco-towns/riverside")
class EcoRiversidePages extends RecordPages<EcoRiverside, EcoRiversideForm> {

    EcoRiversidePages(RecordPages.Support support) {
        super(support, EcoTownConfig.kind(EcoRiverside.class, EcoRiversideForm::new, EcoRiversideForm::of,
                        EcoRiverside::getYear)
                .pages("riverside", "ecotown/riverside", "ecotown/riverside-form", "ecotown.riverside.title",
                        "ecotown.riverside.field")
                .yearIn("year").listsYear().newInYear(EcoRiversideForm::setYear).searchCommunities().flag("featured")
                .placeableIn(CommunityRef::alongRiver)
                .sortable("regionPath,asc", "regionPath", "year", "landQuota", "featured")
                .tieBreak("regionPath", "year", "id")
                .unique("communityId", "ecotown.error.riverside.duplicate", form -> Map.of("year", form.getYear()),
                        form -> new Object[] {form.getYear()})
                .shows((riverside, community) -> community == null ? String.valueOf(riverside.getCommunityId())
                        : community.fullName(), (riverside, community, view) -> view
                        .text("year", riverside.getYear())
                        .yesNo("featured", riverside.isFeatured())
                        .text("landQuota", riverside.getLandQuota())
                        .text("notes", riverside.getNotes())));
    }
}
