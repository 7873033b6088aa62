package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestClock;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing passwords as an attacker would, and what the account's owner reads: a wait after the
 * third wrong password of an account from one address, the lock after the fifth (for that address,
 * announced with its end, the right password refused too), an address refused after twenty
 * failures whatever the accounts, an unknown username reading exactly like a wrong password, and an
 * administrator lifting a lock. The clock is stopped at 10:00:10 today and moved on, never slept.
 */
@IntegrationTest
class LoginThrottleTest {

    static final String USER = "throttletest";
    static final String NOBODY = "throttle-nobody";
    static final String PASSWORD = "Right2015pass";
    static final String A = "198.51.100.11";
    static final String B = "198.51.100.12";
    static final String C = "198.51.100.13";
    static final String D = "198.51.100.14";

    static final String SUCCESS = "登录成功";
    static final String FAILED = "登录失败：用户名或密码错误。连续多次失败后账户将被暂时锁定。";
    static final String LOCKED = "账户已锁定，请于 10:17 后再试，或联系管理员解锁。";
    static final String THROTTLED = "此地址登录失败次数过多，已暂停登录，请于 10:16 后再试，或联系管理员解除限制。";
    static final Pattern ALERT = Pattern.compile("<div class=\"alert alert-danger\" role=\"alert\">([^<]*)</div>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService userDetails;

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
        jdbc.update("""
                insert into user_account (username, display_name, role, scope_region_id, password_hash, password_changed_at,
                    must_change_password, created_at)
                select ?, '限流测试', 'OFFICE', id, ?, current_timestamp, false, current_timestamp from region where code = '370782'
                """, USER, encoder.encode(PASSWORD));
        clock.stopAt(LocalDate.now(clock).atTime(10, 0, 10).atZone(clock.getZone()).toInstant());
    }

    @AfterEach
    void tearDown() {
        clock.resume();
        jdbc.update("delete from user_account where username = ?", USER);
        jdbc.update("delete from login_event where username like 'throttle%' or address in (?, ?, ?, ?) "
                + "or lifted_address in (?, ?, ?, ?)", A, B, C, D, A, B, C, D);
    }

    @Test
    void theOwnerIsToldTheAccountIsLockedAndUntilWhenOnTheLockingAttemptAndWhileLocked() throws Exception {
        assertThat(attempt(A, USER, "wrong1")).isEqualTo(FAILED);
        assertThat(attempt(A, USER, "wrong2")).isEqualTo(FAILED);
        assertThat(attempt(A, USER, "wrong3")).isEqualTo("登录失败：用户名或密码错误。请在 10:00:40 之后再试。");
        assertThat(attempt(A, USER, PASSWORD)).as("too soon: the password is not even checked")
                .isEqualTo("登录尝试过于频繁，本次未校验密码。请在 10:00:40 之后再试。");
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempt(A, USER, "wrong4")).isEqualTo("登录失败：用户名或密码错误。请在 10:01:40 之后再试。");
        clock.advance(Duration.ofSeconds(60));

        assertThat(attempt(A, USER, "wrong5")).as("the attempt that locks").isEqualTo(LOCKED);
        assertThat(attempt(A, USER, PASSWORD)).as("the right password while locked").isEqualTo(LOCKED);
        assertThat(attempt(A, USER, "wrong6")).isEqualTo(LOCKED);
        assertThat(attempt(B, USER, PASSWORD)).as("the owner elsewhere").isEqualTo(SUCCESS);

