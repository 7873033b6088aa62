package cn.shequ.platform.audit;

import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditors' pages: search the changes of every module, and open one change field by field. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final AuditSearch search;
    private final History history;

    AuditController(AuditSearch search, History history) {
        this.search = search;
        this.history = history;
    }

    @GetMapping
    String changes(@RequestParam(required = false) String username, @RequestParam(required = false) String module,
            @RequestParam(required = false) String entity, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<AuditSearch.AuditedType> types = search.auditedTypes();
        model.addAttribute("changes", search.search(new AuditSearch.Criteria(username, module, entity, recordId, from, to),
                Paging.of(page, 50)));
        model.addAttribute("types", types);
        model.addAttribute("modules", types.stream().map(AuditSearch.AuditedType::module).distinct().toList());
        model.addAttribute("username", username);
        model.addAttribute("module", module);
        model.addAttribute("entity", entity);
        model.addAttribute("recordId", recordId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/changes";
    }

    @GetMapping("/change")
    String change(@RequestParam String entity, @RequestParam String id, @RequestParam long revision, Model model) {
        AuditSearch.AuditedType type = search.auditedTypes().stream().filter(t -> t.entityName().equals(entity))
                .findFirst().orElseThrow(() -> new NotFoundException("audited type", entity));
        Class<?> entityClass;
        try {
            entityClass = Class.forName(type.entityName());
        }
        catch (ClassNotFoundException ex) {
            throw new NotFoundException("audited type", entity);
        }
        Object key;
        try {
            key = Long.valueOf(id);
        }
        catch (NumberFormatException ex) {
            throw new NotFoundException("record", id);
        }
        model.addAttribute("type", type);
        model.addAttribute("recordId", id);
        model.addAttribute("changes", List.of(history.at(entityClass, key, revision)));
        return "audit/change";
    }
}
