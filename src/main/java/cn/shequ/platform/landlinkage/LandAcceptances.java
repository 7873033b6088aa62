package cn.shequ.platform.landlinkage;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The completion acceptances, bounded by the data scope. */
interface LandAcceptances extends JpaRepository<LandAcceptance, Long>, JpaSpecificationExecutor<LandAcceptance> {

    /** Whether any of the plots is covered by an acceptance already. */
    @Query(value = "select count(*) > 0 from land_acceptance_plot where plot_id in (?1)", nativeQuery = true)
    boolean coversAny(Collection<Long> plotIds);
}
