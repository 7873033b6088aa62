package cn.shequ.platform.ecotown;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.indicator.AreaRow;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/** The eco-town figures on PostgreSQL, against the 2015 and 2014 demo records and records changed here. */
@IntegrationTest
@Transactional
class EcoTownFiguresTest {

    @Autowired
    EcoTownFigures figures;

    @Autowired
    EcoProjects projects;

    @Autowired
    EcoProjectReports reports;

    @Autowired
    EcoPlans plans;

    @Autowired
    EcoDesignations designations;

    @Autowired
    EcoRiversides riversides;

    @Autowired
    EcoCooperatives cooperatives;

    @Autowired
    EcoParks parks;

    @Autowired
    EcoStaffCounts staff;

    @Autowired
    RegionDirectory regions;

    @Autowired
    EntityManager entityManager;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    CommunityRef community(String code) {
        return regions.community(regions.findByCode(code).orElseThrow().id()).orElseThrow();
    }

    @Test
    void the2015FiguresOfZhuchengAreTheYearbooks() {
        EcoTownFigures.Summary s = figures.summary(2015, city());
        assertThat(s.ruralCommunityKeyProjects()).isEqualTo(6);
        assertThat(s.ecoTownKeyProjects()).isEqualTo(16);
        assertThat(s.plannedInvestment()).isEqualByComparingTo("137000");
        assertThat(s.actualInvestment()).isEqualByComparingTo("110000");
        assertThat(s.plannedInvestmentYi()).isEqualByComparingTo("13.7");
        assertThat(s.actualInvestmentYi()).isEqualByComparingTo("11.0");
        assertThat(s.completionPercent()).contains(80);
        assertThat(s.householdsRelocated()).isBetween(3300L, 3399L);
        assertThat(s.assessedProjects()).isEqualTo(6);
        assertThat(s.assessedBasicallyBuilt()).isEqualTo(6);
        assertThat(s.provincialDemonstrationCommunities()).isEqualTo(3);
        assertThat(s.demonstrationAwards()).isEqualByComparingTo("40");
        assertThat(s.plansCompleted()).isEqualTo(12);
        assertThat(s.riversideKeyCommunities()).isEqualTo(11);
        assertThat(s.riversideTowns()).isEqualTo(9);
        assertThat(s.riversideLandQuota()).isEqualByComparingTo("100");
        assertThat(s.communitiesFallingShort()).isEqualTo(1);
    }

