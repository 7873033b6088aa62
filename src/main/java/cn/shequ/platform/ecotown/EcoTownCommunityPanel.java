package cn.shequ.platform.ecotown;

import java.util.List;

import cn.shequ.platform.region.CommunityPanel;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a community's page: its key projects and titles, and a link to all its eco-town records. */
@Component
class EcoTownCommunityPanel implements CommunityPanel {

    private final EcoProjects projects;
    private final EcoDesignations designations;
    private final EcoCooperatives cooperatives;
    private final EcoParks parks;
    private final EcoStaffCounts staff;

    EcoTownCommunityPanel(EcoProjects projects, EcoDesignations designations, EcoCooperatives cooperatives,
            EcoParks parks, EcoStaffCounts staff) {
        this.projects = projects;
        this.designations = designations;
        this.cooperatives = cooperatives;
        this.parks = parks;
        this.staff = staff;
    }

    /** What the panel shows. */
    record Panel(long communityId, List<EcoProject> projects, List<EcoDesignation> designations, int cooperatives,
            int parks) {
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String template() {
        return "ecotown/community-panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(long communityId) {
        List<EcoProject> found = projects.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "year"));
        List<EcoDesignation> titles = designations.findByCommunityId(communityId, Sort.by(Sort.Direction.DESC, "year"));
        int coops = cooperatives.findByCommunityId(communityId, Sort.unsorted()).size();
        int parkCount = parks.findByCommunityId(communityId, Sort.unsorted()).size();
        boolean anyStaff = !staff.findByCommunityId(communityId, Sort.unsorted()).isEmpty();
        if (found.isEmpty() && titles.isEmpty() && coops == 0 && parkCount == 0 && !anyStaff) {
            return null;
        }
        return new Panel(communityId, found, titles, coops, parkCount);
    }
}
