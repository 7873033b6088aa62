package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The editable infrastructure list (reference data, not scoped). */
interface EcoInfrastructureItems extends JpaRepository<EcoInfrastructureItem, Long>,
        JpaSpecificationExecutor<EcoInfrastructureItem> {

    List<EcoInfrastructureItem> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByGroupAndNameAndIdNot(EcoInfrastructureGroup group, String name, Long id);
}
