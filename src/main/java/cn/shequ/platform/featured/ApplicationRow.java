package cn.shequ.platform.featured;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.region.CommunityRef;

/** An application as a list shows it: with its community and its score (null while unscored). */
record ApplicationRow(FeaturedApplication application, CommunityRef community, FeaturedStandings.Score score) {

    static List<ApplicationRow> of(Collection<FeaturedApplication> applications, Map<Long, CommunityRef> communities,
            Map<Long, FeaturedStandings.Score> scores) {
        return applications.stream()
                .map(a -> new ApplicationRow(a, communities.get(a.getCommunityId()), scores.get(a.getId())))
                .toList();
    }

    public String communityName() {
        return community == null ? String.valueOf(application.getCommunityId()) : community.fullName();
    }
}
