package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.shequ.platform.indicator.AreaRow;
import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eco-town figures of a year for a region subtree, as SQL aggregates (a fixed number of
 * statements whatever the number of records). Amounts are 万元 (shown in 亿元), land 亩. Actual
 * investment and households relocated are each project's latest report by 31 December (both are
 * reported cumulatively and never decrease, so the largest value reported by then). The caller
 * passes a region the user may see (see {@code RegionDirectory.resolve}).
 */
@Service
@Transactional(readOnly = true)
class EcoTownFigures {

    public static final int HOUSEHOLDS_PER_WORKER = CommunityStandards.HOUSEHOLDS_PER_WORKER;
    public static final int MIN_WORKERS = CommunityStandards.MIN_WORKERS;

    /** The results an assessment counts as basically built (建成, 基本建成), for SQL: built from constants. */
    static final String BASICALLY_BUILT = java.util.Arrays.stream(EcoAssessmentResult.values())
            .filter(EcoAssessmentResult::basicallyBuilt)
            .map(r -> "'" + r.name() + "'")
            .collect(Collectors.joining(", "));

    /** Key projects of the year by area, with their year-end investment and households, and whether their plans are done. */
    static final String PROJECTS = """
            select area,
                   count(*) filter (where kind = 'SEAT_COMMUNITY') as seat_communities,
                   count(*) filter (where kind = 'ECO_TOWN') as eco_towns,
                   coalesce(sum(planned_investment), 0) as planned,
                   coalesce(sum(invested), 0) as invested,
                   coalesce(sum(households), 0) as households,
                   count(*) filter (where prefecture_assessed) as assessed,
                   count(*) filter (where prefecture_assessed and assessment_result in (%s)) as basically_built,
                   count(*) filter (where kind = 'ECO_TOWN' and plan_approved > 0) as plans_completed
            from (
                select substring(p.region_path, 1, :areaLength) as area, p.kind, p.planned_investment,
                       p.prefecture_assessed, p.assessment_result,
                       (select max(r.investment_to_date) from eco_project_report r
                            where r.project_id = p.id and r.report_date <= :asOf) as invested,
                       (select max(r.households_relocated) from eco_project_report r
                            where r.project_id = p.id and r.report_date <= :asOf) as households,
                       (select count(*) from eco_plan l where l.community_id = p.community_id
                            and l.status = 'APPROVED' and l.approved_on <= :asOf) as plan_approved
                from eco_project p
                where p.project_year = :year and p.region_path like :path
            ) t
            group by area
            """.formatted(BASICALLY_BUILT);

    /** Communities named at provincial level in the year, and the award money those titles brought. */
    static final String DESIGNATIONS = """
            select area, count(distinct community_id) as provincial, coalesce(sum(award_amount), 0) as awards
            from (
                select substring(region_path, 1, :areaLength) as area, community_id, award_amount
                from eco_designation
                where designation_year = :year and level = 'PROVINCE' and region_path like :path
            ) t
            group by area
            """;

