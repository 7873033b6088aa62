package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The {@link EcoDesignation} records, bounded by the data scope. */
interface EcoDesignations extends JpaRepository<EcoDesignation, Long>, JpaSpecificationExecutor<EcoDesignation> {

    List<EcoDesignation> findByCommunityId(long communityId, Sort sort);

    boolean existsByCommunityIdAndTitleAndYearAndIdNot(long communityId, String title, int year, Long id);
}
