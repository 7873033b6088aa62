package cn.shequ.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current list with one query parameter changed (page, sort), keeping the filters.
 * Used by the paging and sorting fragments as {@code @pageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

    public String with(String name, Object value) {
        UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value);
        if (!"page".equals(name)) {
            builder.replaceQueryParam("page");
        }
        return relative(builder);
    }

    /** A sort link: ascending first, descending when the list is already sorted ascending by it. */
    public String sort(String property, String currentSort) {
        String next = (property + ",asc").equals(currentSort) ? property + ",desc" : property + ",asc";
        return with("sort", next);
    }

    /** The page numbers (from 0) shown around the current page. */
    public java.util.List<Integer> window(org.springframework.data.domain.Page<?> page) {
        int from = Math.max(0, page.getNumber() - 4);
        int to = Math.min(page.getTotalPages() - 1, page.getNumber() + 4);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    public String path() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath();
    }

    private static String relative(UriComponentsBuilder builder) {
        var components = builder.build();
        String query = components.getQuery();
        return components.getPath() + (query == null ? "" : "?" + query);
    }
}
