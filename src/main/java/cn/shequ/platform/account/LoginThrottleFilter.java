package cn.shequ.platform.account;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.account.LoginRules.Refusal;
import cn.shequ.platform.web.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the login form's processing (after the CSRF check): an attempt the throttling refuses
 * ({@link LoginThrottle}) is logged and answered like a failed login, with the refusal's message,
 * and never reaches the password check. A refusal costs no password hash, for an existing username
 * and an unknown one alike; nothing runs on a timer or sleeps. Attempts from one client address are
 * taken one at a time: one that comes while another from the same address is being checked is
 * refused at once (as too soon), so that a burst of simultaneous attempts cannot all pass the count
 * before any of them is logged (with several instances, at most one per instance).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final LoginAttempts attempts;
    private final AuthenticationFailureHandler failureHandler;
    private final Clock clock;

    /** The clients with an attempt being checked now: one at a time each, so a burst is not checked all at once. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    LoginThrottleFilter(LoginThrottle throttle, LoginAttempts attempts, AuthenticationFailureHandler failureHandler,
            Clock clock) {
        this.throttle = throttle;
        this.attempts = attempts;
        this.failureHandler = failureHandler;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        String client = ClientAddress.of(request).client();
        String key = String.valueOf(client);
        if (!inFlight.add(key)) {
            refuse(request, response, username, new Refusal(Outcome.TOO_SOON, clock.instant().plusSeconds(1)));
            return;
        }
        try {
            Optional<Refusal> refusal = throttle.check(username, client, clock.instant());
            if (refusal.isPresent()) {
                refuse(request, response, username, refusal.get());
                return;
            }
            chain.doFilter(request, response);
        }
        finally {
            inFlight.remove(key);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String username, Refusal refusal)
            throws IOException, ServletException {
        attempts.refused(username, refusal);
        failureHandler.onAuthenticationFailure(request, response, new LoginRefusedException(refusal));
    }

    /** The username as Spring Security's form login reads it. */
    static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username.trim();
    }

    /** A login refused by the throttling, before its password was checked. */
    static final class LoginRefusedException extends AccountStatusException {

        private final transient Refusal refusal;

        LoginRefusedException(Refusal refusal) {
            super("login refused: " + refusal.outcome());
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }
}
