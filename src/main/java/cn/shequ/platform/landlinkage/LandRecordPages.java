package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every land-linkage record kind shares, for its controller to extend: the show page with its
 * History tab, the edit form, and the saves of the new and edit forms (post-redirect-get with the kind's
 * flash message; a broken rule, a stale version or a database refusal comes back on the form). A kind is
 * named once, {@code "fund"} say: its pages are {@code landlinkage/fund} and {@code landlinkage/fund-form},
 * its flash message {@code landlinkage.fund.saved}, and its form gets the record's id as {@code fundId}; it
 * is read and saved by the functions given (the service's). The kind's controller maps its path, and
 * writes its list, its new form's defaults, what its show page and form show, and what else truly differs.
 *
 * @param <E> the record
 * @param <F> its form
 */
abstract class LandRecordPages<E, F> {

    static final int PAGE_SIZE = 20;

    /** A choice of a select: an id and what it shows. */
    record Option(long id, String name) {
    }

    /** What every kind's pages use: the regions, the History tab and the clock. */
    @Component
    static class Support {

        final RegionDirectory regions;
        final History history;
        final Clock clock;

        Support(RegionDirectory regions, History history, Clock clock) {
            this.regions = regions;
            this.history = history;
            this.clock = clock;
        }
    }

    protected final Support support;
    private final String path;
    private final String kind;
    private final Class<E> entity;
    private final LongFunction<E> find;
    private final Function<E, F> formOf;
    private final ToLongFunction<F> saveNew;
    private final BiConsumer<Long, F> saveChange;

    /**
     * A kind: its name and entity, how a record is found (or 404), the form of a saved record (with its
     * version), how a new record is saved (its id) and how a change is.
     */
    LandRecordPages(Support support, String kind, Class<E> entity, LongFunction<E> find, Function<E, F> formOf,
            ToLongFunction<F> saveNew, BiConsumer<Long, F> saveChange) {
        this.support = support;
        this.path = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
        this.kind = kind;
        this.entity = entity;
        this.find = find;
        this.formOf = formOf;
        this.saveNew = saveNew;
        this.saveChange = saveChange;
    }

    /** The record, or 404. */
    E find(long id) {
        return find.apply(id);
    }

    /** What the show page shows of the record (its History tab is added). */
    abstract void shows(E record, Model model);

    /** The choices the form shows, and what it shows of the record edited when {@code id} is not null. */
    abstract void formOptions(Model model, Long id);

    /** Checks of a new record's form beyond its constraints. */
    void checkNew(F form, BindingResult result) {
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        shows(find(id), model);
        model.addAttribute("history", support.history.of(entity, id));
        return "landlinkage/" + kind;
    }

    /** The new form, with the defaults the kind filled in. */
    String newForm(F form, Model model) {
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect) {
        checkNew(form, result);
        String view = formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> saved(saveNew.applyAsLong(form), redirect), view);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", formOf.apply(find(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        find(id);
        String view = formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> formOf.apply(find(id)))
                .save(() -> {
                    saveChange.accept(id, form);
                    return saved(id, redirect);
                }, view);
    }

    /** A page of a list, sorted as asked (among the sortable fields) or by the fallback. */
    static Pageable page(int page, String sort, Set<String> sortable, Sort fallback) {
        return Paging.of(page, PAGE_SIZE, Sorting.parse(sort, sortable, fallback));
    }

    /** What every list shows: the region it covers, its sort, the year asked and the choices of the year and town filters. */
    void listed(Model model, RegionRef area, Integer year, String sort) {
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("sort", sort);
        model.addAttribute("towns", support.regions.towns());
        model.addAttribute("years", Years.options(support.clock));
    }

    private String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "landlinkage." + kind + ".saved");
        return "redirect:" + path + "/" + id;
    }

    private String formView(Model model, Long id) {
        model.addAttribute(kind + "Id", id);
        formOptions(model, id);
        return "landlinkage/" + kind + "-form";
    }
}
