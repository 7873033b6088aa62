package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The community-service figures of a year for a region subtree, as SQL aggregates (a fixed number of
 * statements whatever the number of records):
 * <ul>
 * <li>activities: those held in the year whose region (the common region of their places) lies under
 * the region asked for — an activity across towns counts for the county, not for either town;</li>
 * <li>pairings: those begun on or before 31 December of the year (still in effect); their donations:
 * the entries dated in the year;</li>
 * <li>four-party pilots: those of the year.</li>
 * </ul>
 * By area, the activities held across several areas are not any one's: they form a row whose
 * {@code areaPath} is the region asked for.
 * The caller passes a region the user may see (see {@code RegionDirectory.resolve}).
 */
@Service
class CommunityServiceFigures extends AreaSums<CommunityServiceFigures.Summary> {

    /** One row per counted fact, with its area, so that the summary and the rows by area share one definition. */
    static final String FACTS = """
            select substring(a.region_path, 1, :areaLength) as area, 1 as activities, a.students_aided, a.people_helped,
                   coalesce(a.money, 0) as activity_money, 0 as pairings, cast(0 as numeric(14, 2)) as donations, 0 as pilots
            from welfare_activity a
            where a.held_on between :from and :to and a.region_path like :path
            union all
            select substring(p.region_path, 1, :areaLength), 0, 0, 0, cast(0 as numeric(14, 2)), 1, cast(0 as numeric(14, 2)), 0
            from enterprise_pairing p
            where p.since <= :to and p.region_path like :path
            union all
            select substring(p.region_path, 1, :areaLength), 0, 0, 0, cast(0 as numeric(14, 2)), 0, d.money + d.goods, 0
            from pairing_donation d join enterprise_pairing p on p.id = d.pairing_id
            where d.donated_on between :from and :to and p.region_path like :path
            union all
            select substring(f.region_path, 1, :areaLength), 0, 0, 0, cast(0 as numeric(14, 2)), 0, cast(0 as numeric(14, 2)), 1
            from four_party_pilot f
            where f.pilot_year = :year and f.region_path like :path
            """;

    static final String FIGURES = """
            coalesce(sum(activities), 0) as activities,
            coalesce(sum(students_aided), 0) as students_aided,
            coalesce(sum(people_helped), 0) as people_helped,
            coalesce(sum(activity_money), 0) as activity_money,
            coalesce(sum(pairings), 0) as pairings,
            coalesce(sum(donations), 0) as donations,
            coalesce(sum(pilots), 0) as pilots
            """;

    private final RegionDirectory regions;
    private final ActivityPlaces places;

    CommunityServiceFigures(NamedParameterJdbcTemplate jdbc, RegionDirectory regions, ActivityPlaces places) {
        super(jdbc, FACTS, FIGURES, CommunityServiceFigures::read, Map.of());
        this.regions = regions;
        this.places = places;
    }

    /**
     * The figures of a year under a region.
     *
     * @param activities       public-welfare activities held in the year
     * @param studentsAided    students aided by them
     * @param peopleHelped     people they helped (students included)
     * @param activityMoney    money and goods they gave, 万元
     * @param pairings         enterprise–community pairings in effect (begun by 31 December)
     * @param pairingDonations money and goods the pairings gave in the year, 万元
     * @param fourPartyPilots  “四社联动” pilots of the year
     */
    public record Summary(long activities, long studentsAided, long peopleHelped, BigDecimal activityMoney, long pairings,
            BigDecimal pairingDonations, long fourPartyPilots) {
    }

    /** An activity as the yearbook tells it: its kinds in their order, places as names in code order. */
    public record ActivityFact(String title, List<WelfareActivityKind> kinds, LocalDate date, List<String> townNames,
            List<String> communityNames, String organiser, String partnerEnterprise, int peopleHelped, int studentsAided,
            BigDecimal money) {
    }

    /** A pairing in effect in the year, with the money and goods it gave in that year. */
    public record PairingFact(String enterprise, String communityFullName, LocalDate since, BigDecimal donationsInYear,
            String built) {
    }

