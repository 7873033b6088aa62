package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The {@link EcoRiverside} records, bounded by the data scope. */
interface EcoRiversides extends JpaRepository<EcoRiverside, Long>, JpaSpecificationExecutor<EcoRiverside> {

    List<EcoRiverside> findByCommunityId(long communityId, Sort sort);

    boolean existsByCommunityIdAndYearAndIdNot(long communityId, int year, Long id);
}
