package cn.shequ.platform.smartcommunity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.progress.ProgressSql;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The smart-community figures of a plan year for a region subtree, as SQL aggregates (a fixed number
 * of statements, whatever the number of records). A record counts in the year of its plan
 * ({@code plan_year}); its status is the furthest its reports reached by 31 December; a display
 * platform counts when it was completed on or before 31 December. The caller passes a region the user
 * may see (see {@code RegionDirectory.resolve}). Promotion meetings are the document register's
 * ({@code DocumentFigures.meetingsHeld}).
 */
@Service
class SmartCommunityFigures extends AreaSums<SmartCommunityFigures.Summary> {

    /** One row per record of the year: its batch, counts, platform date, area and status at year end. */
    static final String RECORDS_AT_YEAR_END = """
            select p.id, p.batch, p.set_top_boxes, p.households_connected, p.platform_completed_on,
                   substring(p.region_path, 1, :areaLength) as area, coalesce(max(%s), 0) as stage
            from smart_community p
            left join smart_community_report r on r.smart_community_id = p.id and r.report_date <= :asOf
            where p.plan_year = :year and p.region_path like :path
            group by p.id, p.batch, p.set_top_boxes, p.households_connected, p.platform_completed_on, p.region_path
            """.formatted(ProgressSql.rankOf("r.status"));

    static final String FIGURES = """
            count(*) as records,
            count(*) filter (where batch = 1) as pilots,
            count(*) filter (where stage >= :building) as building,
            count(*) filter (where platform_completed_on <= :asOf) as platforms,
            coalesce(sum(households_connected), 0) as households,
            coalesce(sum(set_top_boxes), 0) as boxes
            """;

    private final RegionDirectory regions;

    SmartCommunityFigures(NamedParameterJdbcTemplate jdbc, RegionDirectory regions) {
        super(jdbc, RECORDS_AT_YEAR_END, FIGURES, SmartCommunityFigures::read,
                Map.of("building", ProgressSql.rank(ProjectStatus.UNDER_CONSTRUCTION)));
        this.regions = regions;
    }

    /**
     * The figures of a plan year under a region.
     *
     * @param records             construction records of the plan year
     * @param pilots              of which pilots (batch 1, 试点)
     * @param building            records under construction (or beyond) by the end of the year
     * @param platformsCompleted  standardized display platforms completed on or before 31 December
     * @param householdsConnected households connected to the cable network, summed over the records
     * @param setTopBoxes         set-top boxes installed, summed over the records
     */
    public record Summary(long records, long pilots, long building, long platformsCompleted, long householdsConnected,
            long setTopBoxes) {
    }

    /** The pilot communities (batch 1) of the year, as the yearbook names them (密州街道东山社区), in code order. */
    public List<String> pilotNames(int year, RegionRef region) {
        return communityNames("select community_id from smart_community where plan_year = :year and region_path like :path "
                + "and batch = 1 order by region_path", year, region);
    }

    /** The communities whose display platform was completed by 31 December of the year, in code order. */
    public List<String> platformCommunityNames(int year, RegionRef region) {
        return communityNames("select community_id from smart_community where plan_year = :year and region_path like :path "
                + "and platform_completed_on <= :asOf order by region_path", year, region);
    }

    /** The partners of the year's records, each once, in the code order of their first community. */
    public List<String> partners(int year, RegionRef region) {
        return jdbc.queryForList("select partner from smart_community where plan_year = :year and region_path like :path "
                + "and partner is not null group by partner order by min(region_path), partner",
                AreaSums.parameters(year, region), String.class);
    }

    /** The application systems the year's records deployed, each once, in the list's order. */
    public List<String> applicationSystems(int year, RegionRef region) {
        return jdbc.queryForList("""
                select s.name from smart_application_system s
                where exists (select 1 from smart_community_system j join smart_community p on p.id = j.smart_community_id
                              where j.system_id = s.id and p.plan_year = :year and p.region_path like :path)
                order by s.sort_order, s.id
                """, AreaSums.parameters(year, region), String.class);
    }

    private List<String> communityNames(String sql, int year, RegionRef region) {
        List<Long> ids = jdbc.queryForList(sql, AreaSums.parameters(year, region), Long.class);
        Map<Long, CommunityRef> communities = regions.communities(ids);
        return ids.stream().map(communities::get).filter(java.util.Objects::nonNull).map(CommunityRef::fullName).toList();
    }

    private static Summary read(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong("records"), rs.getLong("pilots"), rs.getLong("building"), rs.getLong("platforms"),
                rs.getLong("households"), rs.getLong("boxes"));
    }
}
