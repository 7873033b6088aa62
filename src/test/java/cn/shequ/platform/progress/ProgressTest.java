package cn.shequ.platform.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The progress rules every work stream's projects keep. */
class ProgressTest {

    static final LocalDate START = LocalDate.of(2015, 3, 1);

    Progress underConstruction = Progress.planned()
            .advance(draft("2015-04-01", ProjectStatus.UNDER_CONSTRUCTION, 30, "20"), START);

    @Test
    void aReportMovesTheProjectOnAndRecordsTheDates() {
        Progress completed = underConstruction.advance(draft("2015-10-01", ProjectStatus.COMPLETED, 100, "55"), START);
        Progress inUse = completed.advance(draft("2015-12-01", ProjectStatus.IN_USE, 100, null), START);

        assertThat(inUse.getStatus()).isEqualTo(ProjectStatus.IN_USE);
        assertThat(inUse.getStartedOn()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(inUse.getCompletedOn()).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(inUse.getInUseOn()).isEqualTo(LocalDate.of(2015, 12, 1));
        assertThat(inUse.getInvestmentToDate()).isEqualByComparingTo("55");
        assertThat(inUse.getLastReportDate()).isEqualTo(LocalDate.of(2015, 12, 1));
    }

    @Test
    void aReportDatedBeforeTheLatestIsRefused() {
        assertRefused(draft("2015-03-31", ProjectStatus.UNDER_CONSTRUCTION, 40, "25"), "reportDate",
                "progress.error.date.beforeLatest");
    }

    @Test
    void aPercentageBelowTheLastIsRefused() {
        assertRefused(draft("2015-05-01", ProjectStatus.UNDER_CONSTRUCTION, 20, "25"), "percentComplete",
                "progress.error.percent.belowLast");
    }

    @Test
    void aStatusGoingBackwardsIsRefused() {
        assertRefused(draft("2015-05-01", ProjectStatus.PLANNED, 30, "25"), "status", "progress.error.status.backwards");
    }

    @Test
    void lessInvestmentThanAlreadyReportedIsRefused() {
        assertRefused(draft("2015-05-01", ProjectStatus.UNDER_CONSTRUCTION, 40, "10"), "investmentToDate",
                "progress.error.investment.belowLast");
    }

    @Test
    void aCompletionBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> Progress.planned().advance(draft("2015-02-01", ProjectStatus.COMPLETED, 100, null), START))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("progress.error.date.completedBeforeStart")));
    }

    @Test
    void aCompletedProjectIsWhollyDone() {
        assertRefused(draft("2015-10-01", ProjectStatus.COMPLETED, 90, "30"), "percentComplete",
                "progress.error.percent.completed");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> underConstruction.advance(draft("2015-01-01", ProjectStatus.PLANNED, 10, "1"), START))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.violations()).extracting(RuleViolationException.Violation::field)
                                .contains("reportDate", "status", "percentComplete", "investmentToDate"));
    }

    @Test
    void theStatusRanksFollowTheOrderOfTheWork() {
        assertThat(ProjectStatus.IN_USE.hasReached(ProjectStatus.COMPLETED)).isTrue();
        assertThat(ProjectStatus.UNDER_CONSTRUCTION.hasReached(ProjectStatus.COMPLETED)).isFalse();
        assertThat(ProjectStatus.COMPLETED.andBeyond()).containsExactly(ProjectStatus.COMPLETED, ProjectStatus.IN_USE);
        assertThat(ProgressSql.rankOf("s")).contains("when 'IN_USE' then 3").doesNotContain(";");
    }

    private void assertRefused(Progress.ReportDraft draft, String field, String key) {
        assertThatThrownBy(() -> underConstruction.advance(draft, START))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }

    static Progress.ReportDraft draft(String date, ProjectStatus status, int percent, String investment) {
        return new Progress.ReportDraft(LocalDate.parse(date), status, percent,
                investment == null ? null : new BigDecimal(investment));
    }
}
