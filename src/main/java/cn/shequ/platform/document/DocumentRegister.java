package cn.shequ.platform.document;

import java.util.List;
import java.util.Optional;

import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's public API: documents as other modules cite them. */
@Service
@Transactional(readOnly = true)
public class DocumentRegister {

    private final Documents documents;
    private final Meetings meetings;

    DocumentRegister(Documents documents, Meetings meetings) {
        this.documents = documents;
        this.meetings = meetings;
    }

    public Optional<DocumentRef> find(long id) {
        return documents.findById(id).map(Document::toRef);
    }

    /** A document by its number, typed in any of the usual forms. */
    public Optional<DocumentRef> findByNumber(String number) {
        return DocumentNumber.canonical(number).flatMap(documents::findByNumber).map(Document::toRef);
    }

    /** The documents of a work stream issued in a year, in date order. */
    public List<DocumentRef> ofStream(WorkStream stream, int year) {
        return documents.findByStream(stream).stream().filter(d -> d.getIssuedOn().getYear() == year)
                .sorted(java.util.Comparator.comparing(Document::getIssuedOn)).map(Document::toRef).toList();
    }

    /** The meetings of a work stream and kind held in a year, in date order. */
    public List<MeetingRef> meetings(WorkStream stream, MeetingKind kind, int year) {
        return meetings.findAll((root, query, cb) -> cb.and(cb.equal(root.get("stream"), stream), cb.equal(root.get("kind"), kind),
                        cb.between(root.get("heldOn"), java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31))),
                org.springframework.data.domain.Sort.by("heldOn")).stream()
                .map(m -> new MeetingRef(m.getId(), m.getHeldOn(), m.getTitle(), m.getOrganiser(), m.getKind())).toList();
    }

    /** The documents of a work stream, newest first: the choices when a record cites one. */
    public List<DocumentRef> ofStream(WorkStream stream) {
        return documents.findByStream(stream).stream().map(Document::toRef).toList();
    }
}
