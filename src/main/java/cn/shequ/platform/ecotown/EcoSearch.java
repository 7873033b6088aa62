package cn.shequ.platform.ecotown;

import java.util.List;

import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionRef;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@link RecordSearch} the key projects' search uses: the region subtree, and a search
 * over the community's name and a text field.
 */
final class EcoSearch {

    private EcoSearch() {
    }

    static <T> Specification<T> inRegion(RegionRef region) {
        return RecordSearch.inRegion(region);
    }

    static <T> Specification<T> matching(String q, List<CommunityRef> communitiesInRegion, String textField) {
        return RecordSearch.matching(q, communitiesInRegion, textField);
    }
}
