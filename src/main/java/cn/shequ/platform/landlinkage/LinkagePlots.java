package cn.shequ.platform.landlinkage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The linkage plots, bounded by the data scope. */
interface LinkagePlots extends JpaRepository<LinkagePlot, Long>, JpaSpecificationExecutor<LinkagePlot> {

    @EntityGraph(attributePaths = "entry")
    List<LinkagePlot> findByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = "entry")
    List<LinkagePlot> findAllByOrderByPlanYearDescRegionPathAsc();

    /** The ids of the plots covered by an acceptance (in anybody's scope). */
    @Query(value = "select plot_id from land_acceptance_plot", nativeQuery = true)
    List<Long> findAcceptedIds();

    @Query("select max(p.planYear) from LinkagePlot p")
    Optional<Integer> latestYear();
}
