package cn.shequ.platform.account;

import java.io.Serializable;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.account.LoginRules.Refusal;

/**
 * What the login page says after a refused or throttled attempt, carried to it as a flash attribute:
 * a message key and the time it names. The same for a username that exists and one that does not.
 *
 * @param messageKey {@code login.refused.<OUTCOME>}, or {@code login.wait} after a wrong password that imposes a wait
 * @param time       when to try again, as the page shows it
 */
record LoginNotice(String messageKey, String time) implements Serializable {

    static final String ATTRIBUTE = "loginNotice";

    /** An attempt refused before its password was checked. */
    static LoginNotice refused(Refusal refusal, LockTimes times) {
        return new LoginNotice("login.refused." + refusal.outcome(), time(refusal, times));
    }

    /** A wrong password after which the next attempt is refused (a wait, a lock, an address limit). */
    static LoginNotice afterFailure(Refusal refusal, LockTimes times) {
        return refusal.outcome() == Outcome.TOO_SOON ? new LoginNotice("login.wait", time(refusal, times))
                : refused(refusal, times);
    }

    private static String time(Refusal refusal, LockTimes times) {
        return refusal.outcome() == Outcome.TOO_SOON ? times.seconds(refusal.until()) : times.minutes(refusal.until());
    }
}
