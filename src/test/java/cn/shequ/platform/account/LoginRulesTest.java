package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.account.LoginRules.Refusal;
import org.junit.jupiter.api.Test;

/** The throttling rules with the defaults, at fixed times; and how the pages write the times. */
class LoginRulesTest {

    final LoginRules rules = LoginRules.of(SecurityProperties.defaults());
    final Instant t = Instant.parse("2026-03-02T02:00:10Z");

    @Test
    void theFirstWrongPasswordsCostNothing() {
        assertThat(rules.forAccount(0, null, t)).isEmpty();
        assertThat(rules.forAccount(1, t, t)).isEmpty();
        assertThat(rules.forAccount(2, t, t)).isEmpty();
    }

    @Test
    void fromTheThirdInARowEachAttemptWaitsLongerUntilTheFifthLocks() {
        assertThat(rules.forAccount(3, t, t)).contains(new Refusal(Outcome.TOO_SOON, t.plusSeconds(30)));
        assertThat(rules.forAccount(3, t, t.plusSeconds(29))).isPresent();
        assertThat(rules.forAccount(3, t, t.plusSeconds(30))).as("the wait is over at its end").isEmpty();
        assertThat(rules.forAccount(4, t, t)).contains(new Refusal(Outcome.TOO_SOON, t.plusSeconds(60)));
        assertThat(rules.forAccount(5, t, t)).contains(new Refusal(Outcome.LOCKED, t.plus(Duration.ofMinutes(15))));
        assertThat(rules.forAccount(5, t, t.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void afterALockHasEndedTheCountStartsAgainAndTheTenthLocksAgain() {
        assertThat(rules.forAccount(6, t, t)).isEmpty();
        assertThat(rules.forAccount(7, t, t)).isEmpty();
        assertThat(rules.forAccount(8, t, t)).contains(new Refusal(Outcome.TOO_SOON, t.plusSeconds(30)));
        assertThat(rules.forAccount(10, t, t.plusSeconds(1))).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.LOCKED));
    }

    @Test
    void theWaitDoublesUpToItsLongest() {
        LoginRules patient = LoginRules.of(new SecurityProperties(100, null, null, null, Duration.ofMinutes(3), null, null, null, null));
        assertThat(patient.backoff(3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(patient.backoff(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(patient.backoff(5)).isEqualTo(Duration.ofSeconds(120));
        assertThat(patient.backoff(6)).isEqualTo(Duration.ofMinutes(3));
        assertThat(patient.backoff(60)).isEqualTo(Duration.ofMinutes(3));
        LoginRules noWaits = LoginRules.of(new SecurityProperties(null, null, null, Duration.ZERO, null, null, null, null, null));
        assertThat(noWaits.forAccount(4, t, t)).isEmpty();
    }

    @Test
    void anAddressIsRefusedUntilItsTwentiethLatestFailureLeavesTheWindow() {
        assertThat(rules.forAddress(null, t)).isEmpty();
        assertThat(rules.forAddress(t, t.plusSeconds(5)))
                .contains(new Refusal(Outcome.ADDRESS_THROTTLED, t.plus(Duration.ofMinutes(15))));
        assertThat(rules.forAddress(t, t.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecurityProperties(0, null, null, null, null, null, null, null, null))
                .withMessageContaining("max-failed-logins");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SecurityProperties(null, Duration.ofMinutes(-1), null, null, null, null, null, null, null));
    }

    @Test
    void timesAreShownRoundedUpWithTheDateWhenItIsNotToday() {
        Clock clock = Clock.fixed(t, ZoneId.of("Asia/Shanghai"));
        LockTimes times = new LockTimes(clock);
        assertThat(times.minutes(t.plus(Duration.ofMinutes(16)).plusSeconds(30))).isEqualTo("10:17");
        assertThat(times.minutes(Instant.parse("2026-03-02T02:17:00Z"))).isEqualTo("10:17");
        assertThat(times.seconds(t.plusSeconds(30))).isEqualTo("10:00:40");
        assertThat(times.seconds(t.plusMillis(30_001))).isEqualTo("10:00:41");
        assertThat(times.minutes(t.plus(Duration.ofHours(14)))).isEqualTo("03-03 00:01");
    }
}
