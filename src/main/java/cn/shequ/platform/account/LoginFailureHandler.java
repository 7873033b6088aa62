package cn.shequ.platform.account;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import cn.shequ.platform.account.LoginRules.Refusal;
import cn.shequ.platform.account.LoginThrottleFilter.LoginRefusedException;
import cn.shequ.platform.web.ClientAddress;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Sends a failed login back to {@code /login?error}. When the attempt was refused, or when this
 * failure makes the next attempt from the address refused (a wait, the account's lock, the address
 * limit), the page says so and until when ({@link LoginNotice}); otherwise it shows the one message
 * for every failure. Which of them follows depends only on the login log, never on whether the
 * username exists.
 */
final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final LockTimes times;
    private final FlashMapManager flashMaps;
    private final Clock clock;

    LoginFailureHandler(LoginThrottle throttle, LockTimes times, FlashMapManager flashMaps, Clock clock) {
        super("/login?error");
        this.throttle = throttle;
        this.times = times;
        this.flashMaps = flashMaps;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        LoginNotice notice;
        if (exception instanceof LoginRefusedException refused) {
            notice = LoginNotice.refused(refused.refusal(), times);
        }
        else {
            Optional<Refusal> next = throttle.check(LoginThrottleFilter.username(request),
                    ClientAddress.of(request).client(), clock.instant());
            notice = next.map(refusal -> LoginNotice.afterFailure(refusal, times)).orElse(null);
        }
        if (notice != null) {
            FlashMap flash = new FlashMap();
            flash.put(LoginNotice.ATTRIBUTE, notice);
            flash.setTargetRequestPath("/login");
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
