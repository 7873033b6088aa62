package cn.shequ.platform.featured;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The applications, bounded by the data scope. */
interface FeaturedApplications extends JpaRepository<FeaturedApplication, Long>,
        JpaSpecificationExecutor<FeaturedApplication> {

    @Query("select count(a) > 0 from FeaturedApplication a where a.batch.id = :batchId and a.communityId = :communityId "
            + "and a.aspect.id = :aspectId and a.id <> :exceptId")
    boolean existsDuplicate(long batchId, long communityId, long aspectId, long exceptId);

    @Query("select distinct a.aspect.id from FeaturedApplication a where a.batch.id = :batchId")
    Set<Long> aspectsApplied(long batchId);

    @Query("select a from FeaturedApplication a join fetch a.batch b join fetch a.aspect "
            + "where a.communityId = :communityId and a.state = cn.shequ.platform.featured.FeaturedState.NAMED "
            + "order by b.number")
    List<FeaturedApplication> namedOf(long communityId);

    List<FeaturedApplication> findByBatchIdAndState(long batchId, FeaturedState state);
}
