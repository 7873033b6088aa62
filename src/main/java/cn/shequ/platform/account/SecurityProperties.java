package cn.shequ.platform.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and password settings ({@code platform.security.*}).
 *
 * @param maxFailedLogins  failed logins in a row that lock an account
 * @param lockDuration     how long a locked account stays locked
 * @param singleSession    whether a new login of an account ends its earlier session
 * @param passwordMinLength the shortest password allowed (it must also hold letters and digits)
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(Integer maxFailedLogins, Duration lockDuration, Boolean singleSession,
        Integer passwordMinLength) {

    public SecurityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        singleSession = singleSession == null ? Boolean.TRUE : singleSession;
        passwordMinLength = passwordMinLength == null ? 8 : passwordMinLength;
    }
}
