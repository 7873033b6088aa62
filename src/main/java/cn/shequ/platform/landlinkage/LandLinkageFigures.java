package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The land-linkage figures of a year for a region subtree, as SQL aggregates over the records (one
 * statement per figure set, whatever the number of records; the resettlement facts take two). The
 * caller passes a region the user may see (see {@code RegionDirectory.resolve}).
 *
 * <ul>
 * <li>library entries: sites entered into the library in or before the year (the library at year end);</li>
 * <li>plots: plots of the year's plan, and their planned area (亩);</li>
 * <li>accepted land saved: land saved (亩) by acceptances dated in the year; an acceptance's land saved is
 * shared among its plots in proportion to their planned area, so a town counts the share of its own
 * plots and the towns add up to the county;</li>
 * <li>subsidies: funds from 市财政 dated in the year (万元); funds: all sources;</li>
 * <li>households resettled: resettlements dated in the year, in all and by mode;</li>
 * <li>zones: the aggregation zones' progress entries dated on or before 31 December of the year, summed
 * (entries are increments, the opening balance holds what was done before): cumulative completed
 * floor area (m²), households moved in and land saved (亩).</li>
 * </ul>
 */
@Service
class LandLinkageFigures extends AreaSums<LandLinkageFigures.Summary> {

    /** Per acceptance: the planned area of all the plots it covers, to share its land saved. */
    static final String ACCEPTANCE_TOTALS = """
            (select ap2.acceptance_id, sum(p2.planned_area) as total
             from land_acceptance_plot ap2 join land_linkage_plot p2 on p2.id = ap2.plot_id
             group by ap2.acceptance_id)""";

    static final String SHARE = "case when t.total = 0 then 0 else a.land_saved * p.planned_area / t.total end";

    /** One row per counted record, with the area it lies in and what it adds to each figure. */
    static final String ROWS = """
            select substring(region_path, 1, :areaLength) as area, 1 as library, 0 as plots, 0 as plot_area,
                   0 as land_saved, 0 as subsidies, 0 as funds, 0 as households, 0 as linkage, 0 as homestead,
                   0 as commercial, 0 as zone_area, 0 as zone_households, 0 as zone_land
            from land_library_entry where entered_year <= :year and region_path like :path
            union all
            select substring(region_path, 1, :areaLength), 0, 1, planned_area, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            from land_linkage_plot where plan_year = :year and region_path like :path
            union all
            select substring(p.region_path, 1, :areaLength), 0, 0, 0, %s, 0, 0, 0, 0, 0, 0, 0, 0, 0
            from land_acceptance a
            join land_acceptance_plot ap on ap.acceptance_id = a.id
            join land_linkage_plot p on p.id = ap.plot_id
            join %s t on t.acceptance_id = a.id
            where a.accepted_on between :from and :to and p.region_path like :path
            union all
            select substring(region_path, 1, :areaLength), 0, 0, 0, 0,
                   case when source = 'CITY_FINANCE' then amount else 0 end, amount, 0, 0, 0, 0, 0, 0, 0
            from land_fund where received_on between :from and :to and region_path like :path
            union all
            select substring(region_path, 1, :areaLength), 0, 0, 0, 0, 0, 0, households,
                   case when mode = 'LINKAGE' then households else 0 end,
                   case when mode = 'HOMESTEAD' then households else 0 end,
                   case when mode = 'COMMERCIAL' then households else 0 end, 0, 0, 0
            from land_resettlement where resettled_on between :from and :to and region_path like :path
            union all
            select substring(z.region_path, 1, :areaLength), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   e.completed_area, e.households, e.land_saved
            from land_zone_progress e join land_aggregation_zone z on z.id = e.zone_id
            where e.entry_date <= :to and z.region_path like :path
            """.formatted(SHARE, ACCEPTANCE_TOTALS);

    static final String FIGURES = """
            coalesce(sum(library), 0) as library, coalesce(sum(plots), 0) as plots,
            coalesce(sum(plot_area), 0) as plot_area, coalesce(sum(land_saved), 0) as land_saved,
            coalesce(sum(subsidies), 0) as subsidies, coalesce(sum(funds), 0) as funds,
            coalesce(sum(households), 0) as households, coalesce(sum(linkage), 0) as linkage,
            coalesce(sum(homestead), 0) as homestead, coalesce(sum(commercial), 0) as commercial,
            coalesce(sum(zone_area), 0) as zone_area, coalesce(sum(zone_households), 0) as zone_households,
            coalesce(sum(zone_land), 0) as zone_land
            """;


