package cn.shequ.platform.account;

import java.time.Clock;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
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
 * Keeps the login log and the lockout: each attempt is logged with its address and browser; the
 * {@code max-failed-logins}-th wrong password in a row locks the account for {@code lock-duration}.
 * A locked account is refused before its password is checked, so the right password does not help.
 */
@Component
class LoginAttempts {

    private final UserAccounts accounts;
    private final LoginEvents events;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccounts accounts, LoginEvents events, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(UserAccount::loginSucceeded);
        log(username, Outcome.SUCCESS);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Outcome outcome;
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            outcome = Outcome.BAD_CREDENTIALS;
            accounts.findByUsername(username).ifPresent(account ->
                    account.loginFailed(properties.maxFailedLogins(), properties.lockDuration(), clock.instant()));
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

    private void log(String username, Outcome outcome) {
        ClientAddress address = null;
        String agent = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            address = ClientAddress.of(request);
            agent = request.getHeader("User-Agent");
        }
        events.save(new LoginEvent(clock.instant(), username, outcome, address, agent));
    }
}
