package cn.shequ.platform.communityservice;

import java.util.List;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the “四社联动” pilots: one per community and year, in the user's scope, for an open year. */
@Service
@Transactional
class FourPartyPilotService {

    private final FourPartyPilots pilots;
    private final DocumentRegister documents;
    private final Placements placements;

    FourPartyPilotService(FourPartyPilots pilots, DocumentRegister documents, Placements placements) {
        this.pilots = pilots;
        this.documents = documents;
        this.placements = placements;
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
        CommunityRef community = placements.place(form.getCommunityId(), form.getPilotYear());
        check(form, community, null);
        return pilots.save(FourPartyPilot.start(form.details(community.path()))).getId();
    }

    void update(long id, FourPartyPilotForm form) {
        FourPartyPilot pilot = get(id);
        CommunityRef community = placements.move(pilot, pilot.getPilotYear(), form.getVersion(), form.getCommunityId(),
                form.getPilotYear());
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
}
