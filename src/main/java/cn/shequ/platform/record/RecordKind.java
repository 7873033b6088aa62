package cn.shequ.platform.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FigureFormat;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.web.context.request.WebRequest;

/**
 * What a simple record kind is, for {@link RecordPages} to serve it: its entity and form, the year a
 * record falls in, how its place is shown, filtered and chosen, its pages (the list, the form, the show
 * page's fields), the filters and sort keys of its list, and the rule that keeps it unique. Built once
 * per kind, in its {@code RecordPages}:
 *
 * <pre>
 * RecordKind.of(EcoPark.class, EcoParkForm::new, EcoParkForm::of, p -> p.getEstablishedOn().getYear())
 *         .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
 *         .pages("parks", "ecotown.parks.title", "ecotown.park")
 *         .datedBy("establishedOn").search("name").filter("kind", EcoParkKind.class, "kinds")
 *         .sortable("regionPath,asc", "regionPath", "name", "kind", "area", "establishedOn")
 *         .column("name", EcoPark::getName).communityColumn().field("name", "text")
 *         .unique("name", "ecotown.error.park.duplicate", f -> Map.of("name", f.getName().trim()))
 *         .shows(EcoPark::getName, (p, view) -> view.text("name", p.getName()))
 *         .deletable(p -> "/eco-towns/communities/" + p.getCommunityId());
 * </pre>
 *
 * A kind placed in a community ({@link PlacedRecord}, made with {@link #of}) is saved by the record
 * module through its {@link PlacedForm}: its list shows and searches the community, its form offers the
 * communities. A kind placed under a region path by what it belongs to (a {@link Placed} record, made
 * with {@link #placed}) is read and saved by its module's service ({@link #savedBy}); its list shows its
 * place by the names on its path ({@link PlaceNames}).
 *
 * @param <E> the entity
 * @param <F> its form
 */
public final class RecordKind<E extends Placed, F> {

    /** A filter of the list by an enum attribute: its request parameter, type, and the model attribute of its choices. */
    public record EnumFilter(String param, Class<? extends Enum<?>> type, String attribute, String optionsName) {
    }

    /**
     * A column of the shared list page: its field (label and sort key) and its value in a record, given
     * the name of the record's place; a number, or an amount (two decimals), right-aligned.
     */
    public record Column<E>(String field, String labelKey, BiFunction<E, String, Object> value, boolean numeric,
            boolean money) {
    }

    /** The head of a column of the shared list page: its sort key, label, alignment and whether it sorts. */
    public record ColumnHead(String field, String labelKey, boolean numeric, boolean sortable) {
    }

    /**
     * A field of the shared form page: its name, its kind ({@code text}, {@code number}, {@code date},
     * {@code textarea}, {@code checkbox}, {@code community}, {@code enum}, {@code ref} (a choice of a record
     * with an id and a name), {@code refs} (of several), {@code grouped-ref} and {@code grouped-refs} (of
     * records in groups: a map from the group's name to its records)), for an enum or records the model
     * attribute of its choices, and whether it is chosen only on a new record (an edit shows what
     * {@link #fixedOnEdit} gives, or nothing).
     */
    public record Field(String name, String type, String optionsName, String enumPrefix, boolean newOnly) {
    }

    /** The fields of the show page of a record, which may read the record's community (null when it is gone or has none). */
    @FunctionalInterface
    public interface Fields<E> {
        void show(E record, CommunityRef community, RecordView.Builder view);
    }

    /** A rule that no two records of a community share some values. */
    public record Unique<F>(String field, String messageKey, Function<F, Map<String, Object>> values,
            Function<F, Object[]> args) {
    }

    /**
     * How records of the kind are read and saved: where its lists are read (null: by the record module),
     * how one is found, created and changed.
     */
    record Saving<E, F>(JpaSpecificationExecutor<E> records, BiFunction<RecordStore, Long, E> find,
            BiFunction<RecordStore, F, Long> create, Update<F> update) {
    }

