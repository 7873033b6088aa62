package cn.shequ.platform.document;

import java.time.Clock;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import jakarta.persistence.criteria.Join;
import org.springframework.data.domain.Sort;
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
        super("document", Document.class, service::document, DocumentForm::dated, DocumentForm::of, service::create, service::update,
                history, clock);
        this.documents = documents;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) WorkStream stream,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "issuedOn,desc") String sort, Model model) {
        Specification<Document> spec = datedIn("issuedOn", year);
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
        model.addAttribute("documents", documents.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "issuedOn", "id")))));
        model.addAttribute("q", q);
        listFilters(model, year, stream, sort);
        return "document/documents";
    }
}
