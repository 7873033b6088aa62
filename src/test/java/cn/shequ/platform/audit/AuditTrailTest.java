package cn.shequ.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change made in a form is kept with who, when, from where, and the values before and after; it
 * shows in the record's History tab and in the auditor's search, and the auditor alone sees it.
 */
@IntegrationTest
class AuditTrailTest {

    static final String CODE = "370782105950";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
    }

    @AfterEach
    void removeTheTestRecordAndItsTrail() {
        Long id = jdbc.query("select id from region where code = ?", rs -> rs.next() ? rs.getLong(1) : null, CODE);
        if (id != null) {
            var revisions = jdbc.queryForList("select rev from region_aud where id = ?", Long.class, id);
            jdbc.update("delete from region_aud where id = ?", id);
            jdbc.update("delete from region where id = ?", id);
            for (Long rev : revisions) {
                jdbc.update("delete from audit_revision_change where revision_id = ?", rev);
                jdbc.update("delete from audit_revision where id = ?", rev);
            }
        }
    }

    @Test
    void aFormChangeShowsInTheHistoryTabAndTheAuditSearch() throws Exception {
        long town = jdbc.queryForObject("select id from region where code = '370782105'", Long.class);
        mvc.perform(post("/regions/new").with(users.admin()).with(csrf())
                .param("parentId", String.valueOf(town)).param("level", "COMMUNITY").param("code", CODE)
                .param("name", "审计测试社区").param("kind", "RURAL_NEW").param("households", "800"));
        long id = jdbc.queryForObject("select id from region where code = ?", Long.class, CODE);
        long version = jdbc.queryForObject("select version from region where id = ?", Long.class, id);
        mvc.perform(post("/regions/{id}/edit", id).with(users.admin()).with(csrf())
                .param("version", String.valueOf(version)).param("name", "审计测试社区（改）")
                .param("kind", "RURAL_NEW").param("households", "950"));

        String page = mvc.perform(get("/regions/{id}", id).with(users.admin())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("修改历史", "admin", "127.0.0.1", "审计测试社区（改）", "950", "800");

        String audit = mvc.perform(get("/audit").param("module", "region").param("recordId", String.valueOf(id))
                .with(users.auditor())).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("admin", "区划", "新增", "修改");

        long revision = jdbc.queryForObject("select max(rev) from region_aud where id = ?", Long.class, id);
        String change = mvc.perform(get("/audit/change").param("entity", "cn.shequ.platform.region.Region")
                .param("id", String.valueOf(id)).param("revision", String.valueOf(revision)).with(users.auditor()))
                .andReturn().getResponse().getContentAsString();
        assertThat(change).contains("户数", "800", "950", "名称", "审计测试社区（改）");

        int adminGetsAudit = mvc.perform(get("/audit").with(users.admin())).andReturn().getResponse().getStatus();
        assertThat(adminGetsAudit).isEqualTo(403);
    }
}
