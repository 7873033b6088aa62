package cn.shequ.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page of a list a {@code ?page=} parameter asks for. A negative page is the first; a page so far
 * out that its first row would not fit the database's row offset is the last one that does, and is
 * empty like any page past the end: never an error.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size) {
        return of(page, size, Sort.unsorted());
    }

    public static PageRequest of(int page, int size, Sort sort) {
        int last = Integer.MAX_VALUE / size - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), last), size, sort);
    }
}
