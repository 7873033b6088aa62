package cn.shequ.platform.featured;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeaturedReviews extends JpaRepository<FeaturedReview, Long> {

    Optional<FeaturedReview> findByApplicationIdAndReviewer(long applicationId, String reviewer);

    @Query("select r from FeaturedReview r left join fetch r.scores where r.application.id = :applicationId order by r.reviewer")
    List<FeaturedReview> findWithScores(long applicationId);

    @Query("select r.application.id from FeaturedReview r where r.reviewer = :reviewer")
    java.util.Set<Long> scoredBy(String reviewer);

    @Query("select count(r) > 0 from FeaturedReview r where r.application.batch.id = :batchId")
    boolean existsForBatch(long batchId);
}
