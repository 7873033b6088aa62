package cn.shequ.platform.featured;

import java.util.List;

import cn.shequ.platform.region.CommunityPanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a community's page: the featured-community titles it holds (its named applications), by batch. */
@Component
class FeaturedCommunityPanel implements CommunityPanel {

    private final FeaturedApplications applications;

    FeaturedCommunityPanel(FeaturedApplications applications) {
        this.applications = applications;
    }

    /** A title the community holds. */
    record Title(long applicationId, int year, String batchLabel, int batchNumber, String aspect, String projectTitle) {
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "featured/community-panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(long communityId) {
        List<Title> titles = applications.namedOf(communityId).stream()
                .map(a -> new Title(a.getId(), a.getBatch().getYear(), a.getBatch().getNumberLabel(),
                        a.getBatch().getNumber(), a.getAspect().getName(), a.getTitle()))
                .toList();
        return titles.isEmpty() ? null : titles;
    }
}
