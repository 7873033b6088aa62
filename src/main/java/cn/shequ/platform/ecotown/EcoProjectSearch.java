package cn.shequ.platform.ecotown;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The key-project list's filters, exactly as the summary counts: a figure's link sets the filters
 * that list the projects it counts. {@code built}: assessed by the prefecture as built or basically
 * built; {@code planned}: the project's community has a plan approved by 31 December of the year.
 */
record EcoProjectSearch(Integer year, RegionRef region, EcoProjectKind kind, Boolean assessed, Boolean built,
        Boolean planned, String q) {

    Specification<EcoProject> specification(List<CommunityRef> communitiesInRegion) {
        Specification<EcoProject> spec = RecordSearch.inRegion(region);
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("year"), year));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        if (assessed != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("prefectureAssessed"), assessed));
        }
        if (built != null) {
            List<EcoAssessmentResult> results = Arrays.stream(EcoAssessmentResult.values())
                    .filter(EcoAssessmentResult::basicallyBuilt).toList();
            Specification<EcoProject> isBuilt = (root, query, cb) -> cb.and(cb.isTrue(root.get("prefectureAssessed")),
                    root.get("assessmentResult").in(results));
            spec = spec.and(built ? isBuilt : Specification.not(isBuilt));
        }
        if (planned != null) {
            LocalDate asOf = LocalDate.of(year == null ? LocalDate.now().getYear() : year, 12, 31);
            Specification<EcoProject> hasPlan = (root, query, cb) -> {
                Subquery<Long> approved = query.subquery(Long.class);
                Root<EcoPlan> plan = approved.from(EcoPlan.class);
                approved.select(plan.get("id")).where(cb.equal(plan.get("communityId"), root.get("communityId")),
                        cb.equal(plan.get("status"), EcoPlanStatus.APPROVED),
                        cb.lessThanOrEqualTo(plan.get("approvedOn"), asOf));
                return cb.exists(approved);
            };
            spec = spec.and(planned ? hasPlan : Specification.not(hasPlan));
        }
        return spec.and(RecordSearch.matching(q, communitiesInRegion, "name"));
    }
}