    /** A change of a saved record from its form. */
    interface Update<F> {
        void save(RecordStore store, long id, F form);
    }

    private static final FigureFormat FIGURES = new FigureFormat();

    final Class<E> entity;
    final Supplier<F> blankForm;
    final Function<E, F> formOf;
    final ToIntFunction<E> year;
    /** The record's community, for a kind placed in one; null for a kind placed under a region path. */
    final Function<E, Long> community;
    Saving<E, F> saving;
    String tab;
    String modulePath;
    String moduleKey;
    String communityPath;
    String listView = "record/list";
    String formView = "record/form";
    String showView = "record/record";
    String tabs;
    String newKey;
    String editKey;
    String savedKey = "record.saved";
    String helpKey;
    String headingKey;
    String noteKey;
    String totalKey;
    String searchKey = "filter.search";
    final List<Column<E>> columns = new ArrayList<>();
    final List<Field> formFields = new ArrayList<>();
    String listTitleKey;
    String labelPrefix;
    String yearColumn;
    String dateColumn;
    String searchField;
    Function<RegionRef, Specification<E>> inRegion = RecordSearch::inRegion;
    final List<EnumFilter> filters = new ArrayList<>();
    Set<String> sortable = Set.of("regionPath");
    String defaultSort = "regionPath,asc";
    Sort fallbackSort = Sort.by("regionPath", "id");
    final List<Unique<F>> uniques = new ArrayList<>();
    BiFunction<E, CommunityRef, String> heading;
    Function<E, String> crumb;
    Fields<E> fields = (record, community, view) -> { };
    Function<E, String> afterDelete;
    final Map<String, Object> formOptions = new LinkedHashMap<>();
    final Map<String, Supplier<?>> formChoices = new LinkedHashMap<>();
    final Map<String, Fixed<E>> fixed = new LinkedHashMap<>();
    final List<String> requiredWhenNew = new ArrayList<>();
    final List<String> flags = new ArrayList<>();
    final Map<String, String> atMost = new LinkedHashMap<>();
    final Map<String, Function<List<CommunityRef>, ?>> listModel = new LinkedHashMap<>();
    final Map<String, BiFunction<List<E>, WebRequest, ?>> summaries = new LinkedHashMap<>();
    final Map<String, Function<E, ?>> showModel = new LinkedHashMap<>();
    Sort tieBreak;
    boolean listsYear;
    BiConsumer<F, Integer> newYear;
    BiConsumer<F, LocalDate> newDate;
    BiConsumer<F, WebRequest> prefill = (form, request) -> { };
    Predicate<CommunityRef> placeable = community -> true;

    private RecordKind(Class<E> entity, Supplier<F> blankForm, Function<E, F> formOf, ToIntFunction<E> year,
            Function<E, Long> community) {
        this.entity = entity;
        this.blankForm = blankForm;
        this.formOf = formOf;
        this.year = year;
        this.community = community;
    }

    /**
     * A kind placed in a community: its entity, a blank form, the form of a saved record (with its
     * version) and the year a saved record falls in. The record module saves it through its form.
     */
    public static <E extends PlacedRecord, F extends PlacedForm<E>> RecordKind<E, F> of(Class<E> entity,
            Supplier<F> blankForm, Function<E, F> formOf, ToIntFunction<E> year) {
        RecordKind<E, F> kind = new RecordKind<>(entity, blankForm, formOf, year, PlacedRecord::getCommunityId);
        kind.saving = new Saving<>(null, (store, id) -> store.find(kind, id), (store, form) -> store.create(kind, form),
                (store, id, form) -> store.update(kind, id, form));
        return kind;
    }

