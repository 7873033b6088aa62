package cn.shequ.platform.servicecenter;

import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's filters, exactly as the summary counts: a figure's link sets the filters that list the
 * projects it counts. "Reached" means a report put the project at that status (or beyond) by the end
 * of the plan year.
 */
record ServiceCenterSearch(Integer year, RegionRef region, ServiceCenterKind kind, ProjectStatus status,
        ProjectStatus reached, ProjectStatus stage, Boolean showcase, String q) {

    Specification<ServiceCenterProject> specification(List<CommunityRef> communitiesInRegion) {
        Specification<ServiceCenterProject> spec = (root, query, cb) -> cb.like(root.get("regionPath"), region.path() + "%");
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("planYear"), year));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("progress").get("status"), status));
        }
        if (showcase != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("showcase"), showcase));
        }
        LocalDate asOf = year == null ? LocalDate.now() : LocalDate.of(year, 12, 31);
        if (reached != null) {
            spec = spec.and(reachedBy(reached, asOf));
        }
        if (stage != null) {
            if (stage != ProjectStatus.PLANNED) {
                spec = spec.and(reachedBy(stage, asOf));
            }
            if (stage != ProjectStatus.IN_USE) {
                spec = spec.and(Specification.not(reachedBy(ProjectStatus.values()[stage.ordinal() + 1], asOf)));
            }
        }
        if (q != null && !q.isBlank()) {
            List<Long> ids = communitiesInRegion.stream().filter(c -> c.name().contains(q.trim()))
                    .map(CommunityRef::id).toList();
            spec = spec.and((root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("communityId").in(ids));
        }
        return spec;
    }

    /** Projects whose reports put them at {@code status} or beyond by {@code asOf}. */
    private static Specification<ServiceCenterProject> reachedBy(ProjectStatus status, LocalDate asOf) {
        return (root, query, cb) -> {
            Subquery<Long> reports = query.subquery(Long.class);
            Root<ServiceCenterReport> report = reports.from(ServiceCenterReport.class);
            reports.select(report.get("id")).where(cb.equal(report.get("project"), root),
                    report.get("status").in(status.andBeyond()),
                    cb.lessThanOrEqualTo(report.get("reportDate"), asOf));
            return cb.exists(reports);
        };
    }
}
