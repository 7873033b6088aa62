package cn.shequ.platform.document;

import static cn.shequ.platform.document.Register.Shown.badges;
import static cn.shequ.platform.document.Register.Shown.text;

import java.time.Clock;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.shared.WorkStream;
import jakarta.persistence.criteria.Join;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The document register's pages, {@code /documents}. */
@Controller
@RequestMapping("/documents")
class DocumentController extends RegisterPages<Document, DocumentForm> {

    private static final Set<String> SORTABLE = Set.of("issuedOn", "number", "title", "issuer");

    private final Documents documents;

    DocumentController(Documents documents, DocumentService service, History history, Clock clock) {
        super(Register.<Document>of("/documents", "documents", "document")
                        .search("document.search").filter("stream", "streams", WorkStream.values())
                        .linkColumn("number", true, "text-nowrap", d -> text(d.getNumber()))
                        .column("title", true, null, d -> text(d.getTitle()))
                        .column("issuer", true, null, d -> text(d.getIssuer()))
                        .column("issuedOn", true, "text-nowrap", d -> text(d.getIssuedOn()))
                        .column("streams", false, null, d -> badges(d.getSortedStreams()))
                        .helpedField("number", "text", "col-md-6", "document.number.help").field("issuedOn", "date", "col-md-6")
                        .field("title", "text", "col-12").field("issuer", "text", "col-12")
                        .enumField("streams", "enums", "col-12", WorkStream.values()).field("summary", "textarea", "col-12")
                        .shows(Document::getNumber, d -> "《" + d.getTitle() + "》（" + d.getNumber() + "）")
                        .row("number", d -> text(d.getNumber())).row("issuer", d -> text(d.getIssuer()))
                        .row("issuedOn", d -> text(d.getIssuedOn())).row("streams", d -> badges(d.getSortedStreams()))
                        .row("summary", d -> text(d.getSummary())),
                "document.saved", Document.class, service::document, DocumentForm::dated, DocumentForm::of, service::create,
                service::update, history, clock);
        this.documents = documents;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) WorkStream stream,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "issuedOn,desc") String sort, Model model) {
        Specification<Document> spec = Specification.unrestricted();
        if (stream != null) {
            spec = spec.and((root, query, cb) -> {
                Join<Document, WorkStream> streams = root.join("streams");
                query.distinct(true);
                return cb.equal(streams, stream);
            });
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("title"), like, '\\'),
                    cb.like(root.get("number"), like, '\\')));
        }
        model.addAttribute("q", q);
        return list(documents, spec, "issuedOn", SORTABLE, year, stream, page, sort, model);
    }
}
