package cn.shequ.platform.servicecenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The summary query on PostgreSQL, against the 2015 demo records and records made here. */
@IntegrationTest
@Transactional
class ServiceCenterFiguresTest {

    @Autowired
    ServiceCenterFigures figures;

    @Autowired
    ServiceCenterProjects projects;

    @Autowired
    ServiceCenterReports reports;

    @Autowired
    RegionDirectory regions;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    @Test
    void the2015PlanOfZhuchengReads50Of8NewWith4NewInUse() {
        ServiceCenterFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary.planned()).isEqualTo(50);
        assertThat(summary.newBuild()).isEqualTo(8);
        assertThat(summary.renovation()).isEqualTo(42);
        assertThat(summary.newBuildInUse()).isEqualTo(4);
        assertThat(summary.renovationCompleted()).isBetween(38L, 42L);
        assertThat(summary.inUse()).isGreaterThanOrEqualTo(summary.newBuildInUse());
        assertThat(summary.showcase()).isPositive();
        assertThat(summary.plannedInvestment()).isPositive();
    }

    @Test
    void theFiguresByTownAddUpToTheCity() {
        var rows = figures.byArea(2015, city());
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows.stream().mapToLong(r -> r.figures().planned()).sum()).isEqualTo(50);
        assertThat(rows.stream().mapToLong(r -> r.figures().newBuildInUse()).sum()).isEqualTo(4);
        assertThat(rows).allSatisfy(r -> assertThat(r.areaCode()).hasSize(9).startsWith("370782"));
    }

    @Test
    void aTownCountsOnlyItsOwnProjects() {
        RegionRef changcheng = regions.findByCode("370782105").orElseThrow();
        long inTown = figures.summary(2015, changcheng).planned();
        assertThat(inTown).isPositive().isLessThan(50);
        assertThat(projects.findAll().stream()
                .filter(p -> p.getPlanYear() == 2015 && p.getRegionPath().startsWith(changcheng.path())).count())
                .isEqualTo(inTown);
    }

    @Test
    void aNewProjectAndItsReportsChangeTheFigures() {
        CommunityRef community = regions.communitiesUnder(city()).get(0);
        ServiceCenterProject project = projects.save(ServiceCenterProject.plan(new ServiceCenterProject.Details(
                community.id(), community.path(), 2015, ServiceCenterKind.NEW_BUILD, null, false, BigDecimal.TEN,
                BigDecimal.valueOf(200), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 10, 1), null)));
        assertThat(figures.summary(2015, city()).planned()).isEqualTo(51);
        assertThat(figures.summary(2015, city()).newBuild()).isEqualTo(9);

        reports.save(project.report(new Progress.ReportDraft(LocalDate.of(2015, 9, 1), ProjectStatus.COMPLETED, 100,
                BigDecimal.valueOf(180)), null, "office", Instant.now()));
        reports.save(project.report(new Progress.ReportDraft(LocalDate.of(2015, 12, 20), ProjectStatus.IN_USE, 100, null),
                null, "office", Instant.now()));
        assertThat(figures.summary(2015, city()).newBuildInUse()).isEqualTo(5);
    }

    @Test
    void theStatusIsTakenAtTheEndOfTheYear() {
        CommunityRef community = regions.communitiesUnder(city()).get(1);
        ServiceCenterProject project = projects.save(ServiceCenterProject.plan(new ServiceCenterProject.Details(
                community.id(), community.path(), 2015, ServiceCenterKind.NEW_BUILD, null, false, null, null,
                LocalDate.of(2015, 3, 1), null, null)));
        reports.save(project.report(new Progress.ReportDraft(LocalDate.of(2016, 1, 10), ProjectStatus.IN_USE, 100, null),
                null, "office", Instant.now()));
        assertThat(figures.summary(2015, city()).newBuildInUse()).isEqualTo(4);
    }

    @Test
    void the2014PlanIsLighter() {
        ServiceCenterFigures.Summary summary = figures.summary(2014, city());
        assertThat(summary.planned()).isEqualTo(30);
        assertThat(summary.newBuild()).isEqualTo(3);
    }
}