    LandLinkageFigures(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, ROWS, FIGURES, LandLinkageFigures::read, Map.of());
    }

    /**
     * The figures of a year under a region.
     *
     * @param libraryEntries       library sites entered in or before the year
     * @param plotsPlanned         plots in the year's plan
     * @param plotsPlannedArea     their planned area, 亩
     * @param acceptedLandSaved    land saved by acceptances dated in the year (the region's plots' share), 亩
     * @param subsidies            funds from 市财政 dated in the year, 万元
     * @param funds                funds of all sources dated in the year, 万元
     * @param householdsResettled  households of resettlements dated in the year
     * @param linkageHouseholds    of which by 增减挂钩
     * @param homesteadHouseholds  of which by 宅基地置换
     * @param commercialHouseholds of which by 商业开发
     * @param zoneCompletedArea    aggregation zones' completed floor area at 31 December, m² (cumulative)
     * @param zoneHouseholdsMovedIn households moved into the zones by 31 December (cumulative)
     * @param zoneLandSaved        land saved by the zones by 31 December, 亩 (cumulative)
     */
    public record Summary(long libraryEntries, long plotsPlanned, BigDecimal plotsPlannedArea, BigDecimal acceptedLandSaved,
            BigDecimal subsidies, BigDecimal funds, long householdsResettled, long linkageHouseholds,
            long homesteadHouseholds, long commercialHouseholds, BigDecimal zoneCompletedArea,
            long zoneHouseholdsMovedIn, BigDecimal zoneLandSaved) {
    }

    /**
     * An acceptance dated in the year with plots in the region: the land saved is the region's plots'
     * share (all of it for a region holding every covered plot), {@code plots} the plots in the region.
     */
    public record AcceptanceFact(LocalDate date, String authority, String documentNumber, BigDecimal landSaved, int plots) {
    }

    /** Money received in the year. */
    public record FundFact(LocalDate date, LandFundSource source, BigDecimal amount, String purpose) {
    }

    /**
     * A resettlement of the year: the villages in code order, the zone's community named with its town
     * (枳沟镇北老屯社区), the pilot it was run as if it was one.
     */
    public record ResettlementFact(LocalDate date, ResettlementMode mode, List<String> villageNames, String zoneName,
            String zoneCommunityFullName, long households, String pilot) {
    }

    public List<AcceptanceFact> acceptances(int year, RegionRef region) {
        String sql = """
                select a.id, a.accepted_on, a.authority, a.document_number, sum(%s) as land_saved, count(*) as plots
                from land_acceptance a
                join land_acceptance_plot ap on ap.acceptance_id = a.id
                join land_linkage_plot p on p.id = ap.plot_id
                join %s t on t.acceptance_id = a.id
                where a.accepted_on between :from and :to and p.region_path like :path
                group by a.id, a.accepted_on, a.authority, a.document_number
                order by a.accepted_on, a.id
                """.formatted(SHARE, ACCEPTANCE_TOTALS);
        return jdbc.query(sql, AreaSums.parameters(year, region), (rs, n) -> new AcceptanceFact(
                rs.getDate("accepted_on").toLocalDate(), rs.getString("authority"), rs.getString("document_number"),
                area(rs.getBigDecimal("land_saved")), rs.getInt("plots")));
    }

    public List<FundFact> funds(int year, RegionRef region) {
        String sql = """
                select received_on, source, amount, purpose from land_fund
                where received_on between :from and :to and region_path like :path
                order by received_on, id
                """;
        return jdbc.query(sql, AreaSums.parameters(year, region), (rs, n) -> new FundFact(
                rs.getDate("received_on").toLocalDate(), LandFundSource.valueOf(rs.getString("source")), rs.getBigDecimal("amount"),
                rs.getString("purpose")));
    }

    public List<ResettlementFact> resettlements(int year, RegionRef region) {
        MapSqlParameterSource parameters = AreaSums.parameters(year, region);
        String where = "r.resettled_on between :from and :to and r.region_path like :path";
        Map<Long, List<String>> villages = listsById("""
                select rv.resettlement_id, v.name from land_resettlement_village rv
                join region v on v.id = rv.village_id
                join land_resettlement r on r.id = rv.resettlement_id
                where %s order by v.code
                """.formatted(where), parameters, String.class);
        return jdbc.query("""
                select r.id, r.resettled_on, r.mode, z.name as zone_name, t.name as town_name, c.name as community_name,
                       r.households, r.pilot
                from land_resettlement r
                join land_aggregation_zone z on z.id = r.zone_id
                join region c on c.id = z.community_id
                join region t on t.id = c.parent_id
                where %s order by r.resettled_on, r.id
                """.formatted(where), parameters, (rs, n) -> new ResettlementFact(
                rs.getDate("resettled_on").toLocalDate(), ResettlementMode.valueOf(rs.getString("mode")),
                List.copyOf(villages.getOrDefault(rs.getLong("id"), List.of())), rs.getString("zone_name"),
                rs.getString("town_name") + rs.getString("community_name"), rs.getLong("households"),
                rs.getString("pilot")));
    }

    /** Each zone's cumulative figures as of a date (for the zones list), by zone id. */
    Map<Long, LandZone.Totals> zoneTotals(Collection<Long> zoneIds, LocalDate asOf) {
        if (zoneIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LandZone.Totals> totals = new LinkedHashMap<>();
        jdbc.query("""
                select zone_id, sum(completed_area) as area, sum(households) as households, sum(land_saved) as land
                from land_zone_progress where zone_id in (:ids) and entry_date <= :asOf group by zone_id
                """, new MapSqlParameterSource("ids", zoneIds).addValue("asOf", asOf),
                rs -> {
                    totals.put(rs.getLong("zone_id"), new LandZone.Totals(rs.getBigDecimal("area"),
                            rs.getLong("households"), rs.getBigDecimal("land")));
                });
        return totals;
    }

    private static Summary read(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong("library"), rs.getLong("plots"), area(rs.getBigDecimal("plot_area")),
                area(rs.getBigDecimal("land_saved")), area(rs.getBigDecimal("subsidies")), area(rs.getBigDecimal("funds")),
                rs.getLong("households"), rs.getLong("linkage"), rs.getLong("homestead"), rs.getLong("commercial"),
                area(rs.getBigDecimal("zone_area")), rs.getLong("zone_households"), area(rs.getBigDecimal("zone_land")));
    }

    /** Amounts to two decimals (shares of an acceptance carry more). */
    private static BigDecimal area(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }
}