    /**
     * A kind placed under a region path by what it belongs to: its entity, a blank form, the form of a
     * saved record (with its version) and the year a saved record falls in (for the show page's link
     * back to its year's list; null when it has none). Its module's service reads and saves it
     * ({@link #savedBy}).
     */
    public static <E extends Placed, F> RecordKind<E, F> placed(Class<E> entity, Supplier<F> blankForm,
            Function<E, F> formOf, ToIntFunction<E> year) {
        return new RecordKind<>(entity, blankForm, formOf, year, null);
    }

    /**
     * Where the lists are read (a repository that loads what they show), how a record is found (or 404)
     * with what its pages read of it, how a new record is saved (its id) and how a change is; each save
     * makes the checks of its change (see {@link Placements}).
     */
    public RecordKind<E, F> savedBy(JpaSpecificationExecutor<E> records, LongFunction<E> find, ToLongFunction<F> create,
            BiConsumer<Long, F> update) {
        this.saving = new Saving<>(records, (store, id) -> find.apply(id), (store, form) -> create.applyAsLong(form),
                (store, id, form) -> update.accept(id, form));
        return this;
    }

    /** The module's home page and title key, and its page of one community's records (the id is appended). */
    public RecordKind<E, F> module(String path, String titleKey, String communityPath) {
        this.modulePath = path;
        this.moduleKey = titleKey;
        this.communityPath = communityPath;
        return this;
    }

    /** The module tab it belongs to, its own list and form templates, the list's title key and the field label prefix. */
    public RecordKind<E, F> pages(String tab, String listView, String formView, String listTitleKey, String labelPrefix) {
        this.tab = tab;
        this.listView = listView;
        this.formView = formView;
        this.listTitleKey = listTitleKey;
        this.labelPrefix = labelPrefix;
        return this;
    }

    /**
     * The module tab it belongs to, the list's title key, and the base of its messages: the field
     * labels are {@code base.field.*}, the form titles {@code base.new} and {@code base.edit}. The pages
     * are the shared {@code record/list} and {@code record/form}, laid out from the columns and fields.
     */
    public RecordKind<E, F> pages(String tab, String listTitleKey, String messageBase) {
        this.tab = tab;
        this.listTitleKey = listTitleKey;
        this.labelPrefix = messageBase + ".field";
        this.newKey = messageBase + ".new";
        this.editKey = messageBase + ".edit";
        return this;
    }

    /** The kind's own templates where its pages read differently (null keeps the shared one). */
    public RecordKind<E, F> views(String listView, String formView, String showView) {
        this.listView = listView != null ? listView : this.listView;
        this.formView = formView != null ? formView : this.formView;
        this.showView = showView != null ? showView : this.showView;
        return this;
    }

    /** The show page's template also gets {@code name}: a value drawn from the record. */
    public RecordKind<E, F> showModel(String name, Function<E, ?> value) {
        showModel.put(name, value);
        return this;
    }

    /** The module's tabs fragment, as a template name with a {@code tabs(active)} fragment (for the shared list page). */
    public RecordKind<E, F> tabs(String template) {
        this.tabs = template;
        return this;
    }

    /**
     * The labels of the fields come from {@code prefix.*} rather than from the message base (a module
     * whose kinds share their field labels).
     */
    public RecordKind<E, F> labels(String prefix) {
        this.labelPrefix = prefix;
        return this;
    }

    /**
     * The kind's own messages: the flash message after a save (by default {@code record.saved}), the
     * help under its form, and the list's heading, which names the region listed (null for none).
     */
    public RecordKind<E, F> messages(String savedKey, String helpKey, String headingKey) {
        this.savedKey = savedKey;
        this.helpKey = helpKey;
        this.headingKey = headingKey;
        return this;
    }

    /** A note under the list's filters (what it lists and how). */
    public RecordKind<E, F> note(String messageKey) {
        this.noteKey = messageKey;
        return this;
    }

    /** A column of the shared list page: the first links to the record. */
    public RecordKind<E, F> column(String field, Function<E, Object> value) {
        return column(field, value, false, false);
    }

