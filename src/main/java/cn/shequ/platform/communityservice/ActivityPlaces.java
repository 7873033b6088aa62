package cn.shequ.platform.communityservice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the places of activities (towns and communities, by region id) with two lookups whatever the
 * number of activities: the communities by id and the towns.
 */
@Component
class ActivityPlaces {

    private final RegionDirectory regions;

    ActivityPlaces(RegionDirectory regions) {
        this.regions = regions;
    }

    /** One place of an activity: a town, or a community with its town. */
    record Place(long id, String path, String townName, String communityName) {

        public boolean isCommunity() {
            return communityName != null;
        }

        /** 昌城镇, or 林家村镇半边井子社区. */
        public String fullName() {
            return communityName == null ? townName : townName + communityName;
        }
    }

    /** The places of the given region ids that the user may see, by id. */
    @Transactional(readOnly = true)
    Map<Long, Place> byId(Collection<Long> ids) {
        Map<Long, Place> places = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return places;
        }
        Map<Long, CommunityRef> communities = regions.communities(ids);
        communities.values().forEach(c -> places.put(c.id(), new Place(c.id(), c.path(), c.townName(), c.name())));
        Set<Long> rest = new HashSet<>(ids);
        rest.removeAll(communities.keySet());
        if (!rest.isEmpty()) {
            for (RegionRef town : regions.towns()) {
                if (rest.contains(town.id())) {
                    places.put(town.id(), new Place(town.id(), town.path(), town.name(), null));
                }
            }
        }
        return places;
    }

    /** The places of one activity in code order (towns before their communities). */
    static List<Place> of(Collection<Long> placeIds, Map<Long, Place> known) {
        List<Place> places = new ArrayList<>();
        for (Long id : placeIds) {
            Place place = known.get(id);
            if (place != null) {
                places.add(place);
            }
        }
        places.sort(Comparator.comparing(Place::path));
        return places;
    }

    /** The towns of some places (in code order, as {@link #of} gives them), each once. */
    static List<String> townNames(List<Place> places) {
        return places.stream().map(Place::townName).distinct().toList();
    }

    /** The communities among some places, by full name, in code order. */
    static List<String> communityNames(List<Place> places) {
        return places.stream().filter(Place::isCommunity).map(Place::fullName).toList();
    }
}
