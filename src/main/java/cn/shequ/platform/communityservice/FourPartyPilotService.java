package cn.shequ.platform.communityservice;

import java.util.List;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the “四社联动” pilots: one per community and year, in the user's scope, for an open year. */
@Service
@Transactional
class FourPartyPilotService {

    private final FourPartyPilots pilots;
    private final RegionDirectory regions;
    private final DocumentRegister documents;
    private final DataScope scope;
    private final YearLocks locks;

    FourPartyPilotService(FourPartyPilots pilots, RegionDirectory regions, DocumentRegister documents, DataScope scope,
            YearLocks locks) {
        this.pilots = pilots;
        this.regions = regions;
        this.documents = documents;
        this.scope = scope;
        this.locks = locks;
    }

    @Transactional(readOnly = true)
    FourPartyPilot get(long id) {
        return pilots.findById(id).orElseThrow(() -> new NotFoundException("four-party pilot", id));
    }

    /** The documents a pilot may cite: the register's community-service documents. */
    @Transactional(readOnly = true)
    List<DocumentRef> documents() {
        return documents.ofStream(WorkStream.COMMUNITY_SERVICE);
    }

    long create(FourPartyPilotForm form) {
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPilotYear(), community.path());
        check(form, community, null);
        return pilots.save(FourPartyPilot.start(form.details(community.path()))).getId();
    }

    void update(long id, FourPartyPilotForm form) {
        FourPartyPilot pilot = get(id);
        scope.requireCovered(pilot.getRegionPath());
        StaleRecordException.check("four-party pilot", id, form.getVersion(), pilot.getVersion());
        locks.requireOpen(pilot.getPilotYear(), pilot.getRegionPath());
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPilotYear(), community.path());
        check(form, community, id);
        pilot.describe(form.details(community.path()));
    }

    /** One pilot per community and year; a cited document is a community-service document. */
    private void check(FourPartyPilotForm form, CommunityRef community, Long id) {
        if (pilots.findIdsByCommunityAndYear(community.id(), form.getPilotYear()).stream().anyMatch(other -> !other.equals(id))) {
            throw RuleViolationException.of("communityId", "communityservice.error.pilot.duplicate", community.fullName(),
                    form.getPilotYear());
        }
        Long document = form.getDocumentId();
        if (document != null && documents().stream().noneMatch(d -> d.id() == document)) {
            throw RuleViolationException.of("documentId", "communityservice.error.document");
        }
    }

    private CommunityRef community(Long communityId) {
        CommunityRef community = regions.community(communityId)
                .orElseThrow(() -> RuleViolationException.of("communityId", "communityservice.error.community"));
        scope.requireCovered(community.path());
        return community;
    }
}
