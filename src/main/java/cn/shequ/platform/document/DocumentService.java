package cn.shequ.platform.document;

import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters documents and meetings. A document's number is stored in its canonical form, is unique, and
 * carries the year it was issued; what is entered is issued by the user's own region.
 */
@Service
@Transactional
class DocumentService {

    private final Documents documents;
    private final Meetings meetings;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final Placements placements;

    DocumentService(Documents documents, Meetings meetings, RegionDirectory regions, DataScope scope, Placements placements) {
        this.documents = documents;
        this.meetings = meetings;
        this.regions = regions;
        this.scope = scope;
        this.placements = placements;
    }

    @Transactional(readOnly = true)
    Document document(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    @Transactional(readOnly = true)
    Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    long create(DocumentForm form) {
        Document.Details details = details(form, null);
        placements.requireOpen(details.issuedOn().getYear(), details.regionPath());
        return documents.save(Document.issue(details)).getId();
    }

    void update(long id, DocumentForm form) {
        Document document = document(id);
        placements.change(document, document.getIssuedOn().getYear(), form.getVersion());
        Document.Details details = details(form, document);
        placements.requireOpen(details.issuedOn().getYear(), details.regionPath());
        document.describe(details);
    }

    long create(MeetingForm form) {
        Meeting.Details details = details(form, issuingRegion());
        placements.requireOpen(details.heldOn().getYear(), details.regionPath());
        return meetings.save(Meeting.hold(details)).getId();
    }

    void update(long id, MeetingForm form) {
        Meeting meeting = meeting(id);
        placements.change(meeting, meeting.getHeldOn().getYear(), form.getVersion());
        Meeting.Details details = details(form, meeting.getRegionPath());
        placements.requireOpen(details.heldOn().getYear(), details.regionPath());
        meeting.describe(details);
    }

    private Document.Details details(DocumentForm form, Document existing) {
        List<Violation> violations = new ArrayList<>();
        String number = DocumentNumber.canonical(form.getNumber()).orElse(null);
        if (number == null) {
            violations.add(new Violation("number", "document.error.number.form"));
        }
        else {
            boolean taken = documents.findByNumber(number).filter(d -> existing == null || !d.getId().equals(existing.getId()))
                    .isPresent();
            if (taken) {
                violations.add(new Violation("number", "document.error.number.duplicate", number));
            }
            else if (form.getIssuedOn() != null && DocumentNumber.yearOf(number) != form.getIssuedOn().getYear()) {
                violations.add(new Violation("issuedOn", "document.error.number.year", DocumentNumber.yearOf(number)));
            }
        }
        SaneDates.check("issuedOn", form.getIssuedOn(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        String path = existing != null ? existing.getRegionPath() : issuingRegion();
        return new Document.Details(number, form.getTitle(), form.getIssuer(), form.getIssuedOn(), form.getStreams(),
                form.getSummary(), path);
    }

    private Meeting.Details details(MeetingForm form, String regionPath) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("heldOn", form.getHeldOn(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new Meeting.Details(form.getHeldOn(), form.getTitle(), form.getOrganiser(), form.getKind(),
                form.getStream(), form.getAttendance(), form.getSummary(), regionPath);
    }

    /** What the office enters is issued by the region its scope is rooted at. */
    private String issuingRegion() {
        String path = regions.scopeRoot().path();
        scope.requireCovered(path);
        return path;
    }
}