    /** The activities held in the year under the region, by date. */
    public List<ActivityFact> activities(int year, RegionRef region) {
        MapSqlParameterSource parameters = AreaSums.parameters(year, region);
        String selected = "select a.id from welfare_activity a where a.held_on between :from and :to and a.region_path like :path";
        record Row(long id, String title, LocalDate date, String organiser, String partner, int people, int students,
                BigDecimal money) {
        }
        List<Row> rows = jdbc.query("select a.id, a.title, a.held_on, a.organiser, a.partner_enterprise, a.people_helped, "
                + "a.students_aided, a.money from welfare_activity a where a.held_on between :from and :to "
                + "and a.region_path like :path order by a.held_on, a.id", parameters,
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8)));
        Map<Long, List<String>> kinds = listsById("select k.activity_id, k.kind from welfare_activity_kind k "
                + "where k.activity_id in (" + selected + ")", parameters, String.class);
        Map<Long, List<Long>> placeIds = listsById("select p.activity_id, p.region_id from welfare_activity_place p "
                + "where p.activity_id in (" + selected + ")", parameters, Long.class);
        Set<Long> allPlaces = new HashSet<>();
        placeIds.values().forEach(allPlaces::addAll);
        Map<Long, ActivityPlaces.Place> named = places.byId(allPlaces);
        return rows.stream().map(row -> {
            List<ActivityPlaces.Place> at = ActivityPlaces.of(placeIds.getOrDefault(row.id(), List.of()), named);
            List<WelfareActivityKind> kindNames = kinds.getOrDefault(row.id(), List.of()).stream()
                    .map(WelfareActivityKind::valueOf).sorted().toList();
            return new ActivityFact(row.title(), kindNames, row.date(), ActivityPlaces.townNames(at),
                    ActivityPlaces.communityNames(at), row.organiser(), row.partner(), row.people(), row.students(),
                    row.money());
        }).toList();
    }

    /** The pairings in effect in the year under the region, in code order of their communities. */
    public List<PairingFact> pairings(int year, RegionRef region) {
        record Row(String enterprise, long communityId, LocalDate since, BigDecimal donated, String built) {
        }
        List<Row> rows = jdbc.query("""
                select p.enterprise, p.community_id, p.since, p.built,
                       (select coalesce(sum(d.money + d.goods), 0) from pairing_donation d
                        where d.pairing_id = p.id and d.donated_on between :from and :to) as donated
                from enterprise_pairing p
                where p.since <= :to and p.region_path like :path
                order by p.region_path, p.since, p.id
                """, AreaSums.parameters(year, region),
                (rs, n) -> new Row(rs.getString("enterprise"), rs.getLong("community_id"),
                        rs.getObject("since", LocalDate.class), rs.getBigDecimal("donated"), rs.getString("built")));
        Map<Long, CommunityRef> communities = regions.communities(rows.stream().map(Row::communityId).distinct().toList());
        return rows.stream().map(row -> new PairingFact(row.enterprise(),
                communities.containsKey(row.communityId()) ? communities.get(row.communityId()).fullName() : null,
                row.since(), row.donated(), row.built())).toList();
    }

    /** The communities of the year's “四社联动” pilots, as the yearbook names them (龙都街道杨春社区), in code order. */
    public List<String> fourPartyPilotNames(int year, RegionRef region) {
        List<Long> ids = jdbc.queryForList("select community_id from four_party_pilot where pilot_year = :year "
                + "and region_path like :path order by region_path", AreaSums.parameters(year, region), Long.class);
        Map<Long, CommunityRef> communities = regions.communities(ids);
        return ids.stream().map(communities::get).filter(Objects::nonNull).map(CommunityRef::fullName).toList();
    }

    private static Summary read(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getLong("activities"), rs.getLong("students_aided"), rs.getLong("people_helped"),
                rs.getBigDecimal("activity_money"), rs.getLong("pairings"), rs.getBigDecimal("donations"),
                rs.getLong("pilots"));
    }
}
