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

    DocumentRegister(Documents documents) {
        this.documents = documents;
    }

    public Optional<DocumentRef> find(long id) {
        return documents.findById(id).map(Document::toRef);
    }

    /** A document by its number, typed in any of the usual forms. */
    public Optional<DocumentRef> findByNumber(String number) {
        return DocumentNumber.canonical(number).flatMap(documents::findByNumber).map(Document::toRef);
    }

    /** The documents of a work stream, newest first: the choices when a record cites one. */
    public List<DocumentRef> ofStream(WorkStream stream) {
        return documents.findByStream(stream).stream().map(Document::toRef).toList();
    }
}
