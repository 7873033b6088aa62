package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The {@link EcoPlan} records, bounded by the data scope. */
interface EcoPlans extends JpaRepository<EcoPlan, Long>, JpaSpecificationExecutor<EcoPlan> {

    List<EcoPlan> findByCommunityId(long communityId, Sort sort);
}
