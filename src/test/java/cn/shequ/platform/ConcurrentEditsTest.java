package cn.shequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestRecords;
import cn.shequ.platform.support.Users;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Many users acting on the same records at the same moment, each request committed as in
 * production: one save from a version wins and the rest are told, nothing is lost, nothing counted
 * twice, and nobody sees a 500.
 */
@IntegrationTest
class ConcurrentEditsTest {

    static final String CHANGCHENG_COMMUNITY = "370782105001";
    static final String STALE = "该记录已被他人修改，请核对后重新提交";
    static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");
    static final String IMPORTED_SITE = "并发导入测试砖厂";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    Users users;
    long community;
    long firstNewProject;
    long firstNewPark;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
        community = jdbc.queryForObject("select id from region where code = ?", Long.class, CHANGCHENG_COMMUNITY);
        firstNewProject = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from service_center_project", Long.class);
        firstNewPark = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from eco_park", Long.class);
    }

    @AfterEach
    void removeWhatTheTestsMade() {
        List<Long> revisions = new ArrayList<>();
        revisions.addAll(TestRecords.revisionsOf(jdbc, "service_center_project", "id >= ?", firstNewProject));
        revisions.addAll(TestRecords.revisionsOf(jdbc, "eco_park", "id >= ?", firstNewPark));
        TestRecords.deleteAudited(jdbc, "service_center_report", "project_id >= ?", firstNewProject);
        TestRecords.deleteAudited(jdbc, "service_center_project", "id >= ?", firstNewProject);
        TestRecords.deleteAudited(jdbc, "eco_park", "id >= ?", firstNewPark);
        revisions.addAll(TestRecords.revisionsOf(jdbc, "land_library_entry", "name = ?", IMPORTED_SITE));
        TestRecords.deleteAudited(jdbc, "land_library_entry", "name = ?", IMPORTED_SITE);
        revisions.addAll(TestRecords.revisionsOf(jdbc, "yearbook_edition", "edition_year = 2016"));
        TestRecords.deleteAudited(jdbc, "yearbook_edition", "edition_year = 2016");
        jdbc.update("delete from year_lock where lock_year = 2016");
        TestRecords.deleteRevisions(jdbc, revisions);
    }

    @Test
    void fiftySavesOfOneRecordFromOneVersionSaveOnceAndTellTheOthers() throws Exception {
        long id = newProject();
        long version = version(id);

        List<MockHttpServletResponse> answers = race(50, i -> edit(id, version, "第 " + i + " 位用户的说明"));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).allMatch(status -> status == 200 || status == 302);
        assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatus() == 200)
                .hasSize(49).allMatch(answer -> body(answer).contains(STALE));
        String saved = jdbc.queryForObject("select notes from service_center_project where id = ?", String.class, id);
        String winner = answers.stream().filter(answer -> answer.getStatus() == 302).findFirst().orElseThrow().getRedirectedUrl();
        assertThat(winner).isEqualTo("/service-centers/" + id);
        assertThat(saved).matches("第 \\d+ 位用户的说明");
        assertThat(version(id)).isEqualTo(version + 1);
    }

    /** A report that repeats the project's figures changes no column of it: it must still count as a change. */
    @Test
    void theSameReportFormSentTwiceSavesOneReport() throws Exception {
        long id = reportedProject();
        long version = version(id);

        MockHttpServletResponse first = mvc.perform(report(id, version)).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(report(id, version)).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(body(second)).contains(STALE);
        assertThat(reports(id)).isEqualTo(2);
    }

    @Test
    void tenReportsOnOneProjectFromOneVersionSaveOne() throws Exception {
        long id = reportedProject();
        long version = version(id);

        List<MockHttpServletResponse> answers = race(10, i -> report(id, version));

        assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatus() == 200).hasSize(9)
                .allMatch(answer -> body(answer).contains(STALE));
        assertThat(reports(id)).isEqualTo(2);
    }

    @Test
    void fiftyReportsOnFiftyProjectsAreAllCounted() throws Exception {
        int completedBefore = completed2015();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(newProject());
        }
        Map<Long, Long> versions = new java.util.HashMap<>();
        ids.forEach(id -> versions.put(id, version(id)));

        List<MockHttpServletResponse> answers = race(50, i -> report(ids.get(i), versions.get(ids.get(i))));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
        assertThat(jdbc.queryForObject("select count(*) from service_center_report where project_id >= ?", Integer.class,
                firstNewProject)).isEqualTo(50);
        assertThat(completed2015()).isEqualTo(completedBefore + 50);
    }

    @Test
    void tenUsersPublishingOneYearMakeOneEdition() throws Exception {
        List<MvcResult> answers = raceResults(10,
                i -> post("/yearbook/2016/publish").with(csrf()).with(users.office()));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsOnly(302);
        assertThat(jdbc.queryForObject("select count(*) from yearbook_edition where edition_year = 2016", Integer.class))
                .isEqualTo(1);
        assertThat(answers).filteredOn(answer -> answer.getFlashMap().containsKey("message")).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getFlashMap().containsKey("error")).hasSize(9);
    }

    @Test
    void tenUsersDeletingOneRecordDeleteItOnceAndTheOthersAreTold() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/eco-towns/parks/new").with(csrf()).with(users.office())
                .param("communityId", String.valueOf(community)).param("name", "并发测试园区")
                .param("kind", "AGRICULTURE").param("establishedOn", "2015-04-01")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        long park = jdbc.queryForObject("select id from eco_park where name = '并发测试园区'", Long.class);

        List<MockHttpServletResponse> answers = race(10,
                i -> post("/eco-towns/parks/{id}/delete", park).with(csrf()).with(users.office()));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).allMatch(status -> status == 302
                || status == 404 || status == 409);
        assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatus() == 409)
                .allMatch(answer -> body(answer).contains("该记录刚被他人修改或删除"));
        assertThat(jdbc.queryForObject("select count(*) from eco_park where id = ?", Integer.class, park)).isZero();
    }

    @Test
    void tenUsersImportingOneFileAddItsRowOnceAndTheOthersAreTold() throws Exception {
        byte[] template = mvc.perform(get("/land-linkage/library/template").with(users.office())).andReturn().getResponse()
                .getContentAsByteArray();
        byte[] file;
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(template))) {
            org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).createRow(1);
            Object[] cells = {IMPORTED_SITE, "工矿", "昌城镇", "", "", 20, 15, 2015, ""};
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                }
                else if (!"".equals(cells[c])) {
                    row.createCell(c).setCellValue(String.valueOf(cells[c]));
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }

        List<MockHttpServletResponse> answers = race(10, i -> multipart("/land-linkage/library/import")
                .file(new MockMultipartFile("file", "项目库.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .with(csrf()).with(users.office()));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).allMatch(status -> status < 500);
        assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).isNotEmpty();
        assertThat(answers).filteredOn(answer -> answer.getStatus() != 302)
                .allMatch(answer -> (answer.getStatus() == 200 && body(answer).contains("项目库中已有"))
                        || (answer.getStatus() == 409 && body(answer).contains("这项操作已由他人完成")), "told why");
        assertThat(jdbc.queryForObject("select count(*) from land_library_entry where name = ?", Integer.class, IMPORTED_SITE))
                .isEqualTo(1);
    }

    private long newProject() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/service-centers/new").with(csrf()).with(users.office())
                .param("communityId", String.valueOf(community)).param("planYear", "2015").param("kind", "NEW_BUILD")
                .param("plannedStart", "2015-03-01").param("plannedFinish", "2015-11-30")).andReturn().getResponse();
        assertThat(response.getStatus()).as(body(response)).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().substring("/service-centers/".length()));
    }

    /** A new project with one report: completed on 1 December 2015. */
    private long reportedProject() throws Exception {
        long id = newProject();
        assertThat(mvc.perform(report(id, version(id))).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(reports(id)).isEqualTo(1);
        return id;
    }

    private MockHttpServletRequestBuilder edit(long id, long version, String notes) {
        return post("/service-centers/{id}/edit", id).with(csrf()).with(users.office())
                .param("version", String.valueOf(version)).param("communityId", String.valueOf(community))
                .param("planYear", "2015").param("kind", "NEW_BUILD").param("plannedStart", "2015-03-01")
                .param("plannedFinish", "2015-11-30").param("notes", notes);
    }

    private MockHttpServletRequestBuilder report(long id, long version) {
        return post("/service-centers/{id}/reports/new", id).with(csrf()).with(users.office())
                .param("version", String.valueOf(version)).param("reportDate", "2015-12-01")
                .param("status", "COMPLETED").param("percentComplete", "100");
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from service_center_project where id = ?", Long.class, id);
    }

    private int reports(long id) {
        return jdbc.queryForObject("select count(*) from service_center_report where project_id = ?", Integer.class, id);
    }

    /** The summary's completed figure, and the length of the list it links to: both from the records. */
    private int completed2015() throws Exception {
        var page = Jsoup.parse(body(mvc.perform(get("/service-centers").param("year", "2015").with(users.office()))
                .andReturn().getResponse()));
        int figure = Integer.parseInt(page.getElementById("figure-completed").text().replaceAll("\\D.*", ""));
        var list = Jsoup.parse(body(mvc.perform(get(page.getElementById("figure-completed").attr("href"))
                .with(users.office())).andReturn().getResponse()));
        Matcher total = TOTAL.matcher(list.text());
        assertThat(total.find()).isTrue();
        assertThat(Integer.parseInt(total.group(1))).isEqualTo(figure);
        return figure;
    }

    /** Sends the requests all at once, from as many threads, and collects the answers. */
    private List<MockHttpServletResponse> race(int users, IntFunction<? extends RequestBuilder> request)
            throws Exception {
        return raceResults(users, request).stream().map(MvcResult::getResponse).toList();
    }

    private List<MvcResult> raceResults(int users, IntFunction<? extends RequestBuilder> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(users);
        try {
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                RequestBuilder builder = request.apply(i);
                Callable<MvcResult> call = () -> {
                    start.await();
                    return mvc.perform(builder).andReturn();
                };
                answers.add(threads.submit(call));
            }
            start.countDown();
            List<MvcResult> responses = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
