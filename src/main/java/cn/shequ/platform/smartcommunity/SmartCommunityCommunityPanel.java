package cn.shequ.platform.smartcommunity;

import java.util.List;

import cn.shequ.platform.region.CommunityPanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a community's page: its smart-community construction records, newest plan first. */
@Component
class SmartCommunityCommunityPanel implements CommunityPanel {

    private final SmartCommunities records;

    SmartCommunityCommunityPanel(SmartCommunities records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String template() {
        return "smartcommunity/community-panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(long communityId) {
        List<SmartCommunity> found = records.findByCommunityIdOrderByPlanYearDesc(communityId);
        return found.isEmpty() ? null : found;
    }
}
