package cn.shequ.platform.region;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shequ.platform.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region registry's public API. Every lookup is bounded by the current user's data scope,
 * except {@link #ancestorsOf(String)}, which only gives names for headings and breadcrumbs.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

    private final Regions regions;
    private final DataScope scope;

    RegionDirectory(Regions regions, DataScope scope) {
        this.regions = regions;
        this.scope = scope;
    }

    public Optional<RegionRef> find(long id) {
        return regions.findById(id).map(Region::toRef);
    }

    public Optional<RegionRef> findByCode(String code) {
        return code == null ? Optional.empty() : regions.findByCode(code.trim()).map(Region::toRef);
    }

    public Optional<CommunityRef> community(long id) {
        return regions.findById(id).filter(Region::isCommunity).map(RegionDirectory::toCommunity);
    }

    /** The communities with these ids that the user may see, by id (one query). */
    public Map<Long, CommunityRef> communities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return regions.findByIdIn(ids).stream()
                .filter(Region::isCommunity)
                .map(RegionDirectory::toCommunity)
                .collect(Collectors.toMap(CommunityRef::id, Function.identity()));
    }

    /** All regions of a level the user may see, e.g. the towns for a filter. */
    public List<RegionRef> all(RegionLevel level) {
        return regions.findByLevelOrderByPath(level).stream().map(Region::toRef).toList();
    }

    public List<RegionRef> towns() {
        return all(RegionLevel.TOWN);
    }

    /** The communities the user may see under a region (the whole scope when {@code under} is null). */
    public List<CommunityRef> communitiesUnder(RegionRef under) {
        List<Region> found = under == null
                ? regions.findCommunities()
                : regions.findByLevelAndPathStartingWithOrderByPath(RegionLevel.COMMUNITY, under.path());
        return found.stream().map(RegionDirectory::toCommunity).toList();
    }

    public List<RegionRef> children(long parentId) {
        return regions.findByParentIdOrderByCode(parentId).stream().map(Region::toRef).toList();
    }

    /**
     * The region at the root of the user's scope (for a user of 诸城市, 诸城市); without a user, the
     * first province.
     */
    public RegionRef scopeRoot() {
        Optional<String> path = scope.currentPath();
        if (path.isPresent()) {
            List<RegionRef> chain = ancestorsOf(path.get());
            if (!chain.isEmpty()) {
                return chain.get(chain.size() - 1);
            }
        }
        return all(RegionLevel.PROVINCE).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the region registry is empty"));
    }

    /** The region a request names by code, or the scope root; outside the scope: 403. */
    public RegionRef resolve(String code) {
        if (code == null || code.isBlank()) {
            return scopeRoot();
        }
        RegionRef named = namesOf(List.of(code.trim())).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("region", code));
        return scope.within(named);
    }

    /**
     * The regions on a path, from the province down, whatever the user's scope: names for
     * breadcrumbs and headings only.
     */
    public List<RegionRef> ancestorsOf(String path) {
        return namesOf(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * The name readers know the region at the end of a path by, whatever the user's scope (a name
     * only): from the town down, the names run together as the pages name a place (昌城镇昌城社区);
     * above a town, the region's own name (诸城市). Empty when no region has that path.
     */
    public Optional<String> placeName(String path) {
        List<RegionRef> chain = path == null ? List.of() : ancestorsOf(path);
        if (chain.isEmpty() || !chain.get(chain.size() - 1).path().equals(path)) {
            return Optional.empty();
        }
        RegionRef region = chain.get(chain.size() - 1);
        if (region.level().isAbove(RegionLevel.TOWN)) {
            return Optional.of(region.name());
        }
        return Optional.of(chain.stream().filter(r -> !r.level().isAbove(RegionLevel.TOWN)).map(RegionRef::name)
                .collect(Collectors.joining()));
    }

    private List<RegionRef> namesOf(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return regions.findNamesByCodeIn(codes).stream()
                .map(row -> new RegionRef(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        RegionLevel.valueOf((String) row[3]), (String) row[4],
                        row[5] == null ? null : ((Number) row[5]).longValue()))
                .toList();
    }

    static CommunityRef toCommunity(Region r) {
        Region town = r.getParent();
        return new CommunityRef(r.getId(), r.getCode(), r.getName(), r.getPath(), town.getId(), town.getName(),
                r.getKind(), r.getHouseholds() == null ? 0 : r.getHouseholds(),
                r.getPopulation() == null ? 0 : r.getPopulation(), r.isAlongRiver(), r.isAlongRoad(),
                r.getAggregationZone());
    }
}
