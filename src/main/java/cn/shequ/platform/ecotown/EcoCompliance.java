package cn.shequ.platform.ecotown;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standards check of a year for a region (see {@link CommunityStandards}). The communities
 * checked are the rural new communities of the year's key projects and every other rural new
 * community with a staff count, cooperative, park or infrastructure item recorded by 31 December;
 * urban communities are not checked. Three statements whatever the number of communities: the facts
 * per community, the communities' households (region registry) and the required items.
 */
@Service
@Transactional(readOnly = true)
class EcoCompliance {

    static final String FACTS = """
            select t.community_id,
                   (select max(s.workers) from eco_staff s where s.community_id = t.community_id
                        and s.as_of = (select max(s2.as_of) from eco_staff s2
                                       where s2.community_id = t.community_id and s2.as_of <= :asOf)) as workers,
                   (select count(*) from eco_cooperative c where c.community_id = t.community_id and c.founded_on <= :asOf) as cooperatives,
                   (select count(*) from eco_park k where k.community_id = t.community_id and k.established_on <= :asOf) as parks,
                   (select string_agg(cast(i.item_id as varchar(20)), ',') from eco_infrastructure i
                        where i.community_id = t.community_id and i.achieved_on <= :asOf) as achieved,
                   (select count(*) from eco_project p where p.community_id = t.community_id and p.project_year = :year) as key_projects
            from (
                select community_id from eco_project where project_year = :year and region_path like :path
                union select community_id from eco_staff where as_of <= :asOf and region_path like :path
                union select community_id from eco_cooperative where founded_on <= :asOf and region_path like :path
                union select community_id from eco_park where established_on <= :asOf and region_path like :path
                union select community_id from eco_infrastructure where achieved_on <= :asOf and region_path like :path
            ) t
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionDirectory regions;
    private final EcoInfrastructureItems items;

    EcoCompliance(NamedParameterJdbcTemplate jdbc, RegionDirectory regions, EcoInfrastructureItems items) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.items = items;
    }

    /** Every community checked for the year under the region, in code order. */
    List<CommunityStandards.Result> results(int year, RegionRef region) {
        return results(year, region.path());
    }

    /** The communities of the region that fall short, in code order. */
    List<CommunityStandards.Result> shortfalls(int year, RegionRef region) {
        return results(year, region).stream().filter(r -> !r.meets()).toList();
    }

    /** One community's result for the year, whether or not it is among those checked. */
    CommunityStandards.Result resultFor(int year, CommunityRef community) {
        List<Row> rows = facts(year, community.path());
        Row row = rows.stream().filter(r -> r.communityId() == community.id()).findFirst()
                .orElse(new Row(community.id(), null, 0, 0, Set.of(), false));
        return CommunityStandards.check(row.facts(community), requiredItems());
    }

    /** True when the community is among those the check covers for the year. */
    boolean isChecked(int year, CommunityRef community) {
        return community.kind() == CommunityKind.RURAL_NEW
                && facts(year, community.path()).stream().anyMatch(r -> r.communityId() == community.id());
    }

    List<CommunityStandards.Item> requiredItems() {
        return items.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(EcoInfrastructureItem::isActive)
                .map(item -> new CommunityStandards.Item(item.getId(), item.getName()))
                .toList();
    }

    private List<CommunityStandards.Result> results(int year, String path) {
        List<Row> rows = facts(year, path);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CommunityRef> communities = regions.communities(rows.stream().map(Row::communityId).toList());
        List<CommunityStandards.Item> required = requiredItems();
        return rows.stream()
                .filter(row -> communities.containsKey(row.communityId()))
                .filter(row -> communities.get(row.communityId()).kind() == CommunityKind.RURAL_NEW)
                .map(row -> CommunityStandards.check(row.facts(communities.get(row.communityId())), required))
                .sorted(Comparator.comparing(r -> r.community().code()))
                .toList();
    }

    private List<Row> facts(int year, String path) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("year", year)
                .addValue("asOf", LocalDate.of(year, 12, 31))
                .addValue("path", path + "%");
        return jdbc.query(FACTS, parameters, (rs, n) -> {
            Object workers = rs.getObject("workers");
            String achieved = rs.getString("achieved");
            Set<Long> items = achieved == null || achieved.isBlank() ? Set.of()
                    : Arrays.stream(achieved.split(",")).map(String::trim).map(Long::valueOf)
                            .collect(Collectors.toCollection(HashSet::new));
            return new Row(rs.getLong("community_id"), workers == null ? null : ((Number) workers).intValue(),
                    rs.getLong("cooperatives"), rs.getLong("parks"), items, rs.getLong("key_projects") > 0);
        });
    }

    private record Row(long communityId, Integer workers, long cooperatives, long parks, Set<Long> achieved,
            boolean keyProject) {

        CommunityStandards.Facts facts(CommunityRef community) {
            return new CommunityStandards.Facts(community, workers, cooperatives, parks, achieved, keyProject);
        }
    }
}
