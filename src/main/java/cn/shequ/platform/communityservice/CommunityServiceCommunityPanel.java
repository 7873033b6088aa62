package cn.shequ.platform.communityservice;

import java.util.List;

import cn.shequ.platform.region.CommunityPanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a community's page: the activities held there, its pairings and its “四社联动” pilots. */
@Component
class CommunityServiceCommunityPanel implements CommunityPanel {

    private final WelfareActivities activities;
    private final EnterprisePairings pairings;
    private final FourPartyPilots pilots;

    CommunityServiceCommunityPanel(WelfareActivities activities, EnterprisePairings pairings, FourPartyPilots pilots) {
        this.activities = activities;
        this.pairings = pairings;
        this.pilots = pilots;
    }

    /** What the panel shows. */
    record Data(List<WelfareActivity> activities, List<EnterprisePairing> pairings, List<FourPartyPilot> pilots) {
    }

    @Override
    public int order() {
        return 27;
    }

    @Override
    public String template() {
        return "communityservice/community-panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(long communityId) {
        Data data = new Data(activities.findHeldAt(communityId), pairings.findByCommunityIdOrderBySinceDesc(communityId),
                pilots.findByCommunityIdOrderByYearDesc(communityId));
        return data.activities().isEmpty() && data.pairings().isEmpty() && data.pilots().isEmpty() ? null : data;
    }
}
