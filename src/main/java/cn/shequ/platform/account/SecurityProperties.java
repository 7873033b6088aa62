package cn.shequ.platform.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and password settings ({@code platform.security.*}). The login throttling is described in
 * docs/security.md; all of it is counted from the login log ({@link LoginThrottle}).
 *
 * @param maxFailedLogins           wrong passwords in a row, for one account from one address, that lock
 *                                  the account for that address
 * @param lockDuration              how long such a lock lasts
 * @param backoffAfter              wrong passwords in a row (account and address) after which each further
 *                                  attempt must wait
 * @param backoffInitial            the first wait; it doubles with each further wrong password (zero: no waits)
 * @param backoffMax                the longest wait
 * @param maxFailedLoginsPerAddress failed logins from one address, whatever the accounts, within
 *                                  {@code addressWindow} that refuse that address
 * @param addressWindow             the sliding window of the address limit
 * @param singleSession             whether a new login of an account ends its earlier session
 * @param passwordMinLength         the shortest password allowed (it must also hold letters and digits)
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(Integer maxFailedLogins, Duration lockDuration, Integer backoffAfter,
        Duration backoffInitial, Duration backoffMax, Integer maxFailedLoginsPerAddress, Duration addressWindow,
        Boolean singleSession, Integer passwordMinLength) {

    public SecurityProperties {
        maxFailedLogins = positive("max-failed-logins", maxFailedLogins, 5);
        lockDuration = duration("lock-duration", lockDuration, Duration.ofMinutes(15));
        backoffAfter = positive("backoff-after", backoffAfter, 3);
        backoffInitial = duration("backoff-initial", backoffInitial, Duration.ofSeconds(30));
        backoffMax = duration("backoff-max", backoffMax, Duration.ofMinutes(15));
        maxFailedLoginsPerAddress = positive("max-failed-logins-per-address", maxFailedLoginsPerAddress, 20);
        addressWindow = duration("address-window", addressWindow, Duration.ofMinutes(15));
        singleSession = singleSession == null ? Boolean.TRUE : singleSession;
        passwordMinLength = passwordMinLength == null ? 8 : passwordMinLength;
    }

    /** The defaults. */
    static SecurityProperties defaults() {
        return new SecurityProperties(null, null, null, null, null, null, null, null, null);
    }

    private static int positive(String name, Integer value, int otherwise) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("platform.security." + name + " must be at least 1, not " + value);
        }
        return value == null ? otherwise : value;
    }

    private static Duration duration(String name, Duration value, Duration otherwise) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException("platform.security." + name + " must not be negative");
        }
        return value == null ? otherwise : value;
    }
}
