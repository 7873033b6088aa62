package cn.shequ.platform.servicecenter;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The service-center projects, bounded by the data scope. */
interface ServiceCenterProjects extends JpaRepository<ServiceCenterProject, Long>,
        JpaSpecificationExecutor<ServiceCenterProject> {

    @Query("select max(p.planYear) from ServiceCenterProject p")
    Optional<Integer> latestPlanYear();
}
