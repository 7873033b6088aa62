package cn.shequ.platform.landlinkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.record.PlaceNames;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Component;

/** What the land-linkage forms offer to choose (zones, plots, library sites, villages) and the names they show. */
@Component
class LandChoices {

    /** A choice of a select: an id and what it shows. */
    record Option(long id, String name) {
    }

    private final LandZones zones;
    private final LinkagePlots plots;
    private final LandLibraryEntries library;
    private final RegionDirectory regions;

    LandChoices(LandZones zones, LinkagePlots plots, LandLibraryEntries library, RegionDirectory regions) {
        this.zones = zones;
        this.plots = plots;
        this.library = library;
        this.regions = regions;
    }

    List<Option> zones() {
        return zones.findAllByOrderByRegionPathAscNameAsc().stream().map(z -> new Option(z.getId(), z.getName())).toList();
    }

    List<Option> plots() {
        return plots.findAllByOrderByPlanYearDescRegionPathAsc().stream()
                .map(p -> new Option(p.getId(), p.getPlanYear() + " · " + p.getName())).toList();
    }

    /** The plots no acceptance covers yet, with their place and planned area. */
    List<Option> plotsNotAccepted() {
        Set<Long> accepted = new HashSet<>(plots.findAcceptedIds());
        List<LinkagePlot> open = plots.findAllByOrderByPlanYearDescRegionPathAsc().stream()
                .filter(p -> !accepted.contains(p.getId())).toList();
        PlaceNames names = names(open.stream().map(LinkagePlot::getRegionPath).toList());
        return open.stream().map(p -> new Option(p.getId(), p.getPlanYear() + " · " + names.of(p.getRegionPath()) + " · "
                + p.getName() + " · " + p.getPlannedArea().stripTrailingZeros().toPlainString())).toList();
    }

    /** The library sites not in a plan yet, with their place. */
    List<Option> sitesInLibrary() {
        List<LandLibraryEntry> open = library.findByStatusOrderByRegionPathAscNameAsc(LandLibraryStatus.IN_LIBRARY);
        PlaceNames names = names(open.stream().map(LandLibraryEntry::getRegionPath).toList());
        return open.stream().map(e -> new Option(e.getId(), names.of(e.getRegionPath()) + " · " + e.getName())).toList();
    }

    /** The villages a user may choose, grouped under their community's full name (for a select's groups). */
    Map<String, List<RegionRef>> villages() {
        Map<Long, CommunityRef> communities = new LinkedHashMap<>();
        regions.communitiesUnder(null).forEach(c -> communities.put(c.id(), c));
        Map<String, List<RegionRef>> groups = new LinkedHashMap<>();
        for (RegionRef village : regions.all(RegionLevel.VILLAGE)) {
            CommunityRef community = communities.get(village.parentId());
            if (community != null) {
                groups.computeIfAbsent(community.fullName(), k -> new ArrayList<>()).add(village);
            }
        }
        return groups;
    }

    /** The villages' names, "、"-joined. */
    String villageNames(Collection<Long> ids) {
        Map<Long, String> names = ids.stream().map(regions::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(RegionRef::id, RegionRef::name));
        return ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("、"));
    }

    /** The names of the places on the paths. */
    PlaceNames names(Collection<String> paths) {
        return PlaceNames.of(regions, paths);
    }

    /** The name of the place on one path. */
    String place(String path) {
        return names(List.of(path)).of(path);
    }
}
