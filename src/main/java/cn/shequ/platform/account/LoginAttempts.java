package cn.shequ.platform.account;

import java.time.Clock;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.account.LoginRules.Refusal;
import cn.shequ.platform.web.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the login log: each attempt with its outcome, address and browser, the attempts the
 * throttling refused before any password was checked ({@link LoginThrottleFilter}), and the lifts of
 * locks by administrators. The throttling counts from what is written here ({@link LoginThrottle}).
 */
@Component
class LoginAttempts {

    private final LoginEvents events;
    private final Clock clock;

    LoginAttempts(LoginEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        log(event.getAuthentication().getName(), Outcome.SUCCESS);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Outcome outcome;
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            outcome = Outcome.BAD_CREDENTIALS;
        }
        else if (event.getException() instanceof LockedException) {
            outcome = Outcome.LOCKED;
        }
        else if (event.getException() instanceof DisabledException) {
            outcome = Outcome.DISABLED;
        }
        else {
            outcome = Outcome.FAILED;
        }
        log(username, outcome);
    }

    /** An attempt the throttling refused before its password was checked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String username, Refusal refusal) {
        log(username, refusal.outcome());
    }

    /** An administrator lifted every lock of an account (at every address). */
    @Transactional
    public void accountLifted(String username, String administrator) {
        lifted(username, null, administrator);
    }

    /** An administrator lifted the limit of an address, and every account's lock for it. */
    @Transactional
    public void addressLifted(String address, String administrator) {
        lifted(null, address, administrator);
    }

    private void lifted(String username, String address, String administrator) {
        events.save(LoginEvent.lifted(clock.instant(), username, address, administrator,
                ClientAddress.current().orElse(null), userAgent()));
    }

    private void log(String username, Outcome outcome) {
        events.save(new LoginEvent(clock.instant(), username, outcome, ClientAddress.current().orElse(null), userAgent()));
    }

    private static String userAgent() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getHeader("User-Agent") : null;
    }
}
