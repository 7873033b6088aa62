package cn.shequ.platform.ecotown;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EcoProjectReports extends JpaRepository<EcoProjectReport, Long> {

    List<EcoProjectReport> findByProjectIdOrderByReportDateDescIdDesc(long projectId);
}