    @Test
    void theNamesTheYearbookQuotes() {
        assertThat(figures.demonstrationCommunityNames(2015, city()))
                .containsExactly("相州镇相州社区", "昌城镇昌城社区", "辛兴镇辛兴社区");
        assertThat(figures.demonstrationCohortSize(2015, city())).contains(10);
        assertThat(figures.demonstrationCohortSize(2013, city())).isEmpty();
        assertThat(figures.riversideFeaturedNames(2015, city())).containsExactly("龙都街道邱家七吉社区", "昌城镇昌城社区");
        List<EcoTownFigures.AwardFact> awards = figures.awards(2015, city());
        assertThat(awards).hasSize(3).allSatisfy(a -> {
            assertThat(a.title()).isEqualTo("山东省农村新型示范社区");
            assertThat(a.level()).isEqualTo("PROVINCE");
            assertThat(a.purpose()).isEqualTo("污水处理");
        });
        assertThat(awards.stream().map(EcoTownFigures.AwardFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("40");
        assertThat(awards).extracting(EcoTownFigures.AwardFact::communityFullName)
                .containsExactly("相州镇相州社区", "昌城镇昌城社区", "辛兴镇辛兴社区");
    }

    @Test
    void theOneCommunityFallingShortIsNamedWithItsReasons() {
        List<CommunityStandards.Result> shortfalls = figures.shortfalls(2015, city());
        assertThat(shortfalls).singleElement().satisfies(r -> {
            assertThat(r.community().fullName()).isEqualTo("龙都街道岔道口社区");
            assertThat(r.keyProject()).isFalse();
            assertThat(r.shortfalls()).extracting(CommunityStandards.Shortfall::kind).containsExactly(
                    CommunityStandards.EcoShortfall.TOO_FEW_WORKERS, CommunityStandards.EcoShortfall.TOO_FEW_PARKS,
                    CommunityStandards.EcoShortfall.INFRASTRUCTURE_MISSING);
        });
    }

    @Test
    void the2014FiguresAreLighter() {
        EcoTownFigures.Summary s = figures.summary(2014, city());
        assertThat(s.ruralCommunityKeyProjects()).isEqualTo(2);
        assertThat(s.ecoTownKeyProjects()).isEqualTo(6);
        assertThat(s.plannedInvestment()).isEqualByComparingTo("41000");
        assertThat(s.actualInvestment()).isEqualByComparingTo("30000");
        assertThat(s.householdsRelocated()).isEqualTo(1200);
        assertThat(s.assessedProjects()).isEqualTo(2);
        assertThat(s.assessedBasicallyBuilt()).isEqualTo(1);
        assertThat(s.provincialDemonstrationCommunities()).isZero();
        assertThat(s.plansCompleted()).isEqualTo(4);
        assertThat(s.riversideKeyCommunities()).isEqualTo(4);
        assertThat(s.riversideTowns()).isEqualTo(3);
        assertThat(s.riversideLandQuota()).isEqualByComparingTo("30");
        assertThat(s.communitiesFallingShort()).isPositive();
    }

    @Test
    void theFiguresByTownAddUpToTheCity() {
        List<AreaRow<EcoTownFigures.Summary>> rows = figures.byArea(2015, city());
        assertThat(rows).hasSize(13).allSatisfy(r -> assertThat(r.areaCode()).hasSize(9).startsWith("370782"));
        assertThat(rows.stream().mapToLong(r -> r.figures().keyProjects()).sum()).isEqualTo(22);
        assertThat(rows.stream().map(r -> r.figures().plannedInvestment()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("137000");
        assertThat(rows.stream().mapToLong(r -> r.figures().householdsRelocated()).sum()).isEqualTo(3350);
        assertThat(rows.stream().mapToLong(r -> r.figures().riversideKeyCommunities()).sum()).isEqualTo(11);
        assertThat(rows.stream().mapToLong(r -> r.figures().riversideTowns()).sum()).isEqualTo(9);
        assertThat(rows.stream().mapToLong(r -> r.figures().communitiesFallingShort()).sum()).isEqualTo(1);
        AreaRow<EcoTownFigures.Summary> changcheng = rows.stream().filter(r -> r.areaCode().equals("370782105")).findFirst().orElseThrow();
        assertThat(changcheng.figures().provincialDemonstrationCommunities()).isEqualTo(1);
        assertThat(changcheng.figures().riversideLandQuota()).isEqualByComparingTo("60");
    }

    @Test
    void aTownCountsOnlyItsOwnRecords() {
        RegionRef changcheng = regions.findByCode("370782105").orElseThrow();
        EcoTownFigures.Summary s = figures.summary(2015, changcheng);
        assertThat(s.ruralCommunityKeyProjects()).isEqualTo(1);
        assertThat(s.ecoTownKeyProjects()).isEqualTo(1);
        assertThat(s.plannedInvestment()).isEqualByComparingTo("17000");
        assertThat(s.riversideKeyCommunities()).isEqualTo(2);
        assertThat(s.riversideTowns()).isEqualTo(1);
        assertThat(figures.demonstrationCommunityNames(2015, changcheng)).containsExactly("昌城镇昌城社区");
    }

    @Test
    void aProgressReportMovesInvestmentAndHouseholdsAndOneAfterTheYearEndDoesNot() {
        EcoProject shimen = project2015("370782110002");
        reports.save(shimen.report(new Progress.ReportDraft(LocalDate.of(2015, 12, 28), ProjectStatus.UNDER_CONSTRUCTION, 90,
                BigDecimal.valueOf(3000)), 90, null, "office", Instant.now()));
        EcoTownFigures.Summary s = figures.summary(2015, city());
        assertThat(s.householdsRelocated()).isEqualTo(3390);
        assertThat(s.actualInvestment()).isEqualByComparingTo("110500");

        reports.save(shimen.report(new Progress.ReportDraft(LocalDate.of(2016, 1, 5), ProjectStatus.UNDER_CONSTRUCTION, 95,
                BigDecimal.valueOf(3300)), 150, null, "office", Instant.now()));
        assertThat(figures.summary(2015, city()).householdsRelocated()).isEqualTo(3390);
    }

    @Test
    void aNewKeyProjectChangesTheCountsAndTheChecksThatFollow() {
        CommunityRef nanying = community("370782109002");
        projects.save(EcoProject.plan(new EcoProject.Details(EcoProjectKind.SEAT_COMMUNITY, "皇华镇驻地农村新型社区",
                nanying.id(), nanying.path(), 2015, BigDecimal.valueOf(8000), true, null, null, null, true)));
        EcoTownFigures.Summary s = figures.summary(2015, city());
        assertThat(s.ruralCommunityKeyProjects()).isEqualTo(7);
        assertThat(s.plannedInvestment()).isEqualByComparingTo("145000");
        assertThat(s.assessedProjects()).isEqualTo(7);
        assertThat(s.assessedBasicallyBuilt()).isEqualTo(6);
        assertThat(s.communitiesFallingShort()).isEqualTo(2);
        assertThat(figures.shortfalls(2015, city())).extracting(r -> r.community().fullName())
                .containsExactly("龙都街道岔道口社区", "皇华镇南营社区");
    }

    @Test
    void anApprovedPlanADesignationAndARiversideCommunityChangeTheirFigures() {
        CommunityRef taolin = community("370782110001");
        plans.save(EcoPlan.draw(new EcoPlan.Details(taolin.id(), taolin.path(), 2015, "桃林生态小镇控制性详细规划",
                EcoPlanType.REGULATORY_DETAILED, EcoPlanStatus.APPROVED, LocalDate.of(2015, 12, 1), null, null, null, null,
                null)));
        CommunityRef jiayue = community("370782102001");
        designations.save(EcoDesignation.designate(new EcoDesignation.Details(jiayue.id(), jiayue.path(), 2015,
                "山东省农村新型示范社区", EcoDesignationLevel.PROVINCE, BigDecimal.valueOf(10), "污水处理", 10, null)));
        CommunityRef banbian = community("370782108001");
        riversides.save(EcoRiverside.select(new EcoRiverside.Details(banbian.id(), banbian.path(), true, 2015, false,
                BigDecimal.valueOf(15), null)));
        EcoTownFigures.Summary s = figures.summary(2015, city());
        assertThat(s.plansCompleted()).isEqualTo(13);
        assertThat(s.provincialDemonstrationCommunities()).isEqualTo(4);
        assertThat(s.demonstrationAwards()).isEqualByComparingTo("50");
        assertThat(s.riversideKeyCommunities()).isEqualTo(12);
        assertThat(s.riversideTowns()).isEqualTo(10);
        assertThat(s.riversideLandQuota()).isEqualByComparingTo("115");
        assertThat(figures.demonstrationCommunityNames(2015, city())).hasSize(4).contains("贾悦镇贾悦社区");
    }

    @Test
    void removingTheLastCooperativeOfAKeyCommunityMakesItFallShort() {
        CommunityRef beilaotun = community("370782101003");
        List<EcoCooperative> own = cooperatives.findByCommunityId(beilaotun.id(), Sort.by("id"));
        assertThat(own).hasSize(1);
        cooperatives.delete(own.get(0));
        entityManager.flush();
        assertThat(figures.summary(2015, city()).communitiesFallingShort()).isEqualTo(2);
        assertThat(figures.shortfalls(2015, city())).filteredOn(r -> r.community().id() == beilaotun.id())
                .singleElement().satisfies(r -> {
                    assertThat(r.keyProject()).isTrue();
                    assertThat(r.shortfalls()).extracting(CommunityStandards.Shortfall::kind)
                            .containsExactly(CommunityStandards.EcoShortfall.TOO_FEW_COOPERATIVES);
                });
    }

    @Test
    void aParkOrAStaffCountAddedBringsTheShortCommunityCloser() {
        CommunityRef chadaokou = community("370782002002");
        parks.save(EcoPark.establish(new EcoPark.Details(chadaokou.id(), chadaokou.path(), "岔道口蔬菜产业园",
                EcoParkKind.AGRICULTURE, BigDecimal.valueOf(300), LocalDate.of(2015, 10, 1), null)));
        staff.save(EcoStaffCount.count(new EcoStaffCount.Details(chadaokou.id(), chadaokou.path(), LocalDate.of(2015, 11, 1),
                5, null)));
        assertThat(figures.shortfalls(2015, city())).singleElement().satisfies(r -> assertThat(r.shortfalls())
                .extracting(CommunityStandards.Shortfall::kind)
                .containsExactly(CommunityStandards.EcoShortfall.INFRASTRUCTURE_MISSING));
        assertThat(figures.summary(2015, city()).communitiesFallingShort()).isEqualTo(1);
    }

    private EcoProject project2015(String code) {
        long id = community(code).id();
        return projects.findAll().stream().filter(p -> p.getYear() == 2015 && p.getCommunityId() == id).findFirst()
                .orElseThrow();
    }
}
