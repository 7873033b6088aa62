package cn.shequ.platform.featured;

import java.util.List;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.TextSearch;
import jakarta.persistence.criteria.JoinType;
import org.springframework.data.jpa.domain.Specification;

/**
 * The application lists' filters, exactly as the figures count: a figure's link sets the filters
 * that list the applications it counts. {@code drafts=false} leaves drafts out (the "applications
 * filed" figure); {@code q} matches the community's name or the project's title.
 */
record ApplicationSearch(Integer year, Long batch, RegionRef region, FeaturedState state, Long aspect, Boolean drafts,
        String q) {

    Specification<FeaturedApplication> specification(List<CommunityRef> communitiesInRegion) {
        Specification<FeaturedApplication> spec = (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("batch", JoinType.INNER);
                root.fetch("aspect", JoinType.INNER);
            }
            return cb.like(root.get("regionPath"), region.path() + "%");
        };
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("batch").get("year"), year));
        }
        if (batch != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("batch").get("id"), batch));
        }
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        if (aspect != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("aspect").get("id"), aspect));
        }
        if (Boolean.FALSE.equals(drafts)) {
            spec = spec.and((root, query, cb) -> cb.notEqual(root.get("state"), FeaturedState.DRAFT));
        }
        if (q != null && !q.isBlank()) {
            String text = q.trim();
            List<Long> ids = communitiesInRegion.stream().filter(c -> c.name().contains(text) || c.fullName().contains(text))
                    .map(CommunityRef::id).toList();
            String like = TextSearch.pattern(text);
            spec = spec.and((root, query, cb) -> ids.isEmpty() ? cb.like(root.get("title"), like, '\\')
                    : cb.or(cb.like(root.get("title"), like, '\\'), root.get("communityId").in(ids)));
        }
        return spec;
    }
}
