package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Login as an attacker and a user would try it: lockout after five wrong passwords (and the right
 * one refused while locked), one outcome whether the user exists or not, the login log, a new session id at
 * login, a second login ending the first session, and the forced password change after a reset.
 */
@IntegrationTest
class LoginSecurityTest {

    static final String USER = "logintest";
    static final String PASSWORD = "Right2015pass";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @BeforeEach
    void createUser() {
        jdbc.update("""
                insert into user_account (username, display_name, role, scope_region_id, password_hash, password_changed_at,
                    must_change_password, created_at)
                select ?, '登录测试', 'OFFICE', id, ?, current_timestamp, false, current_timestamp from region where code = '370782'
                """, USER, encoder.encode(PASSWORD));
    }

    @AfterEach
    void removeUser() {
        clock.resume();
        jdbc.update("delete from login_event where username in (?, 'nobody-here')", USER);
        jdbc.update("delete from user_account where username = ?", USER);
    }

    /** The waits, the messages and the lock for one address only: {@link LoginThrottleTest}. */
    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsRefusedToo() throws Exception {
        clock.stopAt(Instant.now());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(USER).password("wrong" + i)).andExpect(redirectedUrl("/login?error"));
            clock.advance(Duration.ofMinutes(1));
        }

        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        clock.advance(Duration.ofMinutes(15));
        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/"));

        assertThat(jdbc.queryForList("select outcome from login_event where username = ? order by id", String.class, USER))
                .containsExactly("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                        "BAD_CREDENTIALS", "LOCKED", "SUCCESS");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgainAndIsLogged() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(formLogin().user(USER).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(formLogin().user(USER).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(USER).password(PASSWORD)) // no wait: two in a row, not four
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForList("select outcome from login_event where username = ? order by id", String.class, USER))
                .containsExactly("BAD_CREDENTIALS", "BAD_CREDENTIALS", "SUCCESS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                        "SUCCESS");
    }

    @Test
    void theMessageDoesNotTellWhetherTheUserExists() throws Exception {
        String unknown = mvc.perform(formLogin().user("nobody-here").password("x"))
                .andReturn().getResponse().getRedirectedUrl();
        String wrongPassword = mvc.perform(formLogin().user(USER).password("x"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(unknown).isEqualTo(wrongPassword).isEqualTo("/login?error");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", USER).param("password", PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void aSecondLoginEndsTheFirstSession() throws Exception {
        MockHttpSession first = (MockHttpSession) mvc.perform(formLogin().user(USER).password(PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(first)).andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));

        mvc.perform(formLogin().user(USER).password(PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aUserWhosePasswordWasResetMustChangeItFirst() throws Exception {
        jdbc.update("update user_account set must_change_password = true where username = ?", USER);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(USER).password(PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/regions").session(session)).andExpect(redirectedUrl("/account/password"));
    }
}
