package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.RawHttp;
import cn.shequ.platform.support.RawHttp.Answer;
import cn.shequ.platform.support.RawHttp.Form;
import cn.shequ.platform.support.TestRecords;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a client can make of the headers it chooses, over a real socket (Tomcat's part) and through
 * MockMvc (the application's): {@code Host} and {@code X-Forwarded-Host} never become a redirect
 * target, and {@code X-Forwarded-*} count only from a trusted proxy. The test profile trusts
 * {@code 127.0.0.2} (see application-test.yml); a socket from 127.0.0.1 is anybody.
 */
@IntegrationTest
class ForwardedHeadersTest {

    static final String USER = "proxytest";
    static final String CREATED = "proxytest01";
    static final String PROXY = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    RawHttp anybody;
    RawHttp proxy;

    @BeforeEach
    void setUp() {
        anybody = RawHttp.to(port);
        proxy = RawHttp.to(port).from(PROXY);
    }

    @AfterEach
    void removeWhatTheTestsMade() {
        jdbc.update("delete from login_event where username = ?", USER);
        List<Long> revisions = TestRecords.revisionsOf(jdbc, "user_account", "username = ?", CREATED);
        TestRecords.deleteAudited(jdbc, "user_account", "username = ?", CREATED);
        TestRecords.deleteRevisions(jdbc, revisions);
    }

    @Test
    void aHostHeaderNeverBecomesTheRedirectTarget() throws Exception {
        Answer answer = anybody.get("/admin/users", "Host: evil.com");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("/login");
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
        Answer answer = anybody.get("/admin/users", "X-Forwarded-Host: evil.com", "X-Forwarded-Proto: https",
                "X-Forwarded-Port: 443");

        assertThat(answer.header("Location")).isEqualTo("/login");
        assertThat(answer.header("Set-Cookie")).startsWith("SQSESSION=").doesNotContain("Secure");
    }

    @Test
    void loginAndLogoutRedirectsStayOnThePlatformWhateverTheHost() throws Exception {
        Form form = anybody.form("Host: evil.com");

        Answer failed = anybody.send("POST", "/login", "username=" + USER + "&password=wrong&_csrf=" + encode(form.csrf()),
                "Host: evil.com", "X-Forwarded-Host: evil.com", "Cookie: " + form.cookie());
        assertThat(failed.header("Location")).isEqualTo("/login?error");

        Answer logout = anybody.send("POST", "/logout", "_csrf=" + encode(form.csrf()),
                "Host: evil.com", "X-Forwarded-Host: evil.com", "Cookie: " + form.cookie());
        assertThat(logout.header("Location")).isEqualTo("/login?logout");
    }

    @Test
    void aFailedLoginFromAnUntrustedPeerIsLoggedWithItsSocketAddressOnly() throws Exception {
        Form form = anybody.form();

        anybody.send("POST", "/login", "username=" + USER + "&password=wrong&_csrf=" + encode(form.csrf()),
                "X-Forwarded-For: 6.6.6.6", "Cookie: " + form.cookie());

        assertThat(jdbc.queryForObject("select address from login_event where username = ?", String.class, USER))
                .isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("select forwarded_for from login_event where username = ?", String.class, USER))
                .isNull();
    }

    @Test
    void behindATrustedProxyTheLogKeepsTheProxyAndTheClientItNames() throws Exception {
        Form form = proxy.form();

        proxy.send("POST", "/login", "username=" + USER + "&password=wrong&_csrf=" + encode(form.csrf()),
                "X-Forwarded-For: 6.6.6.6, 203.0.113.5", "Cookie: " + form.cookie());

        assertThat(jdbc.queryForMap("select address, forwarded_for from login_event where username = ?", USER))
                .containsEntry("address", PROXY).containsEntry("forwarded_for", "203.0.113.5");
        String log = mvc.perform(get("/audit/logins").param("username", USER).with(new Users(userDetails).auditor()))
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains("203.0.113.5（经代理 127.0.0.2）").doesNotContain("6.6.6.6");
    }

    @Test
    void theSessionCookieIsSecureOnlyWhenATrustedProxySaysHttps() throws Exception {
        assertThat(proxy.get("/login", "X-Forwarded-Proto: https").header("Set-Cookie")).contains("Secure");
        assertThat(anybody.get("/login", "X-Forwarded-Proto: https").header("Set-Cookie")).doesNotContain("Secure");
    }

    @Test
    void anAuditRevisionKeepsTheClientTheTrustedProxyNames() throws Exception {
        long city = jdbc.queryForObject("select id from region where code = '370782'", Long.class);
        mvc.perform(post("/admin/users/new").with(new Users(userDetails).admin()).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(PROXY);
                    request.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.5");
                    return request;
                })
                .param("username", CREATED).param("displayName", "代理测试").param("role", "OFFICE")
                .param("scopeRegionId", String.valueOf(city)).param("enabled", "true").param("password", "Start2015x"));

        assertThat(jdbc.queryForList("""
                select r.address from audit_revision r join user_account_aud a on a.rev = r.id
                where a.username = ?""", String.class, CREATED)).containsExactly("203.0.113.5");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
