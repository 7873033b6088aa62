package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.shequ.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the real server sends: security headers, the session cookie's flags, actuator exposure. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    /** {@code Secure} behind a trusted proxy that says HTTPS: {@link ForwardedHeadersTest}. */
    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String plain = get("/login", null).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        String claimedByAnybody = get("/login", "https").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(claimedByAnybody).contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void onlyHealthIsExposedByTheActuator() throws Exception {
        assertThat(get("/actuator/health", null).body()).contains("UP");
        HttpResponse<String> env = get("/actuator/env", null);
        assertThat(env.statusCode()).isEqualTo(302);
        assertThat(env.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