    /** Riverside key communities of the year, their towns and the land quota won. */
    static final String RIVERSIDE = """
            select area, count(*) as communities, count(distinct town) as towns, coalesce(sum(land_quota), 0) as quota
            from (
                select substring(region_path, 1, :areaLength) as area, substring(region_path, 1, :townLength) as town,
                       land_quota
                from eco_riverside
                where riverside_year = :year and region_path like :path
            ) t
            group by area
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final EcoCompliance compliance;
    private final RegionDirectory regions;

    EcoTownFigures(NamedParameterJdbcTemplate jdbc, EcoCompliance compliance, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.regions = regions;
    }

    /**
     * The eco-town figures of a year under a region.
     *
     * @param ruralCommunityKeyProjects          key projects of kind 驻地农村新型社区
     * @param ecoTownKeyProjects                 key projects of kind 生态小镇
     * @param plannedInvestment                  the key projects' planned investment, 万元
     * @param actualInvestment                   their investment reported by 31 December, 万元
     * @param householdsRelocated                households relocated reported by 31 December
     * @param assessedProjects                   key projects the prefecture assesses (纳入潍坊市考核)
     * @param assessedBasicallyBuilt             of which assessed as built or basically built
     * @param provincialDemonstrationCommunities communities named at provincial level in the year
     * @param demonstrationAwards                the award money of those provincial titles, 万元
     * @param plansCompleted                     eco-town key projects whose community has an approved plan by 31 December
     * @param riversideKeyCommunities            riverside key communities of the year
     * @param riversideTowns                     the towns they lie in
     * @param riversideLandQuota                 the land quota they won, 亩
     * @param communitiesFallingShort            checked communities falling short of the standards at year end
     */
    public record Summary(long ruralCommunityKeyProjects, long ecoTownKeyProjects, BigDecimal plannedInvestment,
            BigDecimal actualInvestment, long householdsRelocated, long assessedProjects, long assessedBasicallyBuilt,
            long provincialDemonstrationCommunities, BigDecimal demonstrationAwards, long plansCompleted,
            long riversideKeyCommunities, long riversideTowns, BigDecimal riversideLandQuota,
            long communitiesFallingShort) {

        public static final Summary EMPTY = new Summary(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0,
                BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, 0);

        public long keyProjects() {
            return ruralCommunityKeyProjects + ecoTownKeyProjects;
        }

        /** Planned investment in 亿元. */
        public BigDecimal plannedInvestmentYi() {
            return toYi(plannedInvestment);
        }

        /** Actual investment in 亿元. */
        public BigDecimal actualInvestmentYi() {
            return toYi(actualInvestment);
        }

        /** Actual as a whole percentage of planned (rounded half up), or empty when nothing is planned. */
        public Optional<Integer> completionPercent() {
            if (plannedInvestment == null || plannedInvestment.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(actualInvestment.multiply(BigDecimal.valueOf(100))
                    .divide(plannedInvestment, 0, RoundingMode.HALF_UP).intValueExact());
        }
    }

    /** An award that came with a title: who, which title, the level (enum name), how much (万元) and for what. */
    public record AwardFact(String communityFullName, String title, String level, BigDecimal amount, String purpose) {
    }

    /** 万元 to 亿元, two decimals. */
    public static BigDecimal toYi(BigDecimal wan) {
        return wan == null ? null : wan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    public Summary summary(int year, RegionRef region) {
        Map<String, Summary> rows = figures(year, region, region.level());
        return rows.values().stream().findFirst().orElse(Summary.EMPTY);
    }

    /** The figures by child region of {@code region} (by town for a county), in code order; areas with no record left out. */
    public List<AreaRow<Summary>> byArea(int year, RegionRef region) {
        return AreaSums.byArea(region, level -> figures(year, region, level).entrySet().stream()
                .map(e -> new AreaRow<>(e.getKey(), e.getValue())).toList());
    }

    /** The communities named at provincial level in the year, “昌城镇昌城社区”, in code order. */
    public List<String> demonstrationCommunityNames(int year, RegionRef region) {
        List<Long> ids = jdbc.queryForList("""
                select distinct community_id from eco_designation
                where designation_year = :year and level = 'PROVINCE' and region_path like :path
                """, AreaSums.parameters(year, region), Long.class);
        return fullNames(ids);
    }

    /** How many communities the whole prefecture had named at provincial level that year, as recorded, if any. */
    public Optional<Integer> demonstrationCohortSize(int year, RegionRef region) {
        Integer size = jdbc.queryForObject("""
                select max(cohort_total) from eco_designation
                where designation_year = :year and level = 'PROVINCE' and region_path like :path
                """, AreaSums.parameters(year, region), Integer.class);
        return Optional.ofNullable(size);
    }

    /** The riverside key communities the year's work featured, “昌城镇昌城社区”, in code order. */
    public List<String> riversideFeaturedNames(int year, RegionRef region) {
        List<Long> ids = jdbc.queryForList("""
                select community_id from eco_riverside
                where riverside_year = :year and featured and region_path like :path
                """, AreaSums.parameters(year, region), Long.class);
        return fullNames(ids);
    }

    /** The awards that came with the year's titles (amount above zero), in community code order. */
    public List<AwardFact> awards(int year, RegionRef region) {
        List<Object[]> rows = jdbc.query("""
                select community_id, title, level, award_amount, award_purpose from eco_designation
                where designation_year = :year and award_amount > 0 and region_path like :path
                order by region_path, title
                """, AreaSums.parameters(year, region), (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getBigDecimal(4), rs.getString(5)});
        Map<Long, CommunityRef> communities = regions.communities(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream()
                .map(r -> new AwardFact(communities.containsKey((Long) r[0]) ? communities.get((Long) r[0]).fullName() : "",
                        (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4]))
                .toList();
    }

    /** The communities checked for the year that fall short of the standards, with the reasons, in code order. */
    public List<CommunityStandards.Result> shortfalls(int year, RegionRef region) {
        return compliance.shortfalls(year, region);
    }

    private Map<String, Summary> figures(int year, RegionRef region, RegionLevel areaLevel) {
        MapSqlParameterSource parameters = AreaSums.parameters(year, region, areaLevel)
                .addValue("townLength", RegionLevel.TOWN.pathLength());
        Map<String, Tally> tallies = new TreeMap<>();
        jdbc.query(PROJECTS, parameters, (ResultSet rs) -> {
            Tally t = tallies.computeIfAbsent(rs.getString("area"), a -> new Tally());
            t.seat = rs.getLong("seat_communities");
            t.eco = rs.getLong("eco_towns");
            t.planned = rs.getBigDecimal("planned");
            t.invested = rs.getBigDecimal("invested");
            t.households = rs.getLong("households");
            t.assessed = rs.getLong("assessed");
            t.built = rs.getLong("basically_built");
            t.plans = rs.getLong("plans_completed");
        });
        jdbc.query(DESIGNATIONS, parameters, (ResultSet rs) -> {
            Tally t = tallies.computeIfAbsent(rs.getString("area"), a -> new Tally());
            t.provincial = rs.getLong("provincial");
            t.awards = rs.getBigDecimal("awards");
        });
        jdbc.query(RIVERSIDE, parameters, (ResultSet rs) -> {
            Tally t = tallies.computeIfAbsent(rs.getString("area"), a -> new Tally());
            t.riverside = rs.getLong("communities");
            t.towns = rs.getLong("towns");
            t.quota = rs.getBigDecimal("quota");
        });
        int areaLength = areaLevel.pathLength();
        for (CommunityStandards.Result result : compliance.shortfalls(year, region)) {
            String path = result.community().path();
            tallies.computeIfAbsent(path.substring(0, Math.min(areaLength, path.length())), a -> new Tally()).short_++;
        }
        Map<String, Summary> summaries = new TreeMap<>(Comparator.naturalOrder());
        tallies.forEach((area, t) -> summaries.put(area, t.summary()));
        return summaries;
    }

    private List<String> fullNames(List<Long> ids) {
        Map<Long, CommunityRef> communities = regions.communities(new TreeSet<>(ids));
        return communities.values().stream()
                .sorted(Comparator.comparing(CommunityRef::code))
                .map(CommunityRef::fullName)
                .toList();
    }

    /** The figures of one area while they are being read. */
    private static final class Tally {
        long seat;
        long eco;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal invested = BigDecimal.ZERO;
        long households;
        long assessed;
        long built;
        long plans;
        long provincial;
        BigDecimal awards = BigDecimal.ZERO;
        long riverside;
        long towns;
        BigDecimal quota = BigDecimal.ZERO;
        long short_;

        Summary summary() {
            return new Summary(seat, eco, planned, invested, households, assessed, built, provincial, awards, plans,
                    riverside, towns, quota, short_);
        }
    }
}
