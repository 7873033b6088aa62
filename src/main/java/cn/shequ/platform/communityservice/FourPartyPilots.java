package cn.shequ.platform.communityservice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The “四社联动” pilots, bounded by the data scope. */
interface FourPartyPilots extends JpaRepository<FourPartyPilot, Long>, JpaSpecificationExecutor<FourPartyPilot> {

    @Query("select p.id from FourPartyPilot p where p.communityId = ?1 and p.pilotYear = ?2")
    List<Long> findIdsByCommunityAndYear(long communityId, int year);

    @Query("select max(p.pilotYear) from FourPartyPilot p")
    Optional<Integer> latestYear();

    List<FourPartyPilot> findByCommunityIdOrderByPilotYearDesc(long communityId);
}
