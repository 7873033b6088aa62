package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The {@link EcoCooperative} records, bounded by the data scope. */
interface EcoCooperatives extends JpaRepository<EcoCooperative, Long>, JpaSpecificationExecutor<EcoCooperative> {

    List<EcoCooperative> findByCommunityId(long communityId, Sort sort);

    boolean existsByCommunityIdAndNameAndIdNot(long communityId, String name, Long id);
}
