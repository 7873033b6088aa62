package cn.shequ.platform.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages a register entry (a document, a meeting) has besides its list: the show page with its
 * History tab, the new form (dated today) and the edit form. An entry named {@code name} is shown by
 * {@code document/<name>} (as {@code <name>}), edited in {@code document/<name>-form} (its id as
 * {@code <name>Id}) and saved with the message {@code <name>.saved}.
 *
 * @param <E> the entry
 * @param <F> its form
 */
abstract class RegisterPages<E, F> {

    private final String path;
    private final String name;
    private final Class<E> entity;
    private final LongFunction<E> find;
    private final Function<LocalDate, F> blankForm;
    private final Function<E, F> formOf;
    private final ToLongFunction<F> enter;
    private final BiConsumer<Long, F> revise;
    private final History history;
    final Clock clock;

    /**
     * The pages of an entry: its name and type, how it is found (or 404), a new form dated today, the
     * form of a saved entry (with its version), how a new entry is entered (giving its id) and a saved
     * one changed.
     */
    RegisterPages(String name, Class<E> entity, LongFunction<E> find, Function<LocalDate, F> blankForm,
            Function<E, F> formOf, ToLongFunction<F> enter, BiConsumer<Long, F> revise, History history, Clock clock) {
        this.path = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
        this.name = name;
        this.entity = entity;
        this.find = find;
        this.blankForm = blankForm;
        this.formOf = formOf;
        this.enter = enter;
        this.revise = revise;
        this.history = history;
        this.clock = clock;
    }

    /** The choices the form shows (the work streams, by default). */
    void formOptions(Model model) {
        model.addAttribute("streams", WorkStream.values());
    }

    /** Entries whose date field lies in the year; all when {@code year} is null. */
    static <T> Specification<T> datedIn(String dateField, Integer year) {
        return year == null ? Specification.unrestricted()
                : (root, query, cb) -> cb.between(root.get(dateField), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** What every list shows besides its entries: the filters chosen and their choices. */
    void listFilters(Model model, Integer year, WorkStream stream, String sort) {
        model.addAttribute("year", year);
        model.addAttribute("stream", stream);
        model.addAttribute("sort", sort);
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("streams", WorkStream.values());
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute(name, find.apply(id));
        model.addAttribute("history", history.of(entity, id));
        return "document/" + name;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", blankForm.apply(LocalDate.now(clock)));
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = enter.applyAsLong(form);
            redirect.addFlashAttribute("message", name + ".saved");
            return "redirect:" + path + "/" + id;
        }, formView());
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", formOf.apply(find.apply(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        find.apply(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> formOf.apply(find.apply(id)))
                .save(() -> {
                    revise.accept(id, form);
                    redirect.addFlashAttribute("message", name + ".saved");
                    return "redirect:" + path + "/" + id;
                }, formView());
    }

    private String formView(Model model, Long id) {
        model.addAttribute(name + "Id", id);
        formOptions(model);
        return formView();
    }

    private String formView() {
        return "document/" + name + "-form";
    }
}
