package cn.shequ.platform.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.EntryForms;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages of a register (the documents, the meetings), laid out from its {@link Register}: the list
 * ({@code document/list}, filtered by the year and the register's own filters), an entry's page with its
 * History tab ({@code document/entry}), and the new form (dated today) and edit form ({@code document/form}).
 *
 * @param <E> the entry
 * @param <F> its form
 */
abstract class RegisterPages<E extends RegisterEntry, F extends EntryForm> extends EntryForms<F> {

    private final Register<E> register;
    private final Class<E> entity;
    private final LongFunction<E> find;
    private final History history;
    private final Clock clock;

    /**
     * The pages of a register: its description and entry type, how an entry is found (or 404), a new
     * form dated today, the form of a saved entry (with its version), how a new entry is entered (giving
     * its id) and a saved one changed; saved with the message {@code <base>.saved}.
     */
    RegisterPages(Register<E> register, String savedKey, Class<E> entity, LongFunction<E> find,
            Function<LocalDate, F> blankForm, Function<E, F> formOf, ToLongFunction<F> enter, BiConsumer<Long, F> revise,
            History history, Clock clock) {
        super("document/form", savedKey, () -> blankForm.apply(LocalDate.now(clock)), id -> formOf.apply(find.apply(id)),
                enter, revise);
        this.register = register;
        this.entity = entity;
        this.find = find;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The list of the entries a query finds, newest first unless sorted otherwise, with the filters
     * chosen (the year, the stream) and their choices.
     */
    String list(JpaSpecificationExecutor<E> entries, Specification<E> spec, String dateField, Set<String> sortable,
            Integer year, WorkStream stream, int page, String sort, Model model) {
        Page<E> found = entries.findAll(spec.and(RecordSearch.dated(dateField, year)), Paging.of(page, 20,
                Sorting.parse(sort, sortable, Sort.by(Sort.Direction.DESC, dateField, "id"))));
        model.addAttribute("entries", found);
        model.addAttribute("rows", found.getContent().stream().map(register::cells).toList());
        model.addAttribute("register", register);
        model.addAttribute("year", year);
        model.addAttribute("stream", stream);
        model.addAttribute("sort", sort);
        model.addAttribute("years", Years.options(clock));
        return "document/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("entry", register.entry(find.apply(id)));
        model.addAttribute("register", register);
        model.addAttribute("history", history.of(entity, id));
        return "document/entry";
    }

    @Override
    protected void formOptions(Model model) {
        model.addAttribute("register", register);
    }
}
