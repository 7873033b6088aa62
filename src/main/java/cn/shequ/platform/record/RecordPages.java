package cn.shequ.platform.record;

import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.web.FigureFormat;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a simple record kind, served from its {@link RecordKind}: the list (filtered by year,
 * town, its enum filters and a search, sorted and paged), the show page with its History tab, the new
 * and edit forms, and the delete. A kind's controller is a subclass that maps its path and names its kind:
 *
 * <pre>
 * &#64;Controller
 * &#64;RequestMapping("/eco-towns/parks")
 * class EcoParkPages extends RecordPages&lt;EcoPark, EcoParkForm&gt; {
 *     EcoParkPages(RecordPages.Support support) {
 *         super(support, RecordKind.of(...)...);
 *     }
 * }
 * </pre>
 *
 * The list template gets {@code records} (the page), {@code communities} (by id; for a kind placed in
 * a community), {@code places} (the {@link PlaceNames} of the page's records), {@code y}, {@code r},
 * {@code area}, {@code towns}, {@code years}, {@code q}, {@code sort}, each enum filter's value and
 * choices, each flag's value, the kind's list model and summaries, and for the shared
 * {@code record/list.html} {@code layout} (its {@link RecordKind.Layout}) and {@code rows} (the cells of its
 * columns); the form template gets {@code form}, {@code recordId}, {@code communityOptions} (those the
 * kind may be placed in), {@code fixed} (what an edit shows of the fields chosen only on a new record),
 * {@code layout} and the kind's form options and choices.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class RecordPages<E extends Placed, F> {

    static final int PAGE_SIZE = 20;

    private final Support support;
    private final String path;
    private final RecordKind<E, F> kind;

    protected RecordPages(Support support, RecordKind<E, F> kind) {
        this.support = support;
        this.path = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
        this.kind = kind.check();
    }

    /** What every kind's pages use: the records, the regions, the history, the messages and the clock. */
    @Component
    public static class Support {

        final RecordStore store;
        final RegionDirectory regions;
        final History history;
        final MessageSource messages;
        final Clock clock;
        final FigureFormat figures;

        Support(RecordStore store, RegionDirectory regions, History history, MessageSource messages, Clock clock,
                FigureFormat figures) {
            this.figures = figures;
            this.store = store;
            this.regions = regions;
            this.history = history;
            this.messages = messages;
            this.clock = clock;
        }

        /** A message in the user's language (a heading made of a record's values, say). */
        public String message(String key, Object... args) {
            return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, WebRequest request, Model model) {
        String order = sort == null || sort.isBlank() ? kind.defaultSort : sort;
        RegionRef area = support.regions.resolve(region);
        List<CommunityRef> communities = kind.community != null ? support.regions.communitiesUnder(area) : List.of();
        Specification<E> spec = listed(year, area, communities, q, request, model);
        model.addAttribute("y", year);
        model.addAttribute("area", area);
        model.addAttribute("r", area.code());
        model.addAttribute("towns", support.regions.towns());
        model.addAttribute("years", Years.options(support.clock));
        model.addAttribute("sort", order);
        model.addAttribute("q", q);
        Page<E> records = support.store.list(kind, spec,
                Paging.of(page, PAGE_SIZE, Sorting.parse(order, kind.sortable, kind.fallbackSort())));
        Map<Long, CommunityRef> byId = communities.stream().collect(Collectors.toMap(CommunityRef::id, c -> c));
        PlaceNames places = PlaceNames.of(support.regions, kind.community != null ? List.of()
                : records.getContent().stream().map(Placed::getRegionPath).toList());
        model.addAttribute("records", records);
        model.addAttribute("communities", byId);
        model.addAttribute("places", places);
        model.addAttribute("layout", kind.layout(path));
        model.addAttribute("rows", records.getContent().stream().map(record -> row(record, byId, places)).toList());
        kind.listModel.forEach((name, value) -> model.addAttribute(name, value.apply(communities)));
        if (!kind.summaries.isEmpty()) {
            List<E> all = support.store.all(kind, spec);
            kind.summaries.forEach((name, value) -> model.addAttribute(name, value.apply(all, request)));
        }
        return kind.listView;
    }

    /**
     * The records a list finds under its filters (the year, the region, the kind's filters and search,
     * as the request gives them); the filters' values and choices go into the model.
     */
    protected Specification<E> listed(Integer year, String region, String q, WebRequest request, Model model) {
        RegionRef area = support.regions.resolve(region);
        return listed(year, area, kind.community != null ? support.regions.communitiesUnder(area) : List.of(), q, request,
                model);
    }

    private Specification<E> listed(Integer year, RegionRef area, List<CommunityRef> communities, String q,
            WebRequest request, Model model) {
        Specification<E> spec = kind.inRegion.apply(area);
        if (kind.yearColumn != null) {
            spec = spec.and(RecordSearch.equal(kind.yearColumn, year));
        }
        if (kind.dateColumn != null) {
            spec = spec.and(RecordSearch.dated(kind.dateColumn, year));
        }
        for (RecordKind.EnumFilter filter : kind.filters) {
            Enum<?> value = enumValue(filter, request.getParameter(filter.param()));
            spec = spec.and(RecordSearch.equal(filter.attribute(), value));
            model.addAttribute(filter.param(), value);
            model.addAttribute(filter.optionsName(), filter.type().getEnumConstants());
        }
        for (String flag : kind.flags) {
            Boolean value = flagValue(flag, request.getParameter(flag));
            spec = spec.and(RecordSearch.equal(flag, value));
            model.addAttribute(flag, value);
        }
        for (Map.Entry<String, String> bound : kind.atMost.entrySet()) {
            Integer value = number(bound.getKey(), request.getParameter(bound.getKey()));
            spec = spec.and(value == null ? Specification.unrestricted()
                    : (root, query, cb) -> cb.le(root.get(bound.getValue()), value));
            model.addAttribute(bound.getKey(), value);
        }
        if (kind.searchField != null) {
            spec = spec.and(RecordSearch.matching(q, communities, kind.searchField.isEmpty() ? null : kind.searchField));
        }
        return spec;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        E record = find(id);
        CommunityRef community = kind.community == null ? null
                : support.regions.community(kind.community.apply(record)).orElse(null);
        RecordView.Builder view = RecordView.of(kind.tab, kind.heading.apply(record, community), kind.labelPrefix)
                .crumb(kind.crumb == null ? null : kind.crumb.apply(record))
                .module(kind.modulePath, kind.moduleKey, kind.communityPath)
                .list(kind.listsYear ? path + "?year=" + kind.year.applyAsInt(record) : path, kind.listTitleKey)
                .edit(path + "/" + id + "/edit")
                .community(community);
        if (kind.afterDelete != null) {
            view.delete(path + "/" + id + "/delete");
        }
        kind.fields.show(record, community, view);
        model.addAttribute("record", view.build());
        model.addAttribute("history", support.history.of(kind.entity, id));
        kind.showModel.forEach((name, value) -> model.addAttribute(name, value.apply(record)));
        return kind.showView;
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long community, WebRequest request, Model model) {
        F form = kind.blankForm.get();
        if (kind.newYear != null) {
            Integer year = number("year", request.getParameter("year"));
            kind.newYear.accept(form, year != null ? year : LocalDate.now(support.clock).getYear());
        }
        if (kind.newDate != null) {
            kind.newDate.accept(form, LocalDate.now(support.clock));
        }
        prefill(form, community);
        kind.prefill.accept(form, request);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    /** Fills a new form before it is shown: with the community the link named, by default. */
    protected void prefill(F form, Long community) {
        if (community != null) {
            new BeanWrapperImpl(form).setPropertyValue("communityId", community);
        }
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect) {
        BeanWrapperImpl fields = new BeanWrapperImpl(form);
        for (String field : kind.requiredWhenNew) {
            if (fields.getPropertyValue(field) == null && !result.hasFieldErrors(field)) {
                result.rejectValue(field, "validation.required");
            }
        }
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = kind.saving.create().apply(support.store, form);
            redirect.addFlashAttribute("message", kind.savedKey);
            return "redirect:" + path + "/" + id;
        }, kind.formView);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", kind.formOf.apply(find(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        find(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> kind.formOf.apply(find(id)))
                .save(() -> {
                    kind.saving.update().save(support.store, id, form);
                    redirect.addFlashAttribute("message", kind.savedKey);
                    return "redirect:" + path + "/" + id;
                }, kind.formView);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        if (kind.afterDelete == null) {
            throw new NotFoundException(kind.what(), id);
        }
        E record = find(id);
        try {
            support.store.delete(kind, id);
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("problem", text(ex));
            return "redirect:" + path + "/" + id;
        }
        redirect.addFlashAttribute("message", "record.deleted");
        return "redirect:" + kind.afterDelete.apply(record);
    }

    /** A row of the shared list page: the record's id and its cells. */
    public record Row(long id, List<Cell> cells) {
    }

    /** A cell: a text or a message key, a link or none, a number or not. */
    public record Cell(String text, String textKey, String href, boolean numeric) {
    }

    private Row row(E record, Map<Long, CommunityRef> communities, PlaceNames places) {
        Long communityId = kind.community == null ? null : kind.community.apply(record);
        CommunityRef community = communityId == null ? null : communities.get(communityId);
        String place = kind.community == null ? places.of(record.getRegionPath())
                : community == null ? String.valueOf(communityId) : community.fullName();
        List<Cell> cells = new ArrayList<>();
        for (RecordKind.Column<E> column : kind.columns) {
            Object value = column.value().apply(record, place);
            String href = cells.isEmpty() ? path + "/" + record.getId() : null;
            if (href == null && communityId != null && "regionPath".equals(column.field())) {
                href = kind.communityPath + communityId;
            }
            if (value instanceof Enum<?> constant) {
                cells.add(new Cell(null, "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), href,
                        false));
            }
            else if (value instanceof Boolean yes) {
                cells.add(new Cell(null, yes ? "yes" : "no", href, false));
            }
            else {
                cells.add(new Cell(value instanceof Number number
                        ? column.money() ? support.figures.money(number) : support.figures.format(number)
                        : value == null ? "" : value.toString(), null, href, column.numeric()));
            }
        }
        return new Row(record.getId(), cells);
    }

    /** The record, or 404, as the kind reads it. */
    private E find(long id) {
        return kind.saving.find().apply(support.store, id);
    }

    private String formView(Model model, Long id) {
        model.addAttribute("recordId", id);
        if (id != null && !kind.fixed.isEmpty()) {
            E record = find(id);
            Map<String, RecordKind.Shown> fixed = new LinkedHashMap<>();
            kind.fixed.forEach((field, shown) -> fixed.put(field,
                    new RecordKind.Shown(shown.labelKey(), shown.shown().apply(record))));
            model.addAttribute("fixed", fixed);
        }
        else {
            model.addAttribute("fixed", Map.of());
        }
        kind.formChoices.forEach((name, choices) -> model.addAttribute(name, choices.get()));
        model.addAttribute("communityOptions", support.regions.communitiesUnder(null).stream().filter(kind.placeable).toList());
        model.addAttribute("layout", kind.layout(path));
        kind.formOptions.forEach(model::addAttribute);
        return kind.formView;
    }

    private static Enum<?> enumValue(RecordKind.EnumFilter filter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Enum<?> constant : filter.type().getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        throw new NotFoundException(filter.param(), value);
    }

    /** A yes/no request parameter as Spring reads one (true, on, yes, 1 and their opposites); 404 for anything else. */
    private static Boolean flagValue(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new SimpleTypeConverter().convertIfNecessary(value.trim(), Boolean.class);
        }
        catch (TypeMismatchException ex) {
            throw new NotFoundException(param, value);
        }
    }

    /** The id a request parameter names (a new form's link may name a record to start from); 404 when it is not one. */
    public static Long id(WebRequest request, String param) {
        Integer id = number(param, request.getParameter(param));
        return id == null ? null : id.longValue();
    }

    /** A number request parameter; 404 when it is not one. */
    private static Integer number(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        }
        catch (NumberFormatException ex) {
            throw new NotFoundException(param, value);
        }
    }

    /** The text of a refusal (for a flash message after a delete). */
    private String text(RuleViolationException ex) {
        return ex.violations().stream()
                .map(v -> support.messages.getMessage(v.messageKey(), v.args(), v.messageKey(),
                        LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(" "));
    }
}
