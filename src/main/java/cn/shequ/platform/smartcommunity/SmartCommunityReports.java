package cn.shequ.platform.smartcommunity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SmartCommunityReports extends JpaRepository<SmartCommunityReport, Long> {

    List<SmartCommunityReport> findBySmartCommunityIdOrderByReportDateDescIdDesc(long smartCommunityId);
}
