package cn.shequ.platform.region;

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

/** The region table. JPQL reads are bounded by the data scope; the native ones are not. */
interface Regions extends JpaRepository<Region, Long>, JpaSpecificationExecutor<Region> {

    Optional<Region> findByCode(String code);

    @EntityGraph(attributePaths = "parent")
    @Override
    Page<Region> findAll(Specification<Region> spec, Pageable pageable);

    @EntityGraph(attributePaths = "parent")
    List<Region> findByIdIn(Collection<Long> ids);

    List<Region> findByLevelInOrderByPath(Collection<RegionLevel> levels);

    List<Region> findByLevelOrderByPath(RegionLevel level);

    /** Communities with their towns (a community's town always lies in the scope that shows the community). */
    @EntityGraph(attributePaths = "parent")
    @Query("select r from Region r where r.level = cn.shequ.platform.region.RegionLevel.COMMUNITY order by r.path")
    List<Region> findCommunities();

    @EntityGraph(attributePaths = "parent")
    List<Region> findByLevelAndPathStartingWithOrderByPath(RegionLevel level, String pathPrefix);

    List<Region> findByParentIdOrderByCode(Long parentId);

    @Query("select r.parent.id as parentId, count(r) as children from Region r "
            + "where r.level = cn.shequ.platform.region.RegionLevel.COMMUNITY group by r.parent.id")
    List<ChildCount> countCommunitiesByTown();

    /** Whether any region, in anybody's scope, already uses the code. */
    @Query(value = "select count(*) > 0 from region where code = ?1", nativeQuery = true)
    boolean codeInUse(String code);

    /** A region's path by its id, whatever the scope: only for naming the region. */
    @Query(value = "select path from region where id = ?1", nativeQuery = true)
    Optional<String> findPathById(long id);

    /** Regions by code, whatever the scope: only for names on breadcrumbs and headings. */
    @Query(value = "select id, code, name, level, path, parent_id from region where code in (?1) order by path",
            nativeQuery = true)
    List<Object[]> findNamesByCodeIn(Collection<String> codes);

    interface ChildCount {
        Long getParentId();

        long getChildren();
    }
}
