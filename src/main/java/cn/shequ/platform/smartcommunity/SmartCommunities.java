package cn.shequ.platform.smartcommunity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The smart-community construction records, bounded by the data scope. */
interface SmartCommunities extends JpaRepository<SmartCommunity, Long>, JpaSpecificationExecutor<SmartCommunity> {

    @Query("select max(r.planYear) from SmartCommunity r")
    Optional<Integer> latestPlanYear();

    /** A record with its application systems, for the pages that show them. */
    @EntityGraph(attributePaths = "systems")
    @Query("select r from SmartCommunity r where r.id = ?1")
    Optional<SmartCommunity> findWithSystems(long id);

    @Query("select r.id from SmartCommunity r where r.communityId = ?1 and r.planYear = ?2")
    List<Long> findIdsByCommunityAndYear(long communityId, int planYear);

    List<SmartCommunity> findByCommunityIdOrderByPlanYearDesc(long communityId);
}
