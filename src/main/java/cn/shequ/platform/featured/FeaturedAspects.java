package cn.shequ.platform.featured;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The aspects, in their order. */
interface FeaturedAspects extends JpaRepository<FeaturedAspect, Long> {

    List<FeaturedAspect> findAllByOrderBySortOrderAscIdAsc();

    Optional<FeaturedAspect> findByName(String name);
}
