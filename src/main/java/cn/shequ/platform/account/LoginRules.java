package cn.shequ.platform.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.shequ.platform.account.LoginEvent.Outcome;

/**
 * The login throttling's rules, as functions of what the login log holds and of the time, so that
 * they are tested with fixed times ({@link LoginThrottle} reads the log). Only failures count
 * (a wrong password, an unknown username or a disabled account alike); refused attempts do not.
 *
 * <ul>
 * <li>An address is refused while it has {@code maxPerAddress} failures inside the sliding
 * {@code addressWindow}, whatever the accounts: until the oldest of them leaves the window.</li>
 * <li>An account is locked for an address by every {@code maxFailed}-th wrong password in a row
 * from there (since its last success from there or a lift), for {@code lockDuration} from that one.</li>
 * <li>From the {@code backoffAfter}-th wrong password in a row on, the next attempt from there must
 * wait: {@code backoffInitial}, doubled for each further one, at most {@code backoffMax}.</li>
 * </ul>
 */
record LoginRules(int maxFailed, Duration lockDuration, int backoffAfter, Duration backoffInitial, Duration backoffMax,
        int maxPerAddress, Duration addressWindow) {

    /** A refused attempt: why, and from when an attempt is taken again. */
    record Refusal(Outcome outcome, Instant until) {
    }

    static LoginRules of(SecurityProperties properties) {
        return new LoginRules(properties.maxFailedLogins(), properties.lockDuration(), properties.backoffAfter(),
                properties.backoffInitial(), properties.backoffMax(), properties.maxFailedLoginsPerAddress(),
                properties.addressWindow());
    }

    /**
     * @param nthLatestFailure the {@code maxPerAddress}-th most recent failure from the address inside
     *                         the window (since its last lift), or null when it has fewer
     */
    Optional<Refusal> forAddress(Instant nthLatestFailure, Instant now) {
        if (nthLatestFailure == null) {
            return Optional.empty();
        }
        return refusedUntil(Outcome.ADDRESS_THROTTLED, nthLatestFailure.plus(addressWindow), now);
    }

    /**
     * @param failures    the account's wrong passwords in a row from the address
     * @param lastFailure the latest of them (null when there is none)
     */
    Optional<Refusal> forAccount(long failures, Instant lastFailure, Instant now) {
        if (failures == 0 || lastFailure == null) {
            return Optional.empty();
        }
        long sinceLastLock = failures % maxFailed;
        if (sinceLastLock == 0) {
            return refusedUntil(Outcome.LOCKED, lastFailure.plus(lockDuration), now);
        }
        if (sinceLastLock >= backoffAfter && !backoffInitial.isZero()) {
            return refusedUntil(Outcome.TOO_SOON, lastFailure.plus(backoff(sinceLastLock)), now);
        }
        return Optional.empty();
    }

    /** The wait after the given number of wrong passwords in a row (at least {@code backoffAfter}). */
    Duration backoff(long failuresInARow) {
        Duration wait = backoffInitial;
        for (long i = backoffAfter; i < failuresInARow && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    private static Optional<Refusal> refusedUntil(Outcome outcome, Instant until, Instant now) {
        return until.isAfter(now) ? Optional.of(new Refusal(outcome, until)) : Optional.empty();
    }
}
