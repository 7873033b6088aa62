package cn.shequ.platform.ecotown;

import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Component;

/** Where a record may be placed: a community the user may see and change, in a year still open. */
@Component
class EcoPlaces {

    private final RegionDirectory regions;
    private final DataScope scope;
    private final YearLocks locks;

    EcoPlaces(RegionDirectory regions, DataScope scope, YearLocks locks) {
        this.regions = regions;
        this.scope = scope;
        this.locks = locks;
    }

    /** The community a form names: one the user may see and change, or a message on the community field. */
    CommunityRef community(Long communityId) {
        CommunityRef community = communityId == null ? null : regions.community(communityId).orElse(null);
        if (community == null) {
            throw RuleViolationException.of("communityId", "ecotown.error.community");
        }
        scope.requireCovered(community.path());
        return community;
    }

    /** A community a page shows: 404 when it does not exist or lies outside the user's scope. */
    CommunityRef visible(long communityId) {
        return regions.community(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
    }

    /** Before a change of a record already saved: the user's scope covers it and its year is open. */
    void requireWritable(PlacedRecord record, int year) {
        scope.requireCovered(record.getRegionPath());
        locks.requireOpen(year, record.getRegionPath());
    }

    void requireOpen(int year, String regionPath) {
        locks.requireOpen(year, regionPath);
    }
}
