package cn.shequ.platform.landlinkage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The aggregation zones, bounded by the data scope. */
interface LandZones extends JpaRepository<LandZone, Long>, JpaSpecificationExecutor<LandZone> {

    List<LandZone> findAllByOrderByRegionPathAscNameAsc();

    List<LandZone> findByCommunityIdOrderByName(long communityId);
}
