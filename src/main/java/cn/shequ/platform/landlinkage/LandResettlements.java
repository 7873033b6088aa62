package cn.shequ.platform.landlinkage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The resettlements, bounded by the data scope. */
interface LandResettlements extends JpaRepository<LandResettlement, Long>, JpaSpecificationExecutor<LandResettlement> {

    @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "zone")
    @Override
    Page<LandResettlement> findAll(Specification<LandResettlement> spec, Pageable pageable);
}
