package cn.shequ.platform.web;

import java.util.Set;

import org.springframework.data.domain.Sort;

/** Reads a {@code sort=property,asc|desc} request parameter against the properties a list allows. */
public final class Sorting {

    private Sorting() {
    }

    public static Sort parse(String sort, Set<String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.split(",");
        if (!allowed.contains(parts[0])) {
            return fallback;
        }
        Sort.Direction direction = parts.length > 1 && "desc".equalsIgnoreCase(parts[1])
                ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, parts[0]).and(fallback);
    }
}
