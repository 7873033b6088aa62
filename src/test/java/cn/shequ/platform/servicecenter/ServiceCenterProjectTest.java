package cn.shequ.platform.servicecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of a service-center project's details. */
class ServiceCenterProjectTest {

    @Test
    void aRenovationNamesTheBuildingItReuses() {
        assertRefused(details(ServiceCenterKind.RENOVATION, null, "2015-03-01", "2015-10-01"), "reusedBuilding");
        assertThat(ServiceCenterProject.plan(details(ServiceCenterKind.RENOVATION, ReusedBuilding.IDLE_SCHOOL,
                "2015-03-01", "2015-10-01")).getReusedBuilding()).isEqualTo(ReusedBuilding.IDLE_SCHOOL);
    }

    @Test
    void aNewBuildReusesNoBuilding() {
        assertRefused(details(ServiceCenterKind.NEW_BUILD, ReusedBuilding.COLLECTIVE, "2015-03-01", "2015-10-01"),
                "reusedBuilding");
    }

    @Test
    void thePlannedFinishIsNotBeforeTheStart() {
        assertRefused(details(ServiceCenterKind.NEW_BUILD, null, "2015-10-01", "2015-03-01"), "plannedFinish");
    }

    @Test
    void datesStayWithinSaneBounds() {
        assertRefused(details(ServiceCenterKind.NEW_BUILD, null, "1915-03-01", "2015-03-01"), "plannedStart");
    }

    @Test
    void aCompletedProjectCannotBePlannedToStartAfterItsCompletion() {
        ServiceCenterProject project = ServiceCenterProject.plan(details(ServiceCenterKind.NEW_BUILD, null, "2015-03-01", "2015-10-01"));
        project.report(new Progress.ReportDraft(LocalDate.of(2015, 4, 1), ProjectStatus.UNDER_CONSTRUCTION, 40, null), null, "office", Instant.now());
        project.report(new Progress.ReportDraft(LocalDate.of(2015, 9, 1), ProjectStatus.COMPLETED, 100, null), null, "office", Instant.now());
        assertThatThrownBy(() -> project.describe(details(ServiceCenterKind.NEW_BUILD, null, "2015-09-15", "2015-12-01")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(project.getProgress().getCompletedOn()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(project.getReports()).hasSize(2);
    }

    private static void assertRefused(ServiceCenterProject.Details details, String field) {
        assertThatThrownBy(() -> ServiceCenterProject.plan(details))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo(field)));
    }

    static ServiceCenterProject.Details details(ServiceCenterKind kind, ReusedBuilding building, String start, String finish) {
        return new ServiceCenterProject.Details(1L, "/370000/", 2015, kind, building, false, BigDecimal.TEN,
                BigDecimal.ONE, LocalDate.parse(start), LocalDate.parse(finish), null);
    }
}
