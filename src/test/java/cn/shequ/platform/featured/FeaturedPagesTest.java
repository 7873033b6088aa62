package cn.shequ.platform.featured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import cn.shequ.platform.yearlock.YearLocks;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The featured-community pages: figures and their links, the forms, the workflow, scope and roles. */
@IntegrationTest
@Transactional
class FeaturedPagesTest {

    static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");
    static final String CHANGCHENG_COMMUNITY = "370782105001";
    static final String MIZHOU_COMMUNITY = "370782001001";

    @Autowired
    MockMvc mvc;

    @Autowired
    FeaturedTestRecords records;

    @Autowired
    FeaturedBatches batches;

    @Autowired
    FeaturedApplications applications;

    @Autowired
    FeaturedReviews reviews;

    @Autowired
    FeaturedAspects aspects;

    @Autowired
    RegionDirectory regions;

    @Autowired
    YearLocks locks;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManager entityManager;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
    }

    // ---- figures, lists, the batch's pages

    @Test
    void theSummaryShowsThe2015FiguresAndEachFigureListsExactlyWhatItCounts() throws Exception {
        Document page = page(get("/featured-communities").param("year", "2015").with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("2015年特色社区创建 · 诸城市");
        assertThat(figure(page, "figure-batches")).isEqualTo("1");
        assertThat(figure(page, "figure-applications")).isEqualTo("45");
        assertThat(figure(page, "figure-named")).isEqualTo("30");
        assertThat(figure(page, "figure-not-passed")).isEqualTo("15");
        for (String id : List.of("figure-applications", "figure-under-review", "figure-in-publicity", "figure-named",
                "figure-not-passed")) {
            String href = page.getElementById(id).attr("href");
            assertThat(total(page(get(href).with(users.office())))).as(id + " → " + href)
                    .isEqualTo(Long.parseLong(figure(page, id)));
        }
        Document batchList = page(get(page.getElementById("figure-batches").attr("href")).with(users.office()));
        assertThat(batchList.select("table.batches tbody tr")).hasSize(1);
        assertThat(batchList.select("table.batches").text()).contains("第二批（2015年）", "诸社办发〔2015〕2号", "已命名结束");
        assertThat(page.select("table.by-area tbody tr")).hasSize(13);
    }

    @Test
    void theBatchPageShowsItsApplicationsStatesAndScoresAndItsHistory() throws Exception {
        long id = batch2();
        Document page = page(get("/featured-communities/{id}", id).with(users.leader()));
        assertThat(page.select("h1").text()).contains("2015年第二批特色社区创建评选", "已命名结束");
        assertThat(figure(page, "figure-named")).isEqualTo("30");
        assertThat(page.select("table.applications tbody tr")).hasSize(20);
        assertThat(page.select("table.applications tbody").text()).contains("已命名", "未通过");
        assertThat(page.select("table.applications tbody td.text-end").eachText())
                .allSatisfy(score -> assertThat(score).matches("\\d{2}\\.\\d{2}"));
        assertThat(total(page)).isEqualTo(45);
        assertThat(page.text()).contains("特色项目定位（20%）", "reviewer1、reviewer2、reviewer3", "修改历史");
        Document named = page(get(page.getElementById("figure-named").attr("href")).with(users.leader()));
        assertThat(total(named)).isEqualTo(30);
    }

    @Test
    void theRankingRanksEveryScoredApplicationOfTheBatch() throws Exception {
        Document page = page(get("/featured-communities/{id}/ranking", batch2()).with(users.office()));
        var rows = page.select("table.ranking tbody tr");
        assertThat(rows).hasSize(45);
        assertThat(rows.get(0).child(0).text()).isEqualTo("1");
        List<Double> scores = rows.stream().map(r -> Double.parseDouble(r.child(5).text().split(" ")[0])).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.stream().filter(r -> r.child(6).text().equals("已命名")).count()).isEqualTo(30);
        assertThat(rows.get(44).child(7).text()).isEqualTo("否");
    }

    @Test
    void theNamedListAndItsWorkbookHoldThe30() throws Exception {
        long id = batch2();
        Document page = page(get("/featured-communities/{id}/named", id).with(users.leader()));
        assertThat(page.select("h1").text()).isEqualTo("第二批特色社区名单（2015年）");
        assertThat(page.select("table.named tbody tr")).hasSize(30);
        assertThat(page.text()).contains("名单不再变更", "诸社办发〔2015〕2号");

        var response = mvc.perform(get("/featured-communities/{id}/named.xlsx", id).with(users.leader()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"2015.xlsx\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode("第二批特色社区名单（2015年）.xlsx", java.nio.charset.StandardCharsets.UTF_8));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("第二批特色社区名单（2015年）");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getLastRowNum()).isEqualTo(31);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).endsWith("社区");
            assertThat(sheet.getRow(31).getCell(5).getNumericCellValue()).isBetween(0.0, 100.0);
        }
    }

    @Test
    void theApplicationPageShowsItsScoresItsLogAndItsHistory() throws Exception {
        FeaturedApplication named = applications.findByBatchIdAndState(batch2(), FeaturedState.NAMED).get(0);
        settle();
        Document page = page(get("/featured-communities/applications/{id}", named.getId()).with(users.leader()));
        assertThat(page.select("table.scores tbody tr")).hasSize(3);
        assertThat(page.select("table.scores").text()).contains("reviewer1", "reviewer2", "reviewer3");
        assertThat(page.select("#score").text()).matches("\\d{2}\\.\\d{2}");
        assertThat(page.select("ol.transitions li")).hasSize(6);
        assertThat(page.select("ol.transitions").text()).contains("评审中 → 公示中", "公示中 → 已命名", "公示无异议");
        assertThat(page.select("#history").text()).contains("特色项目名称", "新增");
        assertThat(page.select("section.transition")).isEmpty();
    }

    @Test
    void aCommunityPageShowsTheTitlesItHolds() throws Exception {
        FeaturedApplication named = applications.findByBatchIdAndState(batch2(), FeaturedState.NAMED).get(0);
        settle();
        mvc.perform(get("/regions/{id}", named.getCommunityId()).with(users.office()))
                .andExpect(content().string(containsString("第二批特色社区（2015年）")))
                .andExpect(content().string(containsString("/featured-communities/applications/" + named.getId())));
    }

    // ---- batch form

    @Test
    void theOfficeLaunchesABatch() throws Exception {
        long before = batches.count();
        mvc.perform(newBatch(91).with(users.office())).andExpect(redirectedUrlPattern("/featured-communities/*"));
        settle();
        assertThat(batches.count()).isEqualTo(before + 1);
        FeaturedBatch batch = batches.findByNumber(91).orElseThrow();
        assertThat(batch.getRegionPath()).isEqualTo(records.cityPath());
        assertThat(batch.getReviewers()).containsExactly("reviewer1", "reviewer2");
        assertThat(batch.criteriaDrafts()).extracting(FeaturedBatch.CriterionDraft::weight).containsExactly(70, 30);
    }

    @Test
    void badBatchInputComesBackAsMessagesAndSavesNothing() throws Exception {
        long before = batches.count();
        expectMessage(newBatch(92, "year", "").with(users.office()), "必填");
        expectMessage(newBatch(92, "criteria[1].weight", "20").with(users.office()), "权重合计须为 100（现为 90）");
        expectMessage(newBatch(92, "quota", "-3").with(users.office()), "不能小于 1");
        expectMessage(newBatch(92, "quota", "", "passMark", "150").with(users.office()), "不能大于 100");
        expectMessage(newBatch(92, "quota", "").with(users.office()), "请填写命名数量或入选分数线");
        expectMessage(newBatch(92, "notes", "长".repeat(10_000)).with(users.office()), "不能超过 2000 个字符");
        expectMessage(newBatch(92, "aspectIds", "999999").with(users.office()), "请选择创建方面");
        expectMessage(newBatch(92, "aspectIds", "abc").with(users.office()), "格式不正确");
        expectMessage(newBatch(92, "reviewers", "").with(users.office()), "请至少指定一名评审专家");
        expectMessage(newBatch(92, "publicityStart", LocalDate.now().plusDays(5).toString()).with(users.office()),
                "公示开始日期不能早于申报截止日期");
        expectMessage(newBatch(2).with(users.office()), "已有第二批");
        assertThat(batches.count()).isEqualTo(before);
    }

    @Test
    void reviewersAreChosenFromTheEnabledReviewerAccountsOnly() throws Exception {
        jdbc.update("""
                insert into user_account (username, display_name, role, enabled, password_hash, password_changed_at, created_at)
                values ('reviewer9', '停用专家', 'REVIEWER', false, '{noop}x', now(), now())""");
        Document form = page(get("/featured-communities/new").with(users.office()));
        assertThat(form.select("input[type=checkbox][name=reviewers]").eachAttr("value"))
                .containsExactly("reviewer1", "reviewer2", "reviewer3");
        assertThat(form.select("fieldset.reviewers").text()).contains("评审专家 陈华（reviewer1）");

        long before = batches.count();
        expectMessage(newBatch(93, "reviewers", "BOGUS_ENUM").with(users.office()),
                "“BOGUS_ENUM”不是已启用的评审专家账号");
        expectMessage(newBatch(93, "reviewers", "changcheng, office, admin").with(users.office()),
                "“admin、changcheng、office”不是已启用的评审专家账号");
        expectMessage(newBatch(93, "reviewers", "reviewer9").with(users.office()), "“reviewer9”不是已启用的评审专家账号");
        assertThat(batches.count()).isEqualTo(before);

        mvc.perform(newBatch(93, "reviewers", "reviewer1").param("reviewers", "reviewer2", "reviewer3").with(users.office()))
                .andExpect(redirectedUrlPattern("/featured-communities/*"));
        settle();
        assertThat(batches.findByNumber(93).orElseThrow().getReviewers())
                .containsExactly("reviewer1", "reviewer2", "reviewer3");
    }

    @Test
    void aStaleBatchEditShowsTheSubmittedCriteriaAndReviewersReadably() throws Exception {
        FeaturedBatch batch = records.openBatch(FeaturedTestRecords.TEST_YEAR, 86, 5, Set.of("reviewer1"));
        settle();
        String version = String.valueOf(batches.findById(batch.getId()).orElseThrow().getVersion());
        settle();
        mvc.perform(batchForm(post("/featured-communities/{id}/edit", batch.getId()), 86, "version", version,
                "notes", "先保存的修改").with(users.office())).andExpect(redirectedUrlPattern("/featured-communities/*"));
        settle();

        Document page = page(batchForm(post("/featured-communities/{id}/edit", batch.getId()), 86, "version", version,
                "criteria[0].weight", "50", "criteria[1].weight", "50").param("reviewers", "reviewer3")
                .with(users.office()));
        String alert = page.select(".alert-danger").text();
        assertThat(alert).contains("评分标准: 成效 50；满意度 50", "评审专家: reviewer1、reviewer2、reviewer3")
                .doesNotContain("CriterionRow", "[");
        assertThat(batches.findById(batch.getId()).orElseThrow().getNotes()).isEqualTo("先保存的修改");
    }

    @Test
    void onlyTheOfficeManagesBatches() throws Exception {
        mvc.perform(get("/featured-communities/new").with(users.changcheng())).andExpect(status().isForbidden());
        mvc.perform(newBatch(93).with(users.changcheng())).andExpect(status().isForbidden());
        mvc.perform(newBatch(93).with(users.leader())).andExpect(status().isForbidden());
        mvc.perform(post("/featured-communities/{id}/naming", batch2()).with(csrf()).with(users.changcheng()))
                .andExpect(status().isForbidden());
    }

    // ---- applications: forms, scope, workflow

    @Test
    void theTownFilesAndRecommendsItsOwnCommunitysApplication() throws Exception {
        FeaturedBatch batch = records.openBatch(94);
        settle();
        String location = mvc.perform(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑").with(users.changcheng()))
                .andExpect(redirectedUrlPattern("/featured-communities/applications/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        settle();
        assertThat(applications.findById(id).orElseThrow().getState()).isEqualTo(FeaturedState.DRAFT);
        move(id, "SUBMITTED", null, users.as("changcheng")).andExpect(redirectedUrl("/featured-communities/applications/" + id));
        move(id, "RECOMMENDED", "同意推荐", users.as("changcheng"));
        settle();
        FeaturedApplication application = applications.findById(id).orElseThrow();
        assertThat(application.getState()).isEqualTo(FeaturedState.RECOMMENDED);
        assertThat(application.getFiledBy()).isEqualTo("changcheng");
        settle();
        Document page = page(get("/featured-communities/applications/{id}", id).with(users.changcheng()));
        assertThat(page.select("ol.transitions li")).hasSize(3);
        assertThat(page.select("ol.transitions").text()).contains("已申报 → 镇街推荐", "changcheng（镇街工作人员）", "同意推荐");
    }

    @Test
    void badApplicationInputComesBackAsMessagesAndSavesNothing() throws Exception {
        FeaturedBatch batch = records.openBatch(95);
        records.application(batch, CHANGCHENG_COMMUNITY, "环境卫生", FeaturedState.DRAFT);
        settle();
        long before = applications.count();
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑", "title", "").with(users.changcheng()), "必填");
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑", "investment", "-5").with(users.changcheng()),
                "不能为负数");
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑", "households", "abc").with(users.changcheng()),
                "请输入整数");
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑", "description", "长".repeat(10_000))
                .with(users.changcheng()), "不能超过 4000 个字符");
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑", "aspectId", "999999").with(users.changcheng()),
                "请选择创建方面");
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "环境卫生").with(users.changcheng()),
                "同一社区、同一方面每批次只能申报一次");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void noApplicationOutsideTheWindow() throws Exception {
        FeaturedBatch batch = records.openBatch(96);
        ReflectionWindow.close(batch);
        settle();
        long before = applications.count();
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑").with(users.changcheng()), "不在申报期内");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void theTownSeesFilesAndMovesOnlyItsOwnTown() throws Exception {
        Document list = page(get("/featured-communities/{id}", batch2()).with(users.changcheng()));
        assertThat(total(list)).isPositive().isLessThan(45);
        assertThat(list.select("table.applications tbody td:first-child a").eachText())
                .allSatisfy(name -> assertThat(name).startsWith("昌城镇"));

        FeaturedBatch batch = records.openBatch(97);
        FeaturedApplication other = records.application(batch, MIZHOU_COMMUNITY, "产业支撑", FeaturedState.SUBMITTED);
        settle();
        mvc.perform(get("/featured-communities/applications/{id}", other.getId()).with(users.changcheng()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/featured-communities/applications/{id}/transitions", other.getId()).with(csrf())
                .with(users.changcheng()).param("to", "RECOMMENDED").param("version", "2")).andExpect(status().isNotFound());
        long before = applications.count();
        expectMessage(newApplication(batch, MIZHOU_COMMUNITY, "特色服务").with(users.changcheng()), "请选择您管辖范围内的社区");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void anIllegalMoveIsRefusedWithAMessageAndChangesNothing() throws Exception {
        FeaturedBatch batch = records.openBatch(98);
        FeaturedApplication submitted = records.application(batch, CHANGCHENG_COMMUNITY, "产业支撑", FeaturedState.SUBMITTED);
        FeaturedApplication recommended = records.application(batch, "370782105002", "产业支撑", FeaturedState.RECOMMENDED);
        FeaturedApplication underReview = records.application(batch, "370782105003", "产业支撑", FeaturedState.UNDER_REVIEW);
        settle();
        move(submitted.getId(), "NAMED", null, users.office())
                .andExpect(content().string(containsString("当前状态为“已申报”，不能办理为“已命名”。")));
        move(recommended.getId(), "UNDER_REVIEW", null, users.changcheng())
                .andExpect(content().string(containsString("“镇街推荐”→“评审中”不能由镇街工作人员办理。")));
        move(underReview.getId(), "NOT_PASSED", "", users.office())
                .andExpect(content().string(containsString("办理为“未通过”须填写办理意见")));
        move(underReview.getId(), "IN_PUBLICITY", null, users.office())
                .andExpect(content().string(containsString("尚无评审专家打分，不能进入公示。")));
        move(underReview.getId(), "PALACE", null, users.office()).andExpect(content().string(containsString("格式不正确")));
        settle();
        assertThat(applications.findById(submitted.getId()).orElseThrow().getState()).isEqualTo(FeaturedState.SUBMITTED);
        assertThat(applications.findById(recommended.getId()).orElseThrow().getState()).isEqualTo(FeaturedState.RECOMMENDED);
        assertThat(applications.findById(underReview.getId()).orElseThrow().getState()).isEqualTo(FeaturedState.UNDER_REVIEW);
    }

    @Test
    void theLeaderReadsButCannotSaveAndTheReviewerSeesOnlyTheReviewPages() throws Exception {
        FeaturedBatch batch = records.openBatch(99);
        FeaturedApplication draft = records.application(batch, CHANGCHENG_COMMUNITY, "产业支撑", FeaturedState.DRAFT);
        settle();
        mvc.perform(get("/featured-communities/applications/{id}", draft.getId()).with(users.leader())).andExpect(status().isOk());
        mvc.perform(newApplication(batch, CHANGCHENG_COMMUNITY, "特色服务").with(users.leader())).andExpect(status().isForbidden());
        mvc.perform(post("/featured-communities/applications/{id}/transitions", draft.getId()).with(csrf())
                .with(users.leader()).param("to", "SUBMITTED")).andExpect(status().isForbidden());
        mvc.perform(post("/featured-communities/applications/{id}/transitions", draft.getId()).with(csrf())
                .with(users.as("reviewer1")).param("to", "SUBMITTED")).andExpect(status().isForbidden());
        mvc.perform(get("/featured-communities/{id}", batch.getId()).with(users.as("reviewer1"))).andExpect(status().isForbidden());
        mvc.perform(get("/featured-communities").with(users.as("reviewer1")))
                .andExpect(redirectedUrl("/featured-communities/reviews"));
        mvc.perform(get("/featured-communities/reviews").with(users.office())).andExpect(status().isForbidden());
    }

    // ---- reviews

    @Test
    void aReviewerScoresOnlyTheBatchesAssignedAndOnlyWhileUnderReview() throws Exception {
        FeaturedBatch batch = records.openBatch(FeaturedTestRecords.TEST_YEAR, 88, 5, Set.of("reviewer2"));
        FeaturedApplication underReview = records.application(batch, CHANGCHENG_COMMUNITY, "产业支撑", FeaturedState.UNDER_REVIEW);
        FeaturedApplication draft = records.application(batch, "370782105002", "产业支撑", FeaturedState.DRAFT);
        settle();
        List<Long> criteria = batches.findById(batch.getId()).orElseThrow().getCriteria().stream()
                .map(FeaturedCriterion::getId).toList();
        settle();

        mvc.perform(get("/featured-communities/reviews/{id}/edit", underReview.getId()).with(users.as("reviewer1")))
                .andExpect(status().isForbidden());
        mvc.perform(score(underReview, criteria, "90", "80").with(users.as("reviewer1"))).andExpect(status().isForbidden());
        assertThat(page(get("/featured-communities/reviews").with(users.as("reviewer1"))).text()).doesNotContain("测试项目");

        Document list = page(get("/featured-communities/reviews").with(users.as("reviewer2")));
        assertThat(list.text()).contains("测试项目" + CHANGCHENG_COMMUNITY).doesNotContain("测试项目370782105002");
        expectMessage(score(underReview, criteria, "101", "80").with(users.as("reviewer2")), "不能大于 100");
        expectMessage(score(underReview, criteria, "-1", "80").with(users.as("reviewer2")), "不能小于 0");
        expectMessage(score(underReview, criteria, "", "80").with(users.as("reviewer2")), "必填");
        expectMessage(score(underReview, criteria, "abc", "80").with(users.as("reviewer2")), "格式不正确");
        expectMessage(score(draft, criteria, "90", "80").with(users.as("reviewer2")), "只有评审中的申报才能打分");
        assertThat(reviews.findByApplicationIdAndReviewer(underReview.getId(), "reviewer2")).isEmpty();

        mvc.perform(score(underReview, criteria, "90", "80").with(users.as("reviewer2")))
                .andExpect(redirectedUrl("/featured-communities/reviews"));
        settle();
        FeaturedReview review = reviews.findByApplicationIdAndReviewer(underReview.getId(), "reviewer2").orElseThrow();
        assertThat(review.getScores()).containsEntry(criteria.get(0), 90).containsEntry(criteria.get(1), 80);
        settle();
        assertThat(page(get("/featured-communities/applications/{id}", underReview.getId()).with(users.office()))
                .select("#score").text()).isEqualTo("86.00");
    }

    @Test
    void aStaleScoringFormShowsWhatWasSubmittedByCriterionName() throws Exception {
        FeaturedBatch batch = records.openBatch(FeaturedTestRecords.TEST_YEAR, 87, 5, Set.of("reviewer2"));
        FeaturedApplication underReview = records.application(batch, CHANGCHENG_COMMUNITY, "产业支撑", FeaturedState.UNDER_REVIEW);
        settle();
        List<Long> criteria = batches.findById(batch.getId()).orElseThrow().getCriteria().stream()
                .map(FeaturedCriterion::getId).toList();
        settle();
        // two tabs open the empty form; the first saves, the second then submits its own scores
        mvc.perform(score(underReview, criteria, "90", "80").with(users.as("reviewer2")))
                .andExpect(redirectedUrl("/featured-communities/reviews"));
        settle();

        Document page = page(score(underReview, criteria, "70", "60").with(users.as("reviewer2")));
        String alert = page.select(".alert-danger").text();
        assertThat(alert).contains("各项得分: 成效 70；满意度 60").doesNotContain("{", "=");
        assertThat(page.getElementById("scores" + criteria.get(0)).attr("value")).isEqualTo("90");
        assertThat(reviews.findByApplicationIdAndReviewer(underReview.getId(), "reviewer2").orElseThrow().getScores())
                .containsEntry(criteria.get(0), 90).containsEntry(criteria.get(1), 80);
    }

    // ---- naming

    @Test
    void namingNamesThoseInPublicityAndFixesTheBatch() throws Exception {
        FeaturedBatch batch = records.openBatch(87);
        FeaturedApplication inPublicity = records.application(batch, CHANGCHENG_COMMUNITY, "产业支撑", FeaturedState.IN_PUBLICITY);
        FeaturedApplication underReview = records.application(batch, "370782105002", "产业支撑", FeaturedState.UNDER_REVIEW);
        settle();
        mvc.perform(naming(batch).with(users.office())).andExpect(content().string(containsString("还有 1 个申报处于")));
        move(underReview.getId(), "NOT_PASSED", "未达到评选标准", users.office());
        settle();
        mvc.perform(naming(batch).with(users.office()))
                .andExpect(redirectedUrl("/featured-communities/" + batch.getId() + "/named"));
        settle();
        assertThat(applications.findById(inPublicity.getId()).orElseThrow().getState()).isEqualTo(FeaturedState.NAMED);
        assertThat(batches.findById(batch.getId()).orElseThrow().isClosed()).isTrue();
        settle();
        Document named = page(get("/featured-communities/{id}/named", batch.getId()).with(users.office()));
        assertThat(named.select("table.named tbody tr")).hasSize(1);

        move(inPublicity.getId(), "NOT_PASSED", "撤销", users.office())
                .andExpect(content().string(containsString("已命名结束，不能再变更")));
        mvc.perform(newApplication(batch, "370782105003", "产业支撑").with(users.changcheng()))
                .andExpect(content().string(containsString("已命名结束，不能再变更")));
        settle();
        assertThat(applications.findById(inPublicity.getId()).orElseThrow().getState()).isEqualTo(FeaturedState.NAMED);
        Document page = page(get("/featured-communities/{id}", batch.getId()).with(users.office()));
        assertThat(page.select("section.naming")).isEmpty();
        assertThat(page.select("#new-application")).isEmpty();
    }

    @Test
    void aPublishedYearCannotBeChanged() throws Exception {
        FeaturedBatch batch = records.openBatch(86);
        settle();
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(FeaturedTestRecords.TEST_YEAR, city.path(), city.name(), "office", java.time.Instant.now());
        long before = applications.count();
        expectMessage(newApplication(batch, CHANGCHENG_COMMUNITY, "产业支撑").with(users.changcheng()), "已发布锁定");
        assertThat(applications.count()).isEqualTo(before);
    }

    // ---- aspects

    @Test
    void theOfficeEditsTheAspectsList() throws Exception {
        long before = aspects.count();
        mvc.perform(post("/featured-communities/aspects/new").with(csrf()).with(users.office())
                .param("name", "绿色生态").param("sortOrder", "9").param("active", "true"))
                .andExpect(redirectedUrl("/featured-communities/aspects"));
        settle();
        assertThat(aspects.count()).isEqualTo(before + 1);
        expectMessage(post("/featured-communities/aspects/new").with(csrf()).with(users.office())
                .param("name", "产业支撑").param("sortOrder", "10"), "已有名为“产业支撑”的创建方面");
        expectMessage(post("/featured-communities/aspects/new").with(csrf()).with(users.office())
                .param("name", "").param("sortOrder", "-1"), "不能小于 0");
        assertThat(aspects.count()).isEqualTo(before + 1);
        mvc.perform(get("/featured-communities/aspects/new").with(users.changcheng())).andExpect(status().isForbidden());
        mvc.perform(get("/featured-communities/aspects").with(users.changcheng()))
                .andExpect(content().string(containsString("绿色生态")))
                .andExpect(content().string(not(containsString("/featured-communities/aspects/new"))));
    }

    // ---- helpers

    private long batch2() {
        long id = batches.findByNumber(2).orElseThrow().getId();
        settle();
        return id;
    }

    /** A new-batch form with valid values, replaced by {@code overrides} (name, value, …). */
    private MockHttpServletRequestBuilder newBatch(int number, String... overrides) {
        return batchForm(post("/featured-communities/new"), number, overrides);
    }

    private MockHttpServletRequestBuilder batchForm(MockHttpServletRequestBuilder request, int number, String... overrides) {
        LocalDate today = LocalDate.now();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("year", String.valueOf(FeaturedTestRecords.TEST_YEAR));
        params.put("number", String.valueOf(number));
        params.put("aspectIds", String.valueOf(aspects.findByName("产业支撑").orElseThrow().getId()));
        params.put("applicationsOpen", today.toString());
        params.put("applicationsClose", today.plusDays(30).toString());
        params.put("publicityStart", today.plusDays(40).toString());
        params.put("publicityEnd", today.plusDays(47).toString());
        params.put("criteria[0].name", "成效");
        params.put("criteria[0].weight", "70");
        params.put("criteria[1].name", "满意度");
        params.put("criteria[1].weight", "30");
        params.put("quota", "10");
        params.put("reviewers", "reviewer1, reviewer2");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        request.with(csrf());
        // the reviewers' checkboxes send one value each
        params.forEach((name, value) -> request.param(name,
                "reviewers".equals(name) && !value.isEmpty() ? value.split(",\\s*") : new String[] {value}));
        return request;
    }

    private MockHttpServletRequestBuilder newApplication(FeaturedBatch batch, String communityCode, String aspect,
            String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("communityId", String.valueOf(regions.findByCode(communityCode).orElseThrow().id()));
        params.put("aspectId", String.valueOf(aspects.findByName(aspect).orElseThrow().getId()));
        params.put("title", "特色农业园区带动增收");
        params.put("description", "园区带动居民就近就业。");
        params.put("investment", "120");
        params.put("households", "800");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/featured-communities/{id}/applications/new", batch.getId()).with(csrf());
        params.forEach(request::param);
        settle();
        return request;
    }

    private org.springframework.test.web.servlet.ResultActions move(long id, String to, String note,
            org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        Long version = applications.findById(id).orElseThrow().getVersion();
        settle();
        var result = mvc.perform(post("/featured-communities/applications/{id}/transitions", id).with(csrf()).with(user)
                .param("to", to).param("note", note == null ? "" : note).param("version", String.valueOf(version)));
        settle();
        return result;
    }

    private MockHttpServletRequestBuilder score(FeaturedApplication application, List<Long> criteria, String first,
            String second) {
        return post("/featured-communities/reviews/{id}/edit", application.getId()).with(csrf())
                .param("scores[" + criteria.get(0) + "]", first).param("scores[" + criteria.get(1) + "]", second);
    }

    private MockHttpServletRequestBuilder naming(FeaturedBatch batch) {
        Long version = batches.findById(batch.getId()).orElseThrow().getVersion();
        settle();
        return post("/featured-communities/{id}/naming", batch.getId()).with(csrf()).param("note", "命名")
                .param("version", String.valueOf(version));
    }

    /** Ends the requests' unit of work as a commit would, so the next request reads from the database. */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private void expectMessage(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
        settle();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        settle();
        return page;
    }

    private static String figure(Document page, String id) {
        assertThat(page.getElementById(id)).as(id).isNotNull();
        return page.getElementById(id).text();
    }

    private static long total(Document list) {
        Matcher matcher = TOTAL.matcher(list.text());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Moves a batch's application window into the past, as if it had closed. */
    static final class ReflectionWindow {

        static void close(FeaturedBatch batch) {
            org.springframework.test.util.ReflectionTestUtils.setField(batch, "applicationsOpen", LocalDate.now().minusDays(60));
            org.springframework.test.util.ReflectionTestUtils.setField(batch, "applicationsClose", LocalDate.now().minusDays(1));
        }
    }
}
