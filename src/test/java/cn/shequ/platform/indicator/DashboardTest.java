package cn.shequ.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.StatementCounter;
import cn.shequ.platform.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard: every work stream, figures that link to their records, and a fixed statement count. */
@IntegrationTest
@Transactional
class DashboardTest {

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

    @Test
    void showsEveryWorkStreamWithFiguresLeadingToTheirRecords() throws Exception {
        Document page = page(get("/dashboard").param("year", "2015").with(users.leader()));
        assertThat(page.select("h1").text()).isEqualTo("2015年社区建设年度看板 · 诸城市");
        assertThat(page.getElementById("stream-SERVICE_CENTER")).isNotNull();
        assertThat(page.getElementById("indicator-service_center.planned").text()).isEqualTo("50");
        assertThat(page.getElementById("indicator-service_center.new_build_in_use").text()).isEqualTo("4");
        String link = page.getElementById("indicator-service_center.new_build_in_use").attr("href");
        Document list = page(get(link).with(users.leader()));
        assertThat(list.text()).contains("共 4 条");
        assertThat(page.select(".chart[data-chart]")).hasSize(5);
        assertThat(page.select(".chart").first().attr("data-chart")).contains("links", "/service-centers?year=2015&region=370782");
    }

    @Test
    void aTownUserSeesTheirTown() throws Exception {
        Document page = page(get("/dashboard").param("year", "2015").with(users.changcheng()));
        assertThat(page.select("h1").text()).contains("昌城镇");
    }

    @Test
    void theDashboardAndTheApiIssueAFixedNumberOfStatementsWhateverTheData() throws Exception {
        int dashboardBefore = statements(get("/dashboard").param("year", "2015").with(users.leader()));
        int apiBefore = statements(get("/api/v1/indicators").param("year", "2015").with(users.leader()));
        assertThat(dashboardBefore).isPositive();
        assertThat(apiBefore).isPositive().isLessThan(dashboardBefore);

        Long community = jdbc.queryForObject("select id from region where code = '370782105001'", Long.class);
        String path = jdbc.queryForObject("select path from region where id = ?", String.class, community);
        for (int i = 0; i < 200; i++) {
            jdbc.update("""
                    insert into service_center_project (community_id, region_path, plan_year, kind, showcase, status, percent_complete)
                    values (?, ?, 2015, 'NEW_BUILD', false, 'PLANNED', 0)
                    """, community, path);
            Long id = jdbc.queryForObject("select max(id) from service_center_project", Long.class);
            jdbc.update("""
                    insert into service_center_report (project_id, report_date, status, percent_complete, reporter, recorded_at)
                    values (?, ?, 'UNDER_CONSTRUCTION', 10, 'office', ?)
                    """, id, LocalDate.of(2015, 5, 1), java.sql.Timestamp.from(Instant.now()));
            jdbc.update("insert into meeting (held_on, title, organiser, kind, stream, region_path) values (?, ?, '市社区办', 'PROMOTION', 'SMART_COMMUNITY', ?)",
                    LocalDate.of(2015, 6, 1), "测试会议" + i, "/370000/370700/370782/");
        }

        assertThat(statements(get("/dashboard").param("year", "2015").with(users.leader()))).isEqualTo(dashboardBefore);
        assertThat(statements(get("/api/v1/indicators").param("year", "2015").with(users.leader()))).isEqualTo(apiBefore);
        assertThat(page(get("/dashboard").param("year", "2015").with(users.leader()))
                .getElementById("indicator-service_center.planned").text()).isEqualTo("250");
    }

    private int statements(MockHttpServletRequestBuilder request) throws Exception {
        StatementCounter.reset();
        mvc.perform(request);
        return StatementCounter.count();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
