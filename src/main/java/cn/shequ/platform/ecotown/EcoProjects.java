package cn.shequ.platform.ecotown;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The {@link EcoProject} records, bounded by the data scope. */
interface EcoProjects extends JpaRepository<EcoProject, Long>, JpaSpecificationExecutor<EcoProject> {

    List<EcoProject> findByCommunityId(long communityId, Sort sort);

    @Query("select max(p.year) from EcoProject p")
    Optional<Integer> latestYear();

    boolean existsByYearAndKindAndCommunityIdAndIdNot(int year, EcoProjectKind kind, long communityId, Long id);
}
