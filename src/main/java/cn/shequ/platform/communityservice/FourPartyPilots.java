package cn.shequ.platform.communityservice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The “四社联动” pilots, bounded by the data scope. */
interface FourPartyPilots extends JpaRepository<FourPartyPilot, Long>, JpaSpecificationExecutor<FourPartyPilot> {

    @Query("select max(p.year) from FourPartyPilot p")
    Optional<Integer> latestYear();

    List<FourPartyPilot> findByCommunityIdOrderByYearDesc(long communityId);
}
