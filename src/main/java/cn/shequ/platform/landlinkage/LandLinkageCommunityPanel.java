package cn.shequ.platform.landlinkage;

import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.region.CommunityPanel;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a community's page: its aggregation zones with their figures to date, and its library sites. */
@Component
class LandLinkageCommunityPanel implements CommunityPanel {

    private final LandZones zones;
    private final LandLibraryEntries library;
    private final LandLinkageFigures figures;

    LandLinkageCommunityPanel(LandZones zones, LandLibraryEntries library, LandLinkageFigures figures) {
        this.zones = zones;
        this.library = library;
        this.figures = figures;
    }

    /** What the panel shows. */
    record Data(List<LandZone> zones, java.util.Map<Long, LandZone.Totals> totals, List<LandLibraryEntry> sites) {
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "landlinkage/community-panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(long communityId) {
        List<LandZone> found = zones.findByCommunityIdOrderByName(communityId);
        List<LandLibraryEntry> sites = library.findAll((root, query, cb) -> cb.equal(root.get("communityId"), communityId),
                Sort.by("name"));
        if (found.isEmpty() && sites.isEmpty()) {
            return null;
        }
        return new Data(found, figures.zoneTotals(found.stream().map(LandZone::getId).toList(), LocalDate.now()),
                sites);
    }
}
