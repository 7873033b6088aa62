package cn.shequ.platform.featured;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The appraisal batches (city-wide records: every user reads them; their applications are scoped). */
interface FeaturedBatches extends JpaRepository<FeaturedBatch, Long>, JpaSpecificationExecutor<FeaturedBatch> {

    Optional<FeaturedBatch> findByNumber(int number);

    List<FeaturedBatch> findAllByOrderByNumberDesc();

    @Query("select max(b.year) from FeaturedBatch b")
    Optional<Integer> latestYear();

    @Query("select max(b.number) from FeaturedBatch b")
    Optional<Integer> highestNumber();
}