    /** A column of numbers, right-aligned, digits grouped. */
    public RecordKind<E, F> numberColumn(String field, Function<E, Object> value) {
        return column(field, value, true, false);
    }

    /** A column of amounts, right-aligned, digits grouped, two decimals. */
    public RecordKind<E, F> moneyColumn(String field, Function<E, Object> value) {
        return column(field, value, true, true);
    }

    private RecordKind<E, F> column(String field, Function<E, Object> value, boolean numeric, boolean money) {
        columns.add(new Column<>(field, labelPrefix + "." + field, (record, place) -> value.apply(record), numeric, money));
        return this;
    }

    /** The column of the record's community (sorted by region path), linking to its page in the module. */
    public RecordKind<E, F> communityColumn() {
        columns.add(new Column<>("regionPath", "record.field.community", (record, place) -> place, false, false));
        return this;
    }

    /**
     * The column of the record's place (sorted by region path), labelled {@code labels.label}: what
     * {@code value} makes of the record and its place's names (town, community, village run together).
     */
    public RecordKind<E, F> placeColumn(String label, BiFunction<E, String, Object> value) {
        columns.add(new Column<>("regionPath", labelPrefix + "." + label, value, false, false));
        return this;
    }

    /** A field of the shared form page (see {@link Field} for the kinds). */
    public RecordKind<E, F> field(String name, String type) {
        formFields.add(new Field(name, type, null, null, false));
        return this;
    }

    /** A choice of an enum's constants on the shared form page (labels {@code enum.<Type>.<NAME>}). */
    public <T extends Enum<T>> RecordKind<E, F> enumField(String name, Class<T> type) {
        String options = name + "Options";
        formOptions.put(options, type.getEnumConstants());
        formFields.add(new Field(name, "enum", options, "enum." + type.getSimpleName(), false));
        return this;
    }

    /**
     * A choice of records on the shared form page ({@code ref}, or {@code multi} for several), among
     * what {@code choices} gives when the form is shown (records with an id and a name; for
     * {@code multi} also groups of them by name).
     */
    public RecordKind<E, F> choiceField(String name, String type, Supplier<?> choices) {
        return choiceField(name, type, choices, false);
    }

    /** A choice of records made only on a new record: an edit shows what {@link #fixedOnEdit} gives, if anything. */
    public RecordKind<E, F> choiceOnNew(String name, String type, Supplier<?> choices) {
        requiredWhenNew.add(name);
        return choiceField(name, type, choices, true);
    }

    private RecordKind<E, F> choiceField(String name, String type, Supplier<?> choices, boolean newOnly) {
        String options = name + "Options";
        formChoices.put(options, choices);
        formFields.add(new Field(name, type, options, null, newOnly));
        return this;
    }

    /** The community chosen only on a new record (required there); an edit shows what {@link #fixedOnEdit} gives. */
    public RecordKind<E, F> communityOnNew(String name) {
        requiredWhenNew.add(name);
        formFields.add(new Field(name, "community", null, null, true));
        return this;
    }

    /**
     * What the edit form shows (with the saved value kept) of a field chosen only on a new record, under
     * the label {@code labels.label}.
     */
    public RecordKind<E, F> fixedOnEdit(String name, String label, Function<E, String> shown) {
        fixed.put(name, new Fixed<>(labelPrefix + "." + label, shown));
        return this;
    }

    /** What an edit form shows of a field fixed once the record exists: its label and its value. */
    record Fixed<E>(String labelKey, Function<E, String> shown) {
    }

    /** The label and the value an edit form shows of a fixed field. */
    public record Shown(String labelKey, String text) {
    }

    /** The list's year filter is a year column. */
    public RecordKind<E, F> yearIn(String column) {
        this.yearColumn = column;
        return this;
    }

    /** The list's year filter is the year of a date column. */
    public RecordKind<E, F> datedBy(String column) {
        this.dateColumn = column;
        return this;
    }

