package cn.shequ.platform.yearbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestRecords;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Publishing 2015 stores an edition and locks the year: records are refused, downloads are the
 * published files byte for byte; an administrator reopens it with a reason that the audit trail
 * keeps; a new publication makes a new edition and the old one stays downloadable. (It commits, so
 * it removes what it made.)
 */
@IntegrationTest
class PublicationTest {

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
    void removeEditionsLocksAndTheProjectMadeHere() {
        List<Long> revisions = new ArrayList<>(TestRecords.revisionsOf(jdbc, "yearbook_edition", "edition_year = 2015"));
        TestRecords.deleteAudited(jdbc, "yearbook_edition", "edition_year = 2015");
        jdbc.update("delete from year_lock where lock_year = 2015");
        for (Long id : jdbc.queryForList("select id from service_center_project where notes = '重新开放后新增'", Long.class)) {
            revisions.addAll(TestRecords.revisionsOf(jdbc, "service_center_project", "id = ?", id));
            TestRecords.deleteAudited(jdbc, "service_center_project", "id = ?", id);
        }
        TestRecords.deleteRevisions(jdbc, revisions);
    }

    @Test
    void publishingLocksTheYearAndReopeningNeedsAReason() throws Exception {
        mvc.perform(post("/yearbook/2015/publish").with(csrf()).with(users.office()));
        assertThat(jdbc.queryForObject("select count(*) from yearbook_edition where edition_year = 2015", Integer.class)).isEqualTo(1);

        byte[] stored = jdbc.queryForObject("select tables_file from yearbook_edition where edition_year = 2015", byte[].class);
        byte[] downloaded = mvc.perform(get("/yearbook/2015/tables.xlsx").with(users.leader())).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(stored);
        byte[] entryStored = jdbc.queryForObject("select entry_file from yearbook_edition where edition_year = 2015", byte[].class);
        assertThat(mvc.perform(get("/yearbook/2015/entry.docx").with(users.leader())).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(entryStored);

        Map<String, Object> project = jdbc.queryForMap("""
                select id, version, community_id, kind, reused_building from service_center_project
                where plan_year = 2015 and kind = 'RENOVATION' order by id limit 1""");
        String refused = mvc.perform(editProject(project, "锁定后修改")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("诸城市2015年的数据已发布锁定");
        assertThat(jdbc.queryForObject("select count(*) from service_center_project where notes = '锁定后修改'", Integer.class)).isZero();

        String again = mvc.perform(post("/yearbook/2015/publish").with(csrf()).with(users.office()))
                .andReturn().getFlashMap().get("error").toString();
        assertThat(again).contains("yearbook.error.alreadyPublished");

        assertThat(mvc.perform(post("/yearbook/2015/reopen").with(csrf()).with(users.office()).param("reason", "需要更正数据"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/yearbook/2015/reopen").with(csrf()).with(users.admin()).param("reason", "改"))
                .andReturn().getFlashMap().get("error").toString()).contains("yearbook.error.reason");
        mvc.perform(post("/yearbook/2015/reopen").with(csrf()).with(users.admin()).param("region", "370782")
                .param("reason", "更正昌城镇一个项目的完工日期"));

        long community = jdbc.queryForObject("select id from region where code = '370782105001'", Long.class);
        mvc.perform(post("/service-centers/new").with(csrf()).with(users.office()).param("communityId", String.valueOf(community))
                .param("planYear", "2015").param("kind", "NEW_BUILD").param("notes", "重新开放后新增"));
        assertThat(jdbc.queryForObject("select count(*) from service_center_project where notes = '重新开放后新增'", Integer.class))
                .isEqualTo(1);

        String audit = mvc.perform(get("/audit").param("module", "yearbook").with(users.auditor())).andReturn().getResponse()
                .getContentAsString();
        assertThat(audit).contains("admin", "年鉴发布版本");
        long revision = jdbc.queryForObject("select max(rev) from yearbook_edition_aud where edition_year = 2015", Long.class);
        long edition = jdbc.queryForObject("select id from yearbook_edition where edition_year = 2015", Long.class);
        String change = mvc.perform(get("/audit/change").param("entity", "cn.shequ.platform.yearbook.YearbookEdition")
                .param("id", String.valueOf(edition)).param("revision", String.valueOf(revision)).with(users.auditor()))
                .andReturn().getResponse().getContentAsString();
        assertThat(change).contains("更正昌城镇一个项目的完工日期");

        mvc.perform(post("/yearbook/2015/publish").with(csrf()).with(users.office()));
        assertThat(jdbc.queryForList("select edition from yearbook_edition where edition_year = 2015 order by edition", Integer.class))
                .containsExactly(1, 2);
        assertThat(mvc.perform(get("/yearbook/2015/editions/1/tables.xlsx").with(users.leader())).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(stored);
        String page = mvc.perform(get("/yearbook/2015").with(users.leader())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已发布（第2版）", "第1版", "更正昌城镇一个项目的完工日期");
    }

    private MockHttpServletRequestBuilder editProject(Map<String, Object> project, String notes) {
        return post("/service-centers/{id}/edit", project.get("id")).with(csrf()).with(users.office())
                .param("version", String.valueOf(project.get("version")))
                .param("communityId", String.valueOf(project.get("community_id"))).param("planYear", "2015")
                .param("kind", String.valueOf(project.get("kind")))
                .param("reusedBuilding", String.valueOf(project.get("reused_building"))).param("notes", notes);
    }
}
