package cn.shequ.platform.servicecenter;

import java.util.List;

import cn.shequ.platform.region.CommunityPanel;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a community's page: its service-center projects, newest plan first. */
@Component
class ServiceCenterCommunityPanel implements CommunityPanel {

    private final ServiceCenterProjects projects;

    ServiceCenterCommunityPanel(ServiceCenterProjects projects) {
        this.projects = projects;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "servicecenter/community-panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(long communityId) {
        List<ServiceCenterProject> found = projects.findAll(
                (root, query, cb) -> cb.equal(root.get("communityId"), communityId), Sort.by(Sort.Direction.DESC, "planYear"));
        return found.isEmpty() ? null : found;
    }
}