    /** The list's search matches this text field and the community's name. */
    public RecordKind<E, F> search(String textField) {
        this.searchField = textField;
        return this;
    }

    /** The list's search matches this text field (and the community's name), under its own label. */
    public RecordKind<E, F> search(String textField, String labelKey) {
        this.searchKey = labelKey;
        return search(textField);
    }

    /** The list's search matches the community's name only. */
    public RecordKind<E, F> searchCommunities() {
        this.searchField = "";
        return this;
    }

    /** The list filters by an enum attribute named as its request parameter; its choices are shown under {@code optionsName}. */
    public <T extends Enum<T>> RecordKind<E, F> filter(String attribute, Class<T> type, String optionsName) {
        filters.add(new EnumFilter(attribute, type, attribute, optionsName));
        formOptions.put(optionsName, type.getEnumConstants());
        return this;
    }

    /**
     * The list filters by an enum attribute under another request parameter name (the value is shown
     * under the parameter's name, its choices under {@code optionsName}).
     */
    public <T extends Enum<T>> RecordKind<E, F> filter(String param, String attribute, Class<T> type, String optionsName) {
        filters.add(new EnumFilter(param, type, attribute, optionsName));
        formOptions.put(optionsName, type.getEnumConstants());
        return this;
    }

    /** The list's region filter: the records it lists of a region (by default those whose path lies under its path). */
    public RecordKind<E, F> inRegion(Function<RegionRef, Specification<E>> records) {
        this.inRegion = records;
        return this;
    }

    /** The list filters by a number attribute: records whose attribute is at most what {@code param} gives (shown under it). */
    public RecordKind<E, F> atMost(String param, String attribute) {
        atMost.put(param, attribute);
        return this;
    }

    /** The list filters by a yes/no attribute named as its request parameter; the value is shown under that name. */
    public RecordKind<E, F> flag(String attribute) {
        flags.add(attribute);
        return this;
    }

    /** The default sort (as {@code field,direction}) and the fields the list may be sorted by. */
    public RecordKind<E, F> sortable(String defaultSort, String... fields) {
        this.defaultSort = defaultSort;
        this.sortable = Set.of(fields);
        String[] parts = defaultSort.split(",");
        Sort.Direction direction = parts.length > 1 ? Sort.Direction.fromString(parts[1]) : Sort.Direction.ASC;
        this.fallbackSort = Sort.by(direction, parts[0], "id");
        return this;
    }

    /**
     * The order when the sort asked for is unknown, and among records equal on the sort key (by default
     * the default sort's field, then id).
     */
    public RecordKind<E, F> tieBreak(String... properties) {
        this.tieBreak = Sort.by(properties);
        return this;
    }

    /** No two records of a community have these values; the message goes on {@code field}. */
    public RecordKind<E, F> unique(String field, String messageKey, Function<F, Map<String, Object>> values) {
        return unique(field, messageKey, values, form -> new Object[0]);
    }

    public RecordKind<E, F> unique(String field, String messageKey, Function<F, Map<String, Object>> values,
            Function<F, Object[]> args) {
        uniques.add(new Unique<>(field, messageKey, values, args));
        return this;
    }

    /** The show page: its heading and its fields (the community is shown by itself). */
    public RecordKind<E, F> shows(Function<E, String> heading, BiConsumer<E, RecordView.Builder> fields) {
        return shows((record, community) -> heading.apply(record), (record, community, view) -> fields.accept(record, view));
    }

    /** The show page: its heading and its fields, both of which may read the record's community (null when it is gone). */
    public RecordKind<E, F> shows(BiFunction<E, CommunityRef, String> heading, Fields<E> fields) {
        this.heading = heading;
        this.fields = fields;
        return this;
    }

