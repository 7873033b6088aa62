package cn.shequ.platform.landlinkage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;

/** The villages a user may choose, grouped under their community's full name (for a select's optgroups). */
final class VillageOptions {

    private VillageOptions() {
    }

    static Map<String, List<RegionRef>> of(RegionDirectory regions) {
        Map<Long, CommunityRef> communities = new LinkedHashMap<>();
        regions.communitiesUnder(null).forEach(c -> communities.put(c.id(), c));
        Map<String, List<RegionRef>> groups = new LinkedHashMap<>();
        for (RegionRef village : regions.all(RegionLevel.VILLAGE)) {
            CommunityRef community = communities.get(village.parentId());
            if (community != null) {
                groups.computeIfAbsent(community.fullName(), k -> new java.util.ArrayList<>()).add(village);
            }
        }
        return groups;
    }
}
