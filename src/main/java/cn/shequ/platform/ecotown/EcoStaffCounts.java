package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The {@link EcoStaffCount} records, bounded by the data scope. */
interface EcoStaffCounts extends JpaRepository<EcoStaffCount, Long>, JpaSpecificationExecutor<EcoStaffCount> {

    List<EcoStaffCount> findByCommunityId(long communityId, Sort sort);

    boolean existsByCommunityIdAndAsOfAndIdNot(long communityId, java.time.LocalDate asOf, Long id);
}
