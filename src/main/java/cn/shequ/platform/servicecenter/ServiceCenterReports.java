package cn.shequ.platform.servicecenter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceCenterReports extends JpaRepository<ServiceCenterReport, Long> {

    List<ServiceCenterReport> findByProjectIdOrderByReportDateDescIdDesc(long projectId);
}
