package cn.shequ.platform.record;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Component;

/**
 * Where a record may be placed and when it may change: a community the user may see and change, in a
 * year still open. The checks of a change are made here, in one call and always in the same order:
 * the user's scope over the record as saved, the version the form was made from, the year lock of the
 * record's year as saved, the community the form names (inside the scope), the year lock of the new
 * year.
 */
@Component
public class Placements {

    /** The message on the community field when the form names no community the user can see. */
    public static final String COMMUNITY_REFUSED = "record.error.community";

    private final RegionDirectory regions;
    private final DataScope scope;
    private final YearLocks locks;

    Placements(RegionDirectory regions, DataScope scope, YearLocks locks) {
        this.regions = regions;
        this.scope = scope;
        this.locks = locks;
    }

    /**
     * The community a form names: one the user may see and change; a message on the community field
     * when there is none the user may see (one outside the scope reads as none).
     */
    public CommunityRef community(Long communityId) {
        CommunityRef community = communityId == null ? null : regions.community(communityId).orElse(null);
        if (community == null) {
            throw RuleViolationException.of("communityId", COMMUNITY_REFUSED);
        }
        scope.requireCovered(community.path());
        return community;
    }

    /** A community a page shows: 404 when it does not exist or lies outside the user's scope. */
    public CommunityRef visible(long communityId) {
        return regions.community(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
    }

    /** Before a new record: the community the form names, with the year still open there. */
    public CommunityRef place(Long communityId, int year) {
        CommunityRef community = community(communityId);
        locks.requireOpen(year, community.path());
        return community;
    }

    /**
     * Before a change of a saved record that may move to another community or year: the checks of
     * {@link #change(Placed, int, Long)}, then the community the form names, in scope, with its new
     * year open. Returns that community.
     */
    public CommunityRef move(PlacedRecord record, int year, Long formVersion, Long communityId, int newYear) {
        change(record, year, formVersion);
        return place(communityId, newYear);
    }

    /**
     * Before a change of a saved record placed under a region path by what it belongs to (a zone, a
     * plot) that may move to another place or year: the checks of {@link #change(Placed, int, Long)},
     * then those of {@link #placeAt} for the new place and year.
     */
    public void move(Placed record, int year, Long formVersion, String newRegionPath, int newYear) {
        change(record, year, formVersion);
        placeAt(newRegionPath, newYear);
    }

    /** Before a change of a saved record in place: in scope, not changed since the form was made, its year open. */
    public void change(Placed record, int year, Long formVersion) {
        change(record, formVersion);
        locks.requireOpen(year, record.getRegionPath());
    }

    /** Before a change of a saved record that no year lock holds: in scope, not changed since the form was made. */
    public void change(Placed record, Long formVersion) {
        scope.requireCovered(record.getRegionPath());
        StaleRecordException.check(record.getClass().getSimpleName(), record.getId(), formVersion, record.getVersion());
    }

    /** Before a change of a saved record (a delete, say): the user's scope covers it and its year is open. */
    public void requireWritable(Placed record, int year) {
        scope.requireCovered(record.getRegionPath());
        locks.requireOpen(year, record.getRegionPath());
    }

    /** The year is open for records under the region path. */
    public void requireOpen(int year, String regionPath) {
        locks.requireOpen(year, regionPath);
    }

    /**
     * Before a record is placed under a region path (a new one, or a saved one moved there): the user's
     * scope covers the path and the year is open there.
     */
    public void placeAt(String regionPath, int year) {
        scope.requireCovered(regionPath);
        locks.requireOpen(year, regionPath);
    }
}
