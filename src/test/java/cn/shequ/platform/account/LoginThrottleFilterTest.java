package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.account.LoginThrottleFilter.LoginRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Simultaneous attempts from one address are taken one at a time, so a burst cannot pass the count at once. */
class LoginThrottleFilterTest {

    final LoginThrottle throttle = mock(LoginThrottle.class);
    final LoginAttempts attempts = mock(LoginAttempts.class);
    final AuthenticationFailureHandler failures = mock(AuthenticationFailureHandler.class);
    final LoginThrottleFilter filter = new LoginThrottleFilter(throttle, attempts, failures,
            Clock.fixed(Instant.parse("2026-03-02T02:00:10Z"), ZoneOffset.UTC));

    @Test
    void anAttemptWhileAnotherFromTheSameAddressIsBeingCheckedIsRefusedAtOnce() throws Exception {
        when(throttle.check(any(), any(), any())).thenReturn(Optional.empty());
        MockHttpServletRequest second = login("198.51.100.1");
        List<String> checked = new ArrayList<>();

        filter.doFilter(login("198.51.100.1"), new MockHttpServletResponse(), (request, response) -> {
            checked.add("first");
            filter.doFilter(second, new MockHttpServletResponse(), (r, s) -> checked.add("second, same address"));
            filter.doFilter(login("198.51.100.2"), new MockHttpServletResponse(), (r, s) -> checked.add("another address"));
        });
        filter.doFilter(login("198.51.100.1"), new MockHttpServletResponse(), (r, s) -> checked.add("after the first"));

        assertThat(checked).containsExactly("first", "another address", "after the first");
        verify(attempts).refused(eq("someone"), argThat(refusal -> refusal.outcome() == Outcome.TOO_SOON));
        verify(failures).onAuthenticationFailure(same(second), any(), any(LoginRefusedException.class));
    }

    private static MockHttpServletRequest login(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        request.addParameter("username", "someone");
        return request;
    }
}
