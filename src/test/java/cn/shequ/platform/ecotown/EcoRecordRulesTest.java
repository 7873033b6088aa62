package cn.shequ.platform.ecotown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules the module's records keep. */
class EcoRecordRulesTest {

    static final String PATH = "/370000/370700/370782/370782101/370782101003/";

    @Test
    void householdsRelocatedAreCumulativeAndNeverDecrease() {
        EcoProject project = EcoProject.plan(project(true, true, EcoAssessmentResult.BASICALLY_BUILT));
        project.report(draft("2015-04-15", 30, "1000"), 80, null, "office", Instant.now());
        assertRefused(() -> project.report(draft("2015-08-20", 60, "2000"), 70, null, "office", Instant.now()),
                "householdsRelocated");
        assertThat(project.getHouseholdsRelocated()).isEqualTo(80);
        project.report(draft("2015-08-20", 60, "2000"), null, null, "office", Instant.now());
        assertThat(project.getHouseholdsRelocated()).isEqualTo(80);
        project.report(draft("2015-12-20", 90, "3000"), 213, null, "office", Instant.now());
        assertThat(project.getHouseholdsRelocated()).isEqualTo(213);
        assertThat(project.getProgress().getInvestmentToDate()).isEqualByComparingTo("3000");
        assertThat(project.getReports()).hasSize(3);
    }

    @Test
    void aReportBreakingSeveralRulesNamesThemAll() {
        EcoProject project = EcoProject.plan(project(true, false, null));
        project.report(draft("2015-08-20", 60, "2000"), 80, null, "office", Instant.now());
        assertThatThrownBy(() -> project.report(draft("2015-09-20", 70, "1500"), 50, null, "office", Instant.now()))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .extracting(RuleViolationException.Violation::field)
                        .contains("householdsRelocated", "investmentToDate"));
        assertThat(project.getProgress().getInvestmentToDate()).isEqualByComparingTo("2000");
        assertThat(project.getReports()).hasSize(1);
    }

    @Test
    void onlyAnAssessedProjectHasAnAssessmentResult() {
        assertRefused(() -> EcoProject.plan(project(true, false, EcoAssessmentResult.BASICALLY_BUILT)), "assessmentResult");
        assertThat(EcoProject.plan(project(true, true, EcoAssessmentResult.BUILT)).getAssessmentResult())
                .isEqualTo(EcoAssessmentResult.BUILT);
    }

    @Test
    void aKeyProjectLiesInARuralNewCommunity() {
        assertRefused(() -> EcoProject.plan(project(false, false, null)), "communityId");
    }

    @Test
    void plannedInvestmentIsNotNegative() {
        assertRefused(() -> EcoProject.plan(new EcoProject.Details(EcoProjectKind.ECO_TOWN, "北老屯生态小镇", 1L, PATH, 2015,
                BigDecimal.valueOf(-1), false, null, null, null, true)), "plannedInvestment");
    }

    @Test
    void anApprovedPlanCarriesItsApprovalDateAndOnlyThen() {
        assertRefused(() -> EcoPlan.draw(plan(EcoPlanStatus.APPROVED, null, BigDecimal.TEN)), "approvedOn");
        assertRefused(() -> EcoPlan.draw(plan(EcoPlanStatus.DRAFTING, LocalDate.of(2015, 5, 1), BigDecimal.TEN)), "approvedOn");
        assertRefused(() -> EcoPlan.draw(plan(EcoPlanStatus.APPROVED, LocalDate.of(1999, 5, 1), BigDecimal.TEN)), "approvedOn");
        assertRefused(() -> EcoPlan.draw(plan(EcoPlanStatus.DRAFTING, null, BigDecimal.valueOf(-5))), "industryArea");
        EcoPlan plan = EcoPlan.draw(plan(EcoPlanStatus.APPROVED, LocalDate.of(2015, 5, 1), BigDecimal.TEN));
        assertThat(plan.getTotalArea()).isEqualByComparingTo("40");
    }

    @Test
    void anAwardPurposeNeedsAnAmountAndMoneyIsNotNegative() {
        assertRefused(() -> EcoDesignation.designate(designation(null, "污水处理", 10)), "awardAmount");
        assertRefused(() -> EcoDesignation.designate(designation(BigDecimal.valueOf(-1), null, 10)), "awardAmount");
        assertRefused(() -> EcoDesignation.designate(designation(BigDecimal.TEN, null, 0)), "cohortTotal");
        assertThat(EcoDesignation.designate(designation(BigDecimal.valueOf(14), " 污水处理 ", 10)).getAwardPurpose())
                .isEqualTo("污水处理");
    }

    @Test
    void aRiversideKeyCommunityLiesAlongTheRiver() {
        assertRefused(() -> EcoRiverside.select(new EcoRiverside.Details(1L, PATH, false, 2015, true, BigDecimal.TEN, null)),
                "communityId");
        assertRefused(() -> EcoRiverside.select(new EcoRiverside.Details(1L, PATH, true, 2015, true, BigDecimal.valueOf(-1),
                null)), "landQuota");
        assertThat(EcoRiverside.select(new EcoRiverside.Details(1L, PATH, true, 2015, false, null, null)).getLandQuota())
                .isEqualByComparingTo("0");
    }

    @Test
    void countsAreNotNegativeAndDatesSane() {
        assertRefused(() -> EcoStaffCount.count(new EcoStaffCount.Details(1L, PATH, LocalDate.of(2015, 3, 31), -1, null)),
                "workers");
        assertRefused(() -> EcoStaffCount.count(new EcoStaffCount.Details(1L, PATH, LocalDate.of(2150, 3, 31), 3, null)),
                "asOf");
        assertRefused(() -> EcoCooperative.found(new EcoCooperative.Details(1L, PATH, "合作社", LocalDate.of(2015, 3, 1), -3,
                null)), "members");
        assertRefused(() -> EcoPark.establish(new EcoPark.Details(1L, PATH, "园区", EcoParkKind.AGRICULTURE,
                BigDecimal.valueOf(-1), LocalDate.of(2015, 3, 1), null)), "area");
        assertRefused(() -> EcoInfrastructure.achieve(1L, PATH, 1L, LocalDate.of(1990, 1, 1), "rows[0].achievedOn"),
                "rows[0].achievedOn");
    }

    private static void assertRefused(Executable change, String field) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(RuleViolationException.class,
                ex -> assertThat(ex.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo(field)));
    }

    static EcoProject.Details project(boolean rural, boolean assessed, EcoAssessmentResult result) {
        return new EcoProject.Details(EcoProjectKind.SEAT_COMMUNITY, "枳沟镇驻地农村新型社区", 1L, PATH, 2015,
                BigDecimal.valueOf(11000), assessed, result, null, null, rural);
    }

    static Progress.ReportDraft draft(String date, int percent, String invested) {
        return new Progress.ReportDraft(LocalDate.parse(date), ProjectStatus.UNDER_CONSTRUCTION, percent, new BigDecimal(invested));
    }

    static EcoPlan.Details plan(EcoPlanStatus status, LocalDate approved, BigDecimal area) {
        return new EcoPlan.Details(1L, PATH, 2015, "北老屯生态小镇控制性详细规划", EcoPlanType.REGULATORY_DETAILED, status, approved,
                area, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, null);
    }

    static EcoDesignation.Details designation(BigDecimal amount, String purpose, Integer cohort) {
        return new EcoDesignation.Details(1L, PATH, 2015, "山东省农村新型示范社区", EcoDesignationLevel.PROVINCE, amount, purpose,
                cohort, null);
    }
}
