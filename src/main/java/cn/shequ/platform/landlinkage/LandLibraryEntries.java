package cn.shequ.platform.landlinkage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The project library, bounded by the data scope. */
interface LandLibraryEntries extends JpaRepository<LandLibraryEntry, Long>, JpaSpecificationExecutor<LandLibraryEntry> {

    /** Whether a site of this name is already in the town's library, in anybody's scope. */
    @Query(value = "select count(*) > 0 from land_library_entry where town_id = ?1 and name = ?2", nativeQuery = true)
    boolean existsInTown(long townId, String name);

    @Query(value = "select count(*) > 0 from land_library_entry where town_id = ?1 and name = ?2 and id <> ?3",
            nativeQuery = true)
    boolean existsInTownOtherThan(long townId, String name, long id);

    List<LandLibraryEntry> findByStatusOrderByRegionPathAscNameAsc(LandLibraryStatus status);
}
