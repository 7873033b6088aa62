package cn.shequ.platform.web;

import java.util.Arrays;

import org.springframework.data.jpa.domain.Specification;

/** A list's search box as a query: text found anywhere in a field, the text's %, _ and \ taken as they are. */
public final class TextSearch {

    private TextSearch() {
    }

    /** The LIKE pattern of the text anywhere in a value, escaped with a backslash. */
    public static String pattern(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Records one of whose fields contains q, in any case; all records when q is blank. */
    public static <T> Specification<T> containing(String q, String... fields) {
        if (q == null || q.isBlank()) {
            return Specification.unrestricted();
        }
        String like = pattern(q.toLowerCase());
        return (root, query, cb) -> cb.or(Arrays.stream(fields)
                .map(field -> cb.like(cb.lower(root.get(field)), like, '\\')).toArray(jakarta.persistence.criteria.Predicate[]::new));
    }
}
