package cn.shequ.platform.document;

import java.time.LocalDate;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.persistence.criteria.Join;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The document register's pages, {@code /documents}. */
@Controller
@RequestMapping("/documents")
class DocumentController {

    private static final Set<String> SORTABLE = Set.of("issuedOn", "number", "title", "issuer");

    private final Documents documents;
    private final DocumentService service;
    private final History history;
    private final Clock clock;

    DocumentController(Documents documents, DocumentService service, History history, Clock clock) {
        this.documents = documents;
        this.service = service;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) WorkStream stream,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "issuedOn,desc") String sort, Model model) {
        Specification<Document> spec = Specification.unrestricted();
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("issuedOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
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
        model.addAttribute("year", year);
        model.addAttribute("stream", stream);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("streams", WorkStream.values());
        return "document/documents";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("document", service.document(id));
        model.addAttribute("history", history.of(Document.class, id));
        return "document/document";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        DocumentForm form = new DocumentForm();
        form.setIssuedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "document.saved");
            return "redirect:/documents/" + id;
        }, "document/document-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", DocumentForm.of(service.document(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.document(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> DocumentForm.of(service.document(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "document.saved");
                    return "redirect:/documents/" + id;
                }, "document/document-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("documentId", id);
        model.addAttribute("streams", WorkStream.values());
        return "document/document-form";
    }
}
