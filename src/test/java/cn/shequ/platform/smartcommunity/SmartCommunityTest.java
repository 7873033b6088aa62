package cn.shequ.platform.smartcommunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of a smart-community construction record. */
class SmartCommunityTest {

    static final LocalDate TODAY = LocalDate.of(2016, 3, 1);

    @Test
    void theDisplayPlatformIsNotCompletedBeforeTheStart() {
        assertRefused(details("2015-05-01", "2015-04-30", 100, 2954, 2), "platformCompletedOn",
                "smartcommunity.error.platformBeforeStart");
        SmartCommunity record = SmartCommunity.record(details("2015-05-01", "2015-05-01", 100, 2954, 2), TODAY);
        assertThat(record.getPlatformCompletedOn()).isEqualTo(LocalDate.of(2015, 5, 1));
        assertThat(record.isPlatformCompletedBy(2015)).isTrue();
        assertThat(record.isPlatformCompletedBy(2014)).isFalse();
    }

    @Test
    void withoutAStartDateThePlatformIsNotCompletedBeforeTheReportedStart() {
        SmartCommunity record = SmartCommunity.record(details(null, null, 0, 0, 2), TODAY);
        record.report(new Progress.ReportDraft(LocalDate.of(2015, 6, 1), ProjectStatus.UNDER_CONSTRUCTION, 20, null), null,
                "office", Instant.now());
        assertThatThrownBy(() -> record.describe(details(null, "2015-05-20", 0, 0, 2), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("platformCompletedOn")));
        assertThat(record.getPlatformCompletedOn()).isNull();
    }

    @Test
    void theDisplayPlatformIsNotCompletedInTheFuture() {
        assertRefused(details("2015-05-01", "2016-03-02", 0, 0, 2), "platformCompletedOn",
                "smartcommunity.error.platformInFuture");
    }

    @Test
    void noMoreHouseholdsAreConnectedThanTheCommunityHas() {
        assertRefused(details("2015-05-01", null, 2955, 2954, 2), "householdsConnected", "smartcommunity.error.households");
        assertThat(SmartCommunity.record(details("2015-05-01", null, 2954, 2954, 2), TODAY).getHouseholdsConnected())
                .isEqualTo(2954);
    }

    @Test
    void countsAreNotNegativeAndTheBatchIsInRange() {
        assertRefused(details("2015-05-01", null, -1, 0, 2), "householdsConnected", "validation.nonNegative");
        assertRefused(details("2015-05-01", null, 0, 0, 0), "batch", "smartcommunity.error.batch");
        assertRefused(details("2015-05-01", null, 0, 0, 21), "batch", "smartcommunity.error.batch");
    }

    @Test
    void datesStayWithinSaneBounds() {
        assertRefused(details("1915-05-01", null, 0, 0, 2), "startDate", "validation.date.range");
    }

    @Test
    void batchOneIsThePilot() {
        assertThat(SmartCommunity.record(details(null, null, 0, 0, 1), TODAY).isPilot()).isTrue();
        assertThat(SmartCommunity.record(details(null, null, 0, 0, 2), TODAY).isPilot()).isFalse();
    }

    @Test
    void reportsMoveTheRecordOnAndTheStartCannotFollowTheCompletion() {
        SmartCommunity record = SmartCommunity.record(details("2015-03-01", null, 0, 0, 1), TODAY);
        record.report(new Progress.ReportDraft(LocalDate.of(2015, 3, 10), ProjectStatus.UNDER_CONSTRUCTION, 30, null), null,
                "office", Instant.now());
        record.report(new Progress.ReportDraft(LocalDate.of(2015, 6, 28), ProjectStatus.COMPLETED, 100, null), null,
                "office", Instant.now());
        assertThat(record.getProgress().getStatus()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(record.getReports()).hasSize(2);
        assertRefusedOn(record, details("2015-07-01", null, 0, 0, 1), "startDate");
        assertThatThrownBy(() -> record.report(new Progress.ReportDraft(LocalDate.of(2015, 7, 1),
                ProjectStatus.UNDER_CONSTRUCTION, 100, null), null, "office", Instant.now()))
                .isInstanceOf(RuleViolationException.class);
    }

    private static void assertRefused(SmartCommunity.Details details, String field, String key) {
        assertThatThrownBy(() -> SmartCommunity.record(details, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }

    private static void assertRefusedOn(SmartCommunity record, SmartCommunity.Details details, String field) {
        assertThatThrownBy(() -> record.describe(details, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo(field)));
    }

    static SmartCommunity.Details details(String start, String platform, int households, int communityHouseholds, int batch) {
        return new SmartCommunity.Details(1L, "/370000/", 2015, batch, "诸城广电公司", Set.of(), 0, households,
                communityHouseholds, start == null ? null : LocalDate.parse(start),
                platform == null ? null : LocalDate.parse(platform), null, null);
    }
}
