package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The {@link EcoInfrastructure} records, bounded by the data scope. */
interface EcoInfrastructures extends JpaRepository<EcoInfrastructure, Long>, JpaSpecificationExecutor<EcoInfrastructure> {

    List<EcoInfrastructure> findByCommunityId(long communityId, Sort sort);
}
