package cn.shequ.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestRecords;
import cn.shequ.platform.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
    static final String NOTE = "修改记录测试项目";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    RegionDirectory regionDirectory;

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
            regionDirectory.reload();
            for (Long rev : revisions) {
                jdbc.update("delete from audit_revision_change where revision_id = ?", rev);
                jdbc.update("delete from audit_revision where id = ?", rev);
            }
        }
        List<Long> revisions = new ArrayList<>();
        for (Long project : jdbc.queryForList("select id from service_center_project where notes = ?", Long.class, NOTE)) {
            revisions.addAll(TestRecords.revisionsOf(jdbc, "service_center_project", "id = ?", project));
            TestRecords.deleteAudited(jdbc, "service_center_project", "id = ?", project);
        }
        TestRecords.deleteRevisions(jdbc, revisions);
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

    @Test
    void theHistoryTabNamesTheCommunityAProjectMovedToAndNeverItsIdOrPath() throws Exception {
        List<Map<String, Object>> communities = jdbc.queryForList("select c.id, t.name || c.name as full_name "
                + "from region c join region t on t.id = c.parent_id "
                + "where c.level = 'COMMUNITY' and t.code = '370782105' order by c.code limit 2");
        long first = ((Number) communities.get(0).get("id")).longValue();
        long second = ((Number) communities.get(1).get("id")).longValue();
        String firstName = (String) communities.get(0).get("full_name");
        String secondName = (String) communities.get(1).get("full_name");

        mvc.perform(post("/service-centers/new").with(users.office()).with(csrf()).param("communityId", String.valueOf(first))
                .param("planYear", "2030").param("kind", "NEW_BUILD").param("reusedBuilding", "").param("notes", NOTE));
        long id = jdbc.queryForObject("select id from service_center_project where notes = ?", Long.class, NOTE);
        long version = jdbc.queryForObject("select version from service_center_project where id = ?", Long.class, id);
        mvc.perform(post("/service-centers/{id}/edit", id).with(users.office()).with(csrf())
                .param("version", String.valueOf(version)).param("communityId", String.valueOf(second))
                .param("planYear", "2030").param("kind", "NEW_BUILD").param("reusedBuilding", "").param("notes", NOTE));

        Element history = Jsoup.parse(mvc.perform(get("/service-centers/{id}", id).with(users.office()))
                .andReturn().getResponse().getContentAsString()).getElementById("history");
        var changes = history.select(".card");
        assertThat(changes).hasSize(2);
        Element moved = row(changes.get(0), "社区");
        assertThat(moved.child(1).text()).isEqualTo(firstName);
        assertThat(moved.child(2).text()).isEqualTo(secondName);
        assertThat(row(changes.get(1), "社区").child(2).text()).isEqualTo(firstName);
        assertThat(history.select("td").eachText()).doesNotContain(String.valueOf(first), String.valueOf(second));
        assertThat(history.text()).doesNotContain("/370000/", "区划路径", "communityId", "regionPath");

        long revision = jdbc.queryForObject("select max(rev) from service_center_project_aud where id = ?", Long.class, id);
        Element change = Jsoup.parse(mvc.perform(get("/audit/change")
                .param("entity", "cn.shequ.platform.servicecenter.ServiceCenterProject").param("id", String.valueOf(id))
                .param("revision", String.valueOf(revision)).with(users.auditor()))
                .andReturn().getResponse().getContentAsString()).selectFirst("section.history");
        assertThat(row(change, "社区").child(2).text()).isEqualTo(secondName);
        assertThat(change.text()).doesNotContain("/370000/", "区划路径");
    }

    /** The row of a change's table that shows the field with this label. */
    private static Element row(Element change, String label) {
        return change.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + change.text()));
    }
}