    /** The show page's breadcrumb and title name the record so, rather than by its heading. */
    public RecordKind<E, F> crumb(Function<E, String> crumb) {
        this.crumb = crumb;
        return this;
    }

    /** The show page's link back to the list names the record's year. */
    public RecordKind<E, F> listsYear() {
        this.listsYear = true;
        return this;
    }

    /** The new form's year is the one its link names ({@code ?year=}), else this year; {@code setYear} puts it in the form. */
    public RecordKind<E, F> newInYear(BiConsumer<F, Integer> setYear) {
        this.newYear = setYear;
        return this;
    }

    /** The new form's date is today; {@code setDate} puts it in the form. */
    public RecordKind<E, F> newOn(BiConsumer<F, LocalDate> setDate) {
        this.newDate = setDate;
        return this;
    }

    /** Fills a new form before it is shown from what its link names (after the year or date). */
    public RecordKind<E, F> prefill(BiConsumer<F, WebRequest> prefill) {
        this.prefill = prefill;
        return this;
    }

    /** The form offers only the communities that pass (the rule itself belongs to the entity, which refuses the others). */
    public RecordKind<E, F> placeableIn(Predicate<CommunityRef> communities) {
        this.placeable = communities;
        return this;
    }

    /** The list template also gets {@code name}: a value drawn from the communities the list covers. */
    public RecordKind<E, F> listModel(String name, Function<List<CommunityRef>, ?> value) {
        listModel.put(name, value);
        return this;
    }

    /** A choice list the form shows (the enum filters' choices are there already). */
    public RecordKind<E, F> formOption(String name, Object value) {
        formOptions.put(name, value);
        return this;
    }

    /**
     * The list template also gets {@code name}: a value drawn from all the records the list finds (not
     * only the page shown) and its request.
     */
    public RecordKind<E, F> summary(String name, BiFunction<List<E>, WebRequest, ?> value) {
        summaries.put(name, value);
        return this;
    }

    /**
     * The list shows the total of the records it finds under its filters, {@code messageKey} with the
     * total (an amount to two decimals, a count whole), as {@code <tab>-total}.
     */
    public RecordKind<E, F> total(String messageKey, Function<List<E>, Number> total) {
        this.totalKey = messageKey;
        return summary("total", (records, request) -> {
            Number sum = total.apply(records);
            return sum instanceof BigDecimal ? FIGURES.money(sum) : FIGURES.whole(sum);
        });
    }

    /** Records may be deleted; after a delete the user goes to the page this gives. */
    public RecordKind<E, F> deletable(Function<E, String> afterDelete) {
        this.afterDelete = afterDelete;
        return this;
    }

    Sort fallbackSort() {
        return tieBreak != null ? tieBreak : fallbackSort;
    }

    String what() {
        return entity.getSimpleName();
    }

    /** What the shared list, form and show pages show of the kind. */
    public record Layout(String path, String tab, String tabs, String listTitleKey, String headingKey, String newKey,
            String editKey, String labelPrefix, String helpKey, String noteKey, String totalKey, boolean years,
            boolean search, String searchKey, List<EnumFilter> filters, List<ColumnHead> columns, List<Field> fields,
            String communityPath) {
    }

    Layout layout(String path) {
        return new Layout(path, tab, tabs, listTitleKey, headingKey, newKey, editKey, labelPrefix, helpKey, noteKey, totalKey,
                yearColumn != null || dateColumn != null, searchField != null, searchKey, List.copyOf(filters),
                columns.stream().map(c -> new ColumnHead(c.field(), c.labelKey(), c.numeric(), sortable.contains(c.field())))
                        .toList(),
                List.copyOf(formFields), communityPath);
    }

    RecordKind<E, F> check() {
        Objects.requireNonNull(modulePath, "module");
        Objects.requireNonNull(labelPrefix, "pages");
        Objects.requireNonNull(heading, "shows");
        Objects.requireNonNull(saving, "savedBy");
        return this;
    }
}
