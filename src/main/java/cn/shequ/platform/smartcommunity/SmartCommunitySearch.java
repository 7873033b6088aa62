package cn.shequ.platform.smartcommunity;

import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's filters, exactly as the summary counts: a figure's link sets the filters that list the
 * records it counts. "Reached" means a report put the record at that status (or beyond) by the end of
 * the plan year; "platform" means the display platform was (or was not) completed by 31 December.
 */
record SmartCommunitySearch(Integer year, RegionRef region, Integer batch, ProjectStatus status, ProjectStatus reached,
        Boolean platform, Boolean connected, Long system, String q) {

    Specification<SmartCommunity> specification(List<CommunityRef> communitiesInRegion) {
        Specification<SmartCommunity> spec = (root, query, cb) -> cb.like(root.get("regionPath"), region.path() + "%");
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("planYear"), year));
        }
        if (batch != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("batch"), batch));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("progress").get("status"), status));
        }
        LocalDate asOf = year == null ? LocalDate.now() : LocalDate.of(year, 12, 31);
        if (platform != null) {
            spec = spec.and((root, query, cb) -> {
                var completed = cb.and(cb.isNotNull(root.get("platformCompletedOn")),
                        cb.lessThanOrEqualTo(root.get("platformCompletedOn"), asOf));
                return platform ? completed : cb.not(completed);
            });
        }
        if (connected != null) {
            spec = spec.and((root, query, cb) -> connected ? cb.greaterThan(root.get("householdsConnected"), 0)
                    : cb.equal(root.get("householdsConnected"), 0));
        }
        if (reached != null) {
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> reports = query.subquery(Long.class);
                Root<SmartCommunityReport> report = reports.from(SmartCommunityReport.class);
                reports.select(report.get("id")).where(cb.equal(report.get("smartCommunity"), root),
                        report.get("status").in(reached.andBeyond()),
                        cb.lessThanOrEqualTo(report.get("reportDate"), asOf));
                return cb.exists(reports);
            });
        }
        if (system != null) {
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> deployed = query.subquery(Long.class);
                Root<SmartCommunity> other = deployed.from(SmartCommunity.class);
                Join<SmartCommunity, SmartApplicationSystem> systems = other.join("systems");
                deployed.select(other.get("id")).where(cb.equal(other, root), cb.equal(systems.get("id"), system));
                return cb.exists(deployed);
            });
        }
        if (q != null && !q.isBlank()) {
            List<Long> ids = communitiesInRegion.stream().filter(c -> c.fullName().contains(q.trim()))
                    .map(CommunityRef::id).toList();
            spec = spec.and((root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("communityId").in(ids));
        }
        return spec;
    }
}
