package cn.shequ.platform.ecotown;

import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.record.RecordView;
import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
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

/** The infrastructure list the standards require, {@code /eco-towns/infrastructure-items}: office staff edit it. */
@Controller
@RequestMapping("/eco-towns/infrastructure-items")
class EcoInfrastructureItemController {

    private static final Set<String> SORTABLE = Set.of("group", "name", "sortOrder", "active");

    private final EcoInfrastructureItems items;
    private final EcoRecordService service;
    private final History history;

    EcoInfrastructureItemController(EcoInfrastructureItems items, EcoRecordService service, History history) {
        this.items = items;
        this.service = service;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) EcoInfrastructureGroup group, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "sortOrder,asc") String sort, Model model) {
        Specification<EcoInfrastructureItem> spec = RecordSearch.<EcoInfrastructureItem>equal("group", group);
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), like, '\\'));
        }
        model.addAttribute("items", items.findAll(spec, EcoLists.page(page, sort, SORTABLE, Sort.by("sortOrder", "id"))));
        model.addAttribute("group", group);
        model.addAttribute("groups", EcoInfrastructureGroup.values());
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        return "ecotown/items";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EcoInfrastructureItem item = service.item(id);
        model.addAttribute("record", RecordView.of("items", item.getName(), "ecotown.item.field")
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
                .list("/eco-towns/infrastructure-items", "ecotown.items.title")
                .edit("/eco-towns/infrastructure-items/" + id + "/edit")
                .officeOnly()
                .enumLabel("group", item.getGroup())
                .text("name", item.getName())
                .text("sortOrder", item.getSortOrder())
                .yesNo("active", item.isActive())
                .build());
        model.addAttribute("history", history.of(EcoInfrastructureItem.class, id));
        return "record/record";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new EcoInfrastructureItemForm());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") EcoInfrastructureItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "ecotown.saved");
            return "redirect:/eco-towns/infrastructure-items/" + id;
        }, "ecotown/item-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EcoInfrastructureItemForm.of(service.item(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EcoInfrastructureItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        service.item(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> EcoInfrastructureItemForm.of(service.item(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "ecotown.saved");
                    return "redirect:/eco-towns/infrastructure-items/" + id;
                }, "ecotown/item-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        model.addAttribute("groups", EcoInfrastructureGroup.values());
        return "ecotown/item-form";
    }
}
