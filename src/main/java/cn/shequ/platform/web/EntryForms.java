package cn.shequ.platform.web;

import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.validation.Valid;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new and edit forms of an entry and their saving, for a controller mapped at the entries' path:
 * {@code <path>/new} and {@code <path>/<id>/edit}, each saved through {@link FormSubmission} and
 * answered with a redirect to {@code <path>/<id>} and a flash message. The form template gets
 * {@code form}, {@code recordId} (null for a new entry) and what {@link #formOptions} adds.
 *
 * @param <F> the entry's form
 */
public abstract class EntryForms<F> {

    private final String path;
    private final String formView;
    private final String savedKey;
    private final Supplier<F> blankForm;
    private final LongFunction<F> formOf;
    private final ToLongFunction<F> enter;
    private final BiConsumer<Long, F> revise;

    /**
     * The forms of an entry: the template of its form and the message shown once it is saved; a new
     * form as the new-entry link opens it, the form of a saved entry with its version (404 when the
     * user may not see it), how a new entry is entered (giving its id) and how a saved one is changed.
     */
    protected EntryForms(String formView, String savedKey, Supplier<F> blankForm, LongFunction<F> formOf,
            ToLongFunction<F> enter, BiConsumer<Long, F> revise) {
        this.path = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
        this.formView = formView;
        this.savedKey = savedKey;
        this.blankForm = blankForm;
        this.formOf = formOf;
        this.enter = enter;
        this.revise = revise;
    }

    /** The choices the form shows. */
    protected void formOptions(Model model) {
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", blankForm.get());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> saved(enter.applyAsLong(form), redirect), formView);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", formOf.apply(id));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formOf.apply(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> formOf.apply(id))
                .save(() -> {
                    revise.accept(id, form);
                    return saved(id, redirect);
                }, formView);
    }

    private String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", savedKey);
        return "redirect:" + path + "/" + id;
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        formOptions(model);
        return formView;
    }
}
