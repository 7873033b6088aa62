package cn.shequ.platform.record;

import java.util.List;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the lists of placed records: the region subtree, a year, a value, and a search over the
 * community's name and a text field.
 */
public final class RecordSearch {

    private RecordSearch() {
    }

    public static <T> Specification<T> inRegion(RegionRef region) {
        return (root, query, cb) -> cb.like(root.get("regionPath"), region.path() + "%");
    }

    /**
     * Records whose community's name (with its town) contains {@code q}, or whose {@code textField}
     * does; everything when {@code q} is blank.
     */
    public static <T> Specification<T> matching(String q, List<CommunityRef> communitiesInRegion, String textField) {
        if (q == null || q.isBlank()) {
            return Specification.unrestricted();
        }
        String term = q.trim();
        List<Long> ids = communitiesInRegion.stream().filter(c -> c.fullName().contains(term)).map(CommunityRef::id).toList();
        String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> {
            var byText = textField == null ? cb.disjunction() : cb.like(root.get(textField), like, '\\');
            return ids.isEmpty() ? byText : cb.or(byText, root.get("communityId").in(ids));
        };
    }

    /** Records whose date field lies in the year, or all when {@code year} is null. */
    public static <T> Specification<T> dated(String dateField, Integer year) {
        return year == null ? Specification.unrestricted()
                : (root, query, cb) -> cb.between(root.get(dateField), java.time.LocalDate.of(year, 1, 1),
                        java.time.LocalDate.of(year, 12, 31));
    }

    public static <T> Specification<T> equal(String field, Object value) {
        return value == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get(field), value);
    }
}
