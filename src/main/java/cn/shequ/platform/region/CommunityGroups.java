package cn.shequ.platform.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Groups communities by town for the forms' community selects ({@code @communityGroups}). */
@Component("communityGroups")
public class CommunityGroups {

    public Map<String, List<CommunityRef>> byTown(List<CommunityRef> communities) {
        Map<String, List<CommunityRef>> groups = new LinkedHashMap<>();
        for (CommunityRef community : communities) {
            groups.computeIfAbsent(community.townName(), town -> new java.util.ArrayList<>()).add(community);
        }
        return groups;
    }
}
