package cn.shequ.platform.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import lombok.Getter;

/**
 * What the shared pages of a register show ({@code document/list}, {@code document/entry},
 * {@code document/form}): its path and tab, its messages ({@code <base>.title}, {@code .new},
 * {@code .edit}, the field labels {@code <base>.field.*}), the filters and columns of its list, the
 * fields of its form, and an entry's name, heading and fields on its page.
 *
 * @param <E> the entry
 */
@Getter
final class Register<E extends RegisterEntry> {

    /** A value as a page shows it: a text (null for none), or message keys, shown as badges or not. */
    record Shown(String text, List<String> keys, boolean badges) {

        static Shown text(Object value) {
            return new Shown(value == null || value.toString().isBlank() ? null : value.toString(), List.of(), false);
        }

        static Shown label(Enum<?> value) {
            return new Shown(null, List.of(key(value)), false);
        }

        static Shown badges(Collection<? extends Enum<?>> values) {
            return new Shown(null, values.stream().map(Shown::key).toList(), true);
        }

        private static String key(Enum<?> value) {
            return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        }
    }

    /** A filter of the list by an enum: its request parameter, its label's field and its choices. */
    record Filter(String param, String field, Enum<?>[] options, String prefix) {
    }

    /** A column of the list: its field (label, sort key when sortable), its cell's class, whether it links to the entry. */
    record Column<E>(String field, boolean sortable, String css, boolean link, Function<E, Shown> value) {
    }

    /** A cell of the list: its value, its link (or null) and class. */
    record Cell(Shown value, String href, String css) {
    }

    /**
     * A field of the form: its name, its kind ({@code text}, {@code date}, {@code number}, {@code textarea},
     * {@code enum}, {@code enums} for checkboxes), its column class, an enum's choices and a help text key.
     */
    record Field(String name, String type, String width, Enum<?>[] options, String prefix, String helpKey) {
    }

    /** A field on an entry's page: its label key and value. */
    record Row(String labelKey, Shown value) {
    }

    /** An entry as its page shows it. */
    record Entry(long id, String name, String heading, List<Row> rows) {
    }

    private final String path;
    private final String tab;
    private final String titleKey;
    private final String newKey;
    private final String editKey;
    private final String labelPrefix;
    private String searchKey;
    private final List<Filter> filters = new ArrayList<>();
    private final List<Column<E>> columns = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private Function<E, String> name;
    private Function<E, String> heading;
    private final Map<String, Function<E, Shown>> details = new LinkedHashMap<>();

    private Register(String path, String tab, String base) {
        this.path = path;
        this.tab = tab;
        this.titleKey = base + ".title";
        this.newKey = base + ".new";
        this.editKey = base + ".edit";
        this.labelPrefix = base + ".field";
    }

    /** A register at a path, its tab, and the base of its messages. */
    static <E extends RegisterEntry> Register<E> of(String path, String tab, String base) {
        return new Register<>(path, tab, base);
    }

    /** The list's search box (over what the register's query matches), with its label. */
    Register<E> search(String labelKey) {
        this.searchKey = labelKey;
        return this;
    }

    Register<E> filter(String param, String field, Enum<?>[] options) {
        filters.add(new Filter(param, field, options, prefix(options)));
        return this;
    }

    Register<E> column(String field, boolean sortable, String css, Function<E, Shown> value) {
        columns.add(new Column<>(field, sortable, css, false, value));
        return this;
    }

    /** The column that links to the entry. */
    Register<E> linkColumn(String field, boolean sortable, String css, Function<E, Shown> value) {
        columns.add(new Column<>(field, sortable, css, true, value));
        return this;
    }

    Register<E> field(String name, String type, String width) {
        fields.add(new Field(name, type, width, null, null, null));
        return this;
    }

    Register<E> helpedField(String name, String type, String width, String helpKey) {
        fields.add(new Field(name, type, width, null, null, helpKey));
        return this;
    }

    /** A choice of an enum's constants: a select ({@code enum}) or checkboxes ({@code enums}). */
    Register<E> enumField(String name, String type, String width, Enum<?>[] options) {
        fields.add(new Field(name, type, width, options, prefix(options), null));
        return this;
    }

    /** An entry's page: its name (title and breadcrumb), its heading. */
    Register<E> shows(Function<E, String> name, Function<E, String> heading) {
        this.name = name;
        this.heading = heading;
        return this;
    }

    /** A field on an entry's page ("—" when it has no value). */
    Register<E> row(String field, Function<E, Shown> value) {
        details.put(field, value);
        return this;
    }

    List<Cell> cells(E entry) {
        return columns.stream().map(column -> new Cell(column.value().apply(entry),
                column.link() ? path + "/" + entry.getId() : null, column.css())).toList();
    }

    Entry entry(E entry) {
        return new Entry(entry.getId(), name.apply(entry), heading.apply(entry), details.entrySet().stream()
                .map(detail -> new Row(labelPrefix + "." + detail.getKey(), detail.getValue().apply(entry))).toList());
    }

    private static String prefix(Enum<?>[] options) {
        return "enum." + options.getClass().getComponentType().getSimpleName();
    }
}
