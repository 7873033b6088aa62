package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' account pages and the password forms, with valid and invalid input. */
@IntegrationTest
@Transactional
class AdminUsersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegionDirectory regions;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    Users users;
    long city;
    long changcheng;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
        city = regions.findByCode("370782").orElseThrow().id();
        changcheng = regions.findByCode("370782105").orElseThrow().id();
    }

    @Test
    void createsATownUserWhoMustChangeTheInitialPassword() throws Exception {
        mvc.perform(newUser("xinxing01", "TOWN", regions.findByCode("370782107").orElseThrow().id(), "Start2015x"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        UserAccount saved = accounts.findByUsername("xinxing01").orElseThrow();
        assertThat(saved.getRole()).isEqualTo(Role.TOWN);
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(encoder.matches("Start2015x", saved.getPasswordHash())).isTrue();
    }

    @Test
    void refusesBadInputAndSavesNothing() throws Exception {
        long before = accounts.count();
        expectError(newUser("office", "OFFICE", city, "Start2015x"), "该用户名已被使用");
        expectError(newUser("weakpass", "OFFICE", city, "short1"), "密码至少 8 位");
        expectError(newUser("nodigits", "OFFICE", city, "onlyletters"), "密码须同时包含字母和数字");
        expectError(newUser("townatcity", "TOWN", city, "Start2015x"), "镇街用户的管辖范围须为镇街");
        expectError(newUser("officeattown", "OFFICE", changcheng, "Start2015x"), "该角色的管辖范围须为县级市或以上");
        expectError(newUser("1bad name", "OFFICE", city, "Start2015x"), "用户名须以字母开头");
        expectError(newUser("noscope", "LEADER", null, "Start2015x"), "必填");
        expectError(newUser("badrole", "EMPEROR", city, "Start2015x"), "格式不正确");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotDisableThemself() throws Exception {
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", admin.getId()).with(users.admin()).with(csrf())
                        .param("version", admin.getVersion().toString()).param("displayName", "系统管理员")
                        .param("role", "ADMIN").param("scopeRegionId", admin.getScopeRegionId().toString())
                        .param("_enabled", "on"))
                .andExpect(content().string(containsString("不能停用自己的账户")));
        assertThat(accounts.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void disablesAUserAndResetsAPassword() throws Exception {
        UserAccount leader = accounts.findByUsername("leader").orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", leader.getId()).with(users.admin()).with(csrf())
                        .param("version", leader.getVersion().toString()).param("displayName", "市领导 李军")
                        .param("role", "LEADER").param("scopeRegionId", String.valueOf(city)).param("_enabled", "on"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        accounts.flush();
        UserAccount disabled = accounts.findByUsername("leader").orElseThrow();
        assertThat(disabled.isEnabled()).isFalse();

        mvc.perform(post("/admin/users/{id}/password", leader.getId()).with(users.admin()).with(csrf())
                        .param("version", disabled.getVersion().toString())
                        .param("newPassword", "Temp2015abc").param("confirmPassword", "Temp2015xyz"))
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        mvc.perform(post("/admin/users/{id}/password", leader.getId()).with(users.admin()).with(csrf())
                        .param("version", disabled.getVersion().toString())
                        .param("newPassword", "Temp2015abc").param("confirmPassword", "Temp2015abc"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        UserAccount reset = accounts.findByUsername("leader").orElseThrow();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(encoder.matches("Temp2015abc", reset.getPasswordHash())).isTrue();
    }

    @Test
    void everyUserChangesTheirOwnPasswordWithinThePolicy() throws Exception {
        expectPasswordError("wrong-current1", "New2015pass", "New2015pass", "原密码不正确");
        expectPasswordError("Demo@2015", "Demo@2015", "Demo@2015", "新密码不能与原密码相同");
        expectPasswordError("Demo@2015", "New2015pass", "New2015word", "两次输入的新密码不一致");
        expectPasswordError("Demo@2015", "abcdefgh", "abcdefgh", "密码须同时包含字母和数字");
        mvc.perform(post("/account/password").with(users.leader()).with(csrf()).param("currentPassword", "Demo@2015")
                .param("newPassword", "New2015pass").param("confirmPassword", "New2015pass"))
                .andExpect(redirectedUrl("/"));
        assertThat(encoder.matches("New2015pass", accounts.findByUsername("leader").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void theListShowsUsersWithTheirRoles() throws Exception {
        mvc.perform(get("/admin/users").with(users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changcheng")))
                .andExpect(content().string(containsString("镇街工作人员")));
    }

    private MockHttpServletRequestBuilder newUser(String username, String role, Long scope, String password) {
        MockHttpServletRequestBuilder request = post("/admin/users/new").with(users.admin()).with(csrf())
                .param("username", username).param("displayName", "测试用户").param("role", role)
                .param("enabled", "true").param("password", password);
        if (scope != null) {
            request.param("scopeRegionId", scope.toString());
        }
        return request;
    }

    private void expectError(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
    }

    private void expectPasswordError(String current, String next, String confirm, String message) throws Exception {
        expectError(post("/account/password").with(users.leader()).with(csrf()).param("currentPassword", current)
                .param("newPassword", next).param("confirmPassword", confirm), message);
    }
}
