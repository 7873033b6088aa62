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
        model.addAttribute("aspectId", null);
        return "featured/aspect-form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AspectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("aspectId", null);
        return FormSubmission.of(form, result, model).save(() -> {
            service.createAspect(form);
            redirect.addFlashAttribute("message", "featured.aspect.saved");
            return "redirect:/featured-communities/aspects";
        }, "featured/aspect-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AspectForm.of(service.aspect(id)));
        model.addAttribute("aspectId", id);
        model.addAttribute("history", history.of(FeaturedAspect.class, id));
        return "featured/aspect-form";
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AspectForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.aspect(id);
        model.addAttribute("aspectId", id);
        model.addAttribute("history", history.of(FeaturedAspect.class, id));
        return FormSubmission.of(form, result, model)
                .onConflict(() -> AspectForm.of(service.aspect(id)))
                .save(() -> {
                    service.updateAspect(id, form);
                    redirect.addFlashAttribute("message", "featured.aspect.saved");
                    return "redirect:/featured-communities/aspects";
                }, "featured/aspect-form");
    }
}