        clock.advance(Duration.ofMinutes(15));
        assertThat(attempt(A, USER, PASSWORD)).isEqualTo(SUCCESS);
        assertThat(outcomes(USER)).containsExactly("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "TOO_SOON",
                "BAD_CREDENTIALS", "BAD_CREDENTIALS", "LOCKED", "LOCKED", "SUCCESS", "SUCCESS");
    }

    @Test
    void anUnknownUsernameReadsExactlyLikeAnAccountWithAWrongPassword() throws Exception {
        List<String> account = new ArrayList<>();
        List<String> nobody = new ArrayList<>();
        for (String password : List.of("wrong1", "wrong2", "wrong3", PASSWORD, "+30s", "wrong4", "+60s", "wrong5", PASSWORD)) {
            if (password.startsWith("+")) {
                clock.advance(Duration.ofSeconds(Long.parseLong(password.substring(1, password.length() - 1))));
                continue;
            }
            account.add(attempt(A, USER, password));
            nobody.add(attempt(B, NOBODY, password));
        }

        assertThat(nobody).isEqualTo(account).contains(LOCKED);
        assertThat(outcomes(NOBODY)).isEqualTo(outcomes(USER));
    }

    @Test
    void twentyFailuresFromOneAddressRefuseItForEveryAccount() throws Exception {
        for (int i = 1; i < 20; i++) {
            assertThat(attempt(C, "throttle-guess" + i, "wrong")).isEqualTo(FAILED);
        }
        assertThat(attempt(C, "throttle-guess20", "wrong")).isEqualTo(THROTTLED);
        assertThat(attempt(C, USER, PASSWORD)).isEqualTo(THROTTLED);
        assertThat(attempt(D, USER, PASSWORD)).as("another address").isEqualTo(SUCCESS);

        clock.advance(Duration.ofMinutes(15));
        assertThat(attempt(C, USER, PASSWORD)).isEqualTo(SUCCESS);
        assertThat(outcomes(USER)).containsExactly("ADDRESS_THROTTLED", "SUCCESS", "SUCCESS");
    }

    @Test
    void anAdministratorSeesTheLockedAccountAndLiftsIt() throws Exception {
        lockFrom(A);
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, USER);

        assertThat(page(get("/admin/users").param("q", USER), users.admin())).contains("已锁定至 10:17");
        assertThat(page(get("/admin/users/{id}", id), users.admin())).contains("已锁定至 10:17", A, "解除锁定");
        assertThat(page(get("/admin/locks"), users.admin())).contains(USER, A, "10:17");

        mvc.perform(post("/admin/users/{id}/unlock", id).with(users.admin())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/unlock", id).with(users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id)).andExpect(flash().attribute("message", "account.unlocked"));

        assertThat(page(get("/admin/users/{id}", id), users.admin())).doesNotContain("已锁定至");
        assertThat(attempt(A, USER, PASSWORD)).isEqualTo(SUCCESS);
        assertThat(jdbc.queryForMap("select actor, lifted_address from login_event where username = ? and outcome = 'UNLOCKED'", USER))
                .containsEntry("actor", "admin").containsEntry("lifted_address", null);
        assertThat(page(get("/audit/logins").param("username", USER), users.auditor())).contains("管理员解除锁定", "admin");

        mvc.perform(post("/admin/users/{id}/unlock", id).with(users.admin()).with(csrf()))
                .andExpect(flash().attribute("problem", "account.notLocked"));
    }

    @Test
    void anAdministratorLiftsAThrottledAddress() throws Exception {
        for (int i = 1; i <= 20; i++) {
            attempt(C, "throttle-guess" + i, "wrong");
        }
        assertThat(page(get("/admin/locks"), users.admin())).contains(C, "10:16");

        mvc.perform(post("/admin/locks/addresses").param("address", "not-an-address").with(users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/locks")).andExpect(flash().attribute("problem", "account.address.notThrottled"));
        mvc.perform(post("/admin/locks/addresses").param("address", C).with(users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/locks")).andExpect(flash().attribute("message", "account.address.unlocked"));

        assertThat(page(get("/admin/locks"), users.admin())).doesNotContain(C);
        assertThat(attempt(C, USER, PASSWORD)).isEqualTo(SUCCESS);
    }

    /** Five wrong passwords from an address, waiting out the waits: locked there until 10:17 (10:16:40). */
    private void lockFrom(String address) throws Exception {
        attempt(address, USER, "wrong1");
        attempt(address, USER, "wrong2");
        attempt(address, USER, "wrong3");
        clock.advance(Duration.ofSeconds(30));
        attempt(address, USER, "wrong4");
        clock.advance(Duration.ofSeconds(60));
        assertThat(attempt(address, USER, "wrong5")).isEqualTo(LOCKED);
    }

    /** Logs in from an address and returns what the login page then says (or that it succeeded). */
    private String attempt(String address, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if ("/".equals(target)) {
            return SUCCESS;
        }
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        String page = mvc.perform(get(target).session(session).with(from(address))).andReturn().getResponse()
                .getContentAsString();
        Matcher alert = ALERT.matcher(page);
        return alert.find() ? alert.group(1) : "(no message) " + target;
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor user) throws Exception {
        return mvc.perform(request.with(user)).andReturn().getResponse().getContentAsString();
    }

    private List<String> outcomes(String username) {
        return jdbc.queryForList("select outcome from login_event where username = ? order by id", String.class, username);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
