package cn.shequ.platform.communityservice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The public-welfare activities, bounded by the data scope. */
interface WelfareActivities extends JpaRepository<WelfareActivity, Long>, JpaSpecificationExecutor<WelfareActivity> {

    @Query("select max(year(a.heldOn)) from WelfareActivity a")
    Optional<Integer> latestYear();

    @Query("select a from WelfareActivity a join a.placeIds p where p = ?1 order by a.heldOn desc, a.id desc")
    List<WelfareActivity> findHeldAt(long regionId);
}
