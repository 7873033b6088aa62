package cn.shequ.platform.featured;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The aspects' reference list, {@code /featured-communities/aspects}: read by all, edited by the office. */
@Controller
@RequestMapping("/featured-communities/aspects")
class FeaturedAspectController {

    private final FeaturedService service;
    private final FeaturedAspects aspects;
    private final History history;

    FeaturedAspectController(FeaturedService service, FeaturedAspects aspects, History history) {
        this.service = service;
        this.aspects = aspects;
        this.history = history;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("aspects", aspects.findAllByOrderBySortOrderAscIdAsc());
        return "featured/aspects";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        AspectForm form = new AspectForm();
        form.setSortOrder((int) aspects.count() + 1);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AspectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AspectForm.of(service.aspect(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AspectForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.aspect(id);
        return save(id, form, result, model, redirect);
    }

    /** Creates the aspect (id null) or updates it, back on the form with the errors or a stale edit. */
    private String save(Long id, AspectForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        FormSubmission submission = FormSubmission.of(form, result, model);
        if (id != null) {
            submission.onConflict(() -> AspectForm.of(service.aspect(id)));
        }
        return submission.save(() -> {
            if (id == null) {
                service.createAspect(form);
            }
            else {
                service.updateAspect(id, form);
            }
            redirect.addFlashAttribute("message", "featured.aspect.saved");
            return "redirect:/featured-communities/aspects";
        }, formView(model, id));
    }

    /** The aspect's form: a new one (id null), or an aspect's with its history. */
    private String formView(Model model, Long id) {
        model.addAttribute("aspectId", id);
        if (id != null) {
            model.addAttribute("history", history.of(FeaturedAspect.class, id));
        }
        return "featured/aspect-form";
    }
}
