package cn.shequ.platform.servicecenter;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.progress.ProgressSql;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The service-center figures of a plan year for a region subtree, as SQL aggregates (one statement
 * each, whatever the number of projects). A project's status is taken at the end of the year: the
 * furthest status its reports reached by 31 December. The caller passes a region the user may see
 * (see {@code RegionDirectory.resolve}).
 */
@Service
class ServiceCenterFigures extends AreaSums<ServiceCenterFigures.Summary> {

    /** One row per project: its kind, showcase flag, planned investment, and status and investment at year end. */
    static final String PROJECTS_AT_YEAR_END = """
            select p.id, p.kind, p.showcase, p.planned_investment, substring(p.region_path, 1, :areaLength) as area,
                   coalesce(max(%s), 0) as stage, max(r.investment_to_date) as invested
            from service_center_project p
            left join service_center_report r on r.project_id = p.id and r.report_date <= :asOf
            where p.plan_year = :year and p.region_path like :path
            group by p.id, p.kind, p.showcase, p.planned_investment, p.region_path
            """.formatted(ProgressSql.rankOf("r.status"));

    static final String FIGURES = """
            count(*) as planned,
            count(*) filter (where kind = 'NEW_BUILD') as new_build,
            count(*) filter (where kind = 'RENOVATION') as renovation,
            count(*) filter (where stage >= :started) as started,
            count(*) filter (where stage >= :completed) as completed,
            count(*) filter (where stage >= :inUse) as in_use,
            count(*) filter (where kind = 'NEW_BUILD' and stage >= :inUse) as new_build_in_use,
            count(*) filter (where kind = 'RENOVATION' and stage >= :completed) as renovation_completed,
            count(*) filter (where showcase) as showcase,
            coalesce(sum(planned_investment), 0) as planned_investment,
            coalesce(sum(invested), 0) as invested
            """;


    ServiceCenterFigures(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, PROJECTS_AT_YEAR_END, FIGURES, ServiceCenterFigures::read, Map.of(
                "started", ProgressSql.rank(ProjectStatus.UNDER_CONSTRUCTION),
                "completed", ProgressSql.rank(ProjectStatus.COMPLETED),
                "inUse", ProgressSql.rank(ProjectStatus.IN_USE)));
    }

    /**
     * The figures of a plan year under a region.
     *
     * @param planned             projects in the year's plan
     * @param newBuild            of which new builds
     * @param renovation          of which renovations
     * @param started             projects under construction (or further) by the end of the year
     * @param completed           projects completed (or in use) by the end of the year
     * @param inUse               projects in use by the end of the year
     * @param newBuildInUse       new-build centers in use by the end of the year
     * @param renovationCompleted renovations completed (or in use) by the end of the year
     * @param showcase            projects chosen as showcase communities (精品示范社区)
     * @param plannedInvestment   planned investment, 万元
     * @param invested            investment reported by the end of the year, 万元
     */
    public record Summary(long planned, long newBuild, long renovation, long started, long completed, long inUse, long newBuildInUse,
            long renovationCompleted, long showcase, BigDecimal plannedInvestment, BigDecimal invested) {
    }

    /** The latest plan year with any project, if there is one. */
    public Optional<Integer> latestPlanYear() {
        return Optional.ofNullable(jdbc.getJdbcTemplate().queryForObject(
                "select max(plan_year) from service_center_project", Integer.class));
    }

    private static Summary read(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong("planned"), rs.getLong("new_build"), rs.getLong("renovation"),
                rs.getLong("started"), rs.getLong("completed"), rs.getLong("in_use"), rs.getLong("new_build_in_use"),
                rs.getLong("renovation_completed"), rs.getLong("showcase"), rs.getBigDecimal("planned_investment"),
                rs.getBigDecimal("invested"));
    }
}
