package cn.shequ.platform.featured;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeaturedTransitions extends JpaRepository<FeaturedTransition, Long> {

    List<FeaturedTransition> findByApplicationIdOrderByOccurredAtAscIdAsc(long applicationId);
}
