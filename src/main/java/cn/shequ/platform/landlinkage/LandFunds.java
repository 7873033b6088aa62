package cn.shequ.platform.landlinkage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The funds, bounded by the data scope. */
interface LandFunds extends JpaRepository<LandFund, Long>, JpaSpecificationExecutor<LandFund> {

    @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"zone", "plot"})
    @Override
    Page<LandFund> findAll(Specification<LandFund> spec, Pageable pageable);
}
