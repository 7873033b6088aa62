package cn.shequ.platform.landlinkage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The module's repositories; every read is bounded by the data scope. */
final class LandRepositories {

    private LandRepositories() {
    }
}

interface LandLibraryEntries extends JpaRepository<LandLibraryEntry, Long>, JpaSpecificationExecutor<LandLibraryEntry> {

    /** Whether a site of this name is already in the town's library, in anybody's scope. */
    @Query(value = "select count(*) > 0 from land_library_entry where town_id = ?1 and name = ?2", nativeQuery = true)
    boolean existsInTown(long townId, String name);

    @Query(value = "select count(*) > 0 from land_library_entry where town_id = ?1 and name = ?2 and id <> ?3",
            nativeQuery = true)
    boolean existsInTownOtherThan(long townId, String name, long id);

    List<LandLibraryEntry> findByStatusOrderByRegionPathAscNameAsc(LandLibraryStatus status);

    @Query("select max(e.enteredYear) from LandLibraryEntry e")
    Optional<Integer> latestYear();
}

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

interface LandAcceptances extends JpaRepository<LandAcceptance, Long>, JpaSpecificationExecutor<LandAcceptance> {

    /** Whether any of the plots is covered by an acceptance already. */
    @Query(value = "select count(*) > 0 from land_acceptance_plot where plot_id in (?1)", nativeQuery = true)
    boolean coversAny(Collection<Long> plotIds);
}

interface LandFunds extends JpaRepository<LandFund, Long>, JpaSpecificationExecutor<LandFund> {

    @EntityGraph(attributePaths = {"zone", "plot"})
    @Override
    Page<LandFund> findAll(Specification<LandFund> spec, Pageable pageable);
}

interface LandZones extends JpaRepository<LandZone, Long>, JpaSpecificationExecutor<LandZone> {

    List<LandZone> findAllByOrderByRegionPathAscNameAsc();

    List<LandZone> findByCommunityIdOrderByName(long communityId);
}

interface LandZoneProgressEntries extends JpaRepository<LandZoneProgress, Long> {

    List<LandZoneProgress> findByZoneIdOrderByEntryDateAscIdAsc(long zoneId);

    /** The progress entries of the given zones, on or before a date. */
    @Query("select e from LandZoneProgress e where e.zone.id in ?1 and e.entryDate <= ?2")
    List<LandZoneProgress> findByZonesUpTo(Collection<Long> zoneIds, java.time.LocalDate asOf);
}

interface LandResettlements extends JpaRepository<LandResettlement, Long>, JpaSpecificationExecutor<LandResettlement> {

    @EntityGraph(attributePaths = "zone")
    @Override
    Page<LandResettlement> findAll(Specification<LandResettlement> spec, Pageable pageable);
}
