package cn.shequ.platform.region;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.shequ.platform.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The region registry's public API, read from the cached {@link RegionTree} (no query once it is
 * read). Every lookup is bounded by the current user's data scope, except {@link #ancestorsOf(String)}
 * and {@link #placeName(String)}, which only give names for headings and breadcrumbs.
 */
@Service
public class RegionDirectory {

    private final RegionTree tree;
    private final DataScope scope;

    RegionDirectory(RegionTree tree, DataScope scope) {
        this.tree = tree;
        this.scope = scope;
    }

    public Optional<RegionRef> find(long id) {
        return visible(tree.current().region(id));
    }

    public Optional<RegionRef> findByCode(String code) {
        return code == null ? Optional.empty() : visible(tree.current().byCode(code.trim()));
    }

    public Optional<CommunityRef> community(long id) {
        CommunityRef community = tree.current().community(id);
        return community != null && scope.covers(community.path()) ? Optional.of(community) : Optional.empty();
    }

    /** The communities with these ids that the user may see, by id. */
    public Map<Long, CommunityRef> communities(Collection<Long> ids) {
        RegionTree.Snapshot current = tree.current();
        Map<Long, CommunityRef> found = new HashMap<>();
        for (Long id : ids) {
            CommunityRef community = current.community(id);
            if (community != null && scope.covers(community.path())) {
                found.put(id, community);
            }
        }
        return found;
    }

    /** All regions of a level the user may see, in path order, e.g. the towns for a filter. */
    public List<RegionRef> all(RegionLevel level) {
        return tree.current().regions().stream().filter(r -> r.level() == level && scope.covers(r.path())).toList();
    }

    public List<RegionRef> towns() {
        return all(RegionLevel.TOWN);
    }

    /** The communities the user may see under a region (the whole scope when {@code under} is null), in path order. */
    public List<CommunityRef> communitiesUnder(RegionRef under) {
        return tree.current().communities().stream()
                .filter(c -> (under == null || c.path().startsWith(under.path())) && scope.covers(c.path()))
                .toList();
    }

    public List<RegionRef> children(long parentId) {
        return tree.current().children(parentId).stream().filter(r -> scope.covers(r.path())).toList();
    }

    /** Forgets the cached tree, after regions were changed outside the platform (by SQL). */
    public void reload() {
        tree.changed();
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
        RegionTree.Snapshot current = tree.current();
        return codes.stream().map(current::byCode).filter(Objects::nonNull)
                .sorted(Comparator.comparing(RegionRef::path)).toList();
    }

    private Optional<RegionRef> visible(RegionRef region) {
        return region != null && scope.covers(region.path()) ? Optional.of(region) : Optional.empty();
    }
}
