package cn.shequ.platform.communityservice;

import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.region.RegionRef;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The activity list's filters. {@code region} bounds the activity's own region, exactly as the summary
 * counts; {@code at} (a town) lists the activities that took place in the town, also those that took
 * place in other towns as well.
 *
 * @param atPlaces the region ids of the {@code at} town and its communities
 */
record WelfareActivitySearch(Integer year, RegionRef region, WelfareActivityKind kind, RegionRef at, List<Long> atPlaces,
        String q) {

    Specification<WelfareActivity> specification() {
        Specification<WelfareActivity> spec = (root, query, cb) -> cb.like(root.get("regionPath"), region.path() + "%");
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("heldOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.isMember(kind, root.get("kinds")));
        }
        if (at != null) {
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> held = query.subquery(Long.class);
                Root<WelfareActivity> other = held.from(WelfareActivity.class);
                held.select(other.get("id")).where(cb.equal(other, root), other.join("placeIds").in(atPlaces));
                return cb.exists(held);
            });
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("title"), like, '\\'),
                    cb.like(root.get("organiser"), like, '\\'), cb.like(root.get("partnerEnterprise"), like, '\\')));
        }
        return spec;
    }
}
