package cn.shequ.platform.ecotown;

import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import org.springframework.stereotype.Component;

/** Where a key project may be placed: the checks of {@link Placements}, under the names the project service calls. */
@Component
class EcoPlaces {

    private final Placements placements;

    EcoPlaces(Placements placements) {
        this.placements = placements;
    }

    /** The community a form names: one the user may see and change, or a message on the community field. */
    CommunityRef community(Long communityId) {
        return placements.community(communityId);
    }

    /** Before a change of a record already saved: the user's scope covers it and its year is open. */
    void requireWritable(PlacedRecord record, int year) {
        placements.requireWritable(record, year);
    }

    void requireOpen(int year, String regionPath) {
        placements.requireOpen(year, regionPath);
    }
}
