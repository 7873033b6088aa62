package cn.shequ.platform.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import cn.shequ.platform.region.CommunityRef;
import org.springframework.data.domain.Sort;

/**
 * What a simple record kind is, for {@link RecordPages} to serve it: its entity and form, the year a
 * record falls in, its pages (the list, the form, the show page's fields), the filters and sort keys of
 * its list, and the rule that keeps it unique. Built once per kind, in its {@code RecordPages}:
 *
 * <pre>
 * RecordKind.of(EcoPark.class, EcoParkForm::new, EcoParkForm::of, p -> p.getEstablishedOn().getYear())
 *         .module("/eco-towns", "ecotown.title", "/eco-towns/communities/")
 *         .pages("parks", "ecotown/parks", "ecotown/park-form", "ecotown.parks.title", "ecotown.park.field")
 *         .datedBy("establishedOn").search("name").filter("kind", EcoParkKind.class, "kinds")
 *         .sortable("regionPath,asc", "regionPath", "name", "kind", "area", "establishedOn")
 *         .unique("name", "ecotown.error.park.duplicate", f -> Map.of("name", f.getName().trim()))
 *         .shows(EcoPark::getName, (p, view) -> view.text("name", p.getName()))
 *         .deletable(p -> "/eco-towns/communities/" + p.getCommunityId());
 * </pre>
 *
 * @param <E> the entity
 * @param <F> its form
 */
public final class RecordKind<E extends PlacedRecord, F extends PlacedForm<E>> {

    /** A filter of the list by an enum attribute: its request parameter, type, and the model attribute of its choices. */
    public record EnumFilter(String param, Class<? extends Enum<?>> type, String attribute, String optionsName) {
    }

    /** A column of the shared list page: its field (label and sort key) and its value in a record. */
    public record Column<E>(String field, String labelKey, Function<E, Object> value, boolean numeric) {
    }

    /**
     * A field of the shared form page: its name, its kind ({@code text}, {@code number}, {@code date},
     * {@code textarea}, {@code checkbox}, {@code community}, {@code enum}) and for an enum its choices.
     */
    public record Field(String name, String type, String optionsName, String enumPrefix) {
    }

    /** The fields of the show page of a record, which may read the record's community (null when it is gone). */
    @FunctionalInterface
    public interface Fields<E> {
        void show(E record, CommunityRef community, RecordView.Builder view);
    }

    /** A rule that no two records of a community share some values. */
    public record Unique<F>(String field, String messageKey, Function<F, Map<String, Object>> values,
            Function<F, Object[]> args) {
    }

    final Class<E> entity;
    final Supplier<F> blankForm;
    final Function<E, F> formOf;
    final ToIntFunction<E> year;
    String tab;
    String modulePath;
    String moduleKey;
    String communityPath;
    String listView = "record/list";
    String formView = "record/form";
    String tabs;
    String newKey;
    String editKey;
    final List<Column<E>> columns = new ArrayList<>();
    final List<Field> formFields = new ArrayList<>();
    String showView = "record/record";
    String listTitleKey;
    String labelPrefix;
    String yearColumn;
    String dateColumn;
    String searchField;
    final List<EnumFilter> filters = new ArrayList<>();
    Set<String> sortable = Set.of("regionPath");
    String defaultSort = "regionPath,asc";
    Sort fallbackSort = Sort.by("regionPath", "id");
    final List<Unique<F>> uniques = new ArrayList<>();
    BiFunction<E, CommunityRef, String> heading;
    Fields<E> fields = (record, community, view) -> { };
    Function<E, String> afterDelete;
    final Map<String, Object> formOptions = new LinkedHashMap<>();
    final List<String> flags = new ArrayList<>();
    final Map<String, Function<List<CommunityRef>, ?>> listModel = new LinkedHashMap<>();
    Sort tieBreak;
    boolean listsYear;
    BiConsumer<F, Integer> newYear;
    Predicate<CommunityRef> placeable = community -> true;

    private RecordKind(Class<E> entity, Supplier<F> blankForm, Function<E, F> formOf, ToIntFunction<E> year) {
        this.entity = entity;
        this.blankForm = blankForm;
        this.formOf = formOf;
        this.year = year;
    }

    /**
     * A kind: its entity, a blank form, the form of a saved record (with its version) and the year a
     * saved record falls in.
     */
    public static <E extends PlacedRecord, F extends PlacedForm<E>> RecordKind<E, F> of(Class<E> entity,
            Supplier<F> blankForm, Function<E, F> formOf, ToIntFunction<E> year) {
        return new RecordKind<>(entity, blankForm, formOf, year);
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

    /** The module's tabs fragment, as a template name with a {@code tabs(active)} fragment (for the shared list page). */
    public RecordKind<E, F> tabs(String template) {
        this.tabs = template;
        return this;
    }

    /** A column of the shared list page: the first links to the record. */
    public RecordKind<E, F> column(String field, Function<E, Object> value) {
        columns.add(new Column<>(field, labelPrefix + "." + field, value, false));
        return this;
    }

    /** A column of numbers, right-aligned, digits grouped. */
    public RecordKind<E, F> numberColumn(String field, Function<E, Object> value) {
        columns.add(new Column<>(field, labelPrefix + "." + field, value, true));
        return this;
    }

    /** The column of the record's community (sorted by region path), linking to its page in the module. */
    public RecordKind<E, F> communityColumn() {
        columns.add(new Column<>("regionPath", "record.field.community", PlacedRecord::getCommunityId, false));
        return this;
    }

    /** A field of the shared form page (see {@link Field} for the kinds). */
    public RecordKind<E, F> field(String name, String type) {
        formFields.add(new Field(name, type, null, null));
        return this;
    }

    /** A choice of an enum's constants on the shared form page (labels {@code enum.<Type>.<NAME>}). */
    public <T extends Enum<T>> RecordKind<E, F> enumField(String name, Class<T> type) {
        String options = name + "Options";
        formOptions.put(options, type.getEnumConstants());
        formFields.add(new Field(name, "enum", options, "enum." + type.getSimpleName()));
        return this;
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

    /** What the shared list and form pages show of the kind. */
    public record Layout(String path, String tab, String tabs, String listTitleKey, String newKey, String editKey,
            String labelPrefix, boolean years, boolean search, List<EnumFilter> filters, List<Column<?>> columns,
            List<Field> fields, String communityPath) {
    }

    Layout layout(String path) {
        return new Layout(path, tab, tabs, listTitleKey, newKey, editKey, labelPrefix,
                yearColumn != null || dateColumn != null, searchField != null, List.copyOf(filters),
                List.<Column<?>>copyOf(columns), List.copyOf(formFields), communityPath);
    }

    RecordKind<E, F> check() {
        Objects.requireNonNull(modulePath, "module");
        Objects.requireNonNull(labelPrefix, "pages");
        Objects.requireNonNull(heading, "shows");
        return this;
    }
}
