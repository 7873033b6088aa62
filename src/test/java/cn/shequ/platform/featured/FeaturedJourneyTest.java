package cn.shequ.platform.featured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium, as new users would: the office launches a batch (for a future year, so that the
 * demo's closed batches stay as they are); 昌城镇's staff file an application for 昌城社区, submit it and
 * recommend it; a reviewer trying to score the draft and the office trying to name the submitted
 * application are refused with messages; the office sends it to review, three reviewers score it, the
 * office puts it in publicity and names it, and the batch's named count goes from 0 to 1. Everything
 * the journey made is removed afterwards.
 */
@IntegrationTest
@ExtendWith(Browser.Available.class)
class FeaturedJourneyTest {

    static final int YEAR = 2098;
    static final String PASSWORD = "Demo@2015";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final Instant started = Instant.now();

    @BeforeEach
    @AfterEach
    void removeWhatTheJourneyMade() {
        List<Long> revisions = new ArrayList<>();
        for (Long batch : jdbc.queryForList("select id from featured_batch where year = ?", Long.class, YEAR)) {
            for (Long application : jdbc.queryForList("select id from featured_application where batch_id = ?", Long.class,
                    batch)) {
                for (Long review : jdbc.queryForList("select id from featured_review where application_id = ?", Long.class,
                        application)) {
                    revisions.addAll(TestRecords.revisionsOf(jdbc, "featured_review_score", "review_id = ?", review));
                    TestRecords.deleteAudited(jdbc, "featured_review_score", "review_id = ?", review);
                }
                revisions.addAll(TestRecords.revisionsOf(jdbc, "featured_review", "application_id = ?", application));
                TestRecords.deleteAudited(jdbc, "featured_review", "application_id = ?", application);
                jdbc.update("delete from featured_transition where application_id = ?", application);
            }
            revisions.addAll(TestRecords.revisionsOf(jdbc, "featured_application", "batch_id = ?", batch));
            TestRecords.deleteAudited(jdbc, "featured_application", "batch_id = ?", batch);
            for (String table : List.of("featured_criterion", "featured_batch_aspect", "featured_batch_reviewer")) {
                revisions.addAll(TestRecords.revisionsOf(jdbc, table, "batch_id = ?", batch));
                TestRecords.deleteAudited(jdbc, table, "batch_id = ?", batch);
            }
            revisions.addAll(TestRecords.revisionsOf(jdbc, "featured_batch", "id = ?", batch));
            TestRecords.deleteAudited(jdbc, "featured_batch", "id = ?", batch);
        }
        TestRecords.deleteRevisions(jdbc, revisions);
        TestRecords.deleteLoginsSince(jdbc, started);
    }

    @Test
    void anApplicationGoesFromTheTownThroughReviewToNaming() {
        String batchPath;
        try (Browser office = Browser.open(port)) {
            office.login("office", PASSWORD);
            batchPath = launchBatch(office);
            assertThat(office.find(By.id("figure-named")).getText()).isEqualTo("0");
            office.screenshot("featured-batch-launched");
        }

        String applicationPath;
        try (Browser town = Browser.open(port)) {
            town.login("changcheng", PASSWORD).get("/featured-communities?year=" + YEAR);
            town.click(By.linkText("第三批（" + YEAR + "年）"));
            town.click(By.id("new-application"));
            new Select(town.find(By.id("communityId"))).selectByVisibleText("昌城社区");
            new Select(town.find(By.id("aspectId"))).selectByVisibleText("产业支撑");
            town.find(By.id("title")).sendKeys("昌城社区特色农业园区带动居民增收");
            town.find(By.id("description")).sendKeys("建设特色农业园区，带动居民就近就业增收。");
            town.find(By.id("investment")).sendKeys("260");
            town.submit();
            assertThat(town.find(By.cssSelector(".alert-success")).getText()).contains("申报已保存");
            assertThat(town.find(By.id("state")).getText()).isEqualTo("草稿");
            applicationPath = town.path();
        }
        String applicationId = applicationPath.substring(applicationPath.lastIndexOf('/') + 1);

        try (Browser reviewer = Browser.open(port)) {
            reviewer.login("reviewer1", PASSWORD).get("/featured-communities/reviews/" + applicationId + "/edit");
            fillScores(reviewer, 90, 85);
            reviewer.submit();
            assertThat(reviewer.find(By.cssSelector(".alert-danger")).getText()).contains("只有评审中的申报才能打分");
            reviewer.screenshot("featured-score-draft-refused");
        }

        try (Browser town = Browser.open(port)) {
            town.login("changcheng", PASSWORD).get(applicationPath);
            move(town, "SUBMITTED", null);
            assertThat(town.find(By.id("state")).getText()).isEqualTo("已申报");
        }

        try (Browser office = Browser.open(port)) {
            office.login("office", PASSWORD).get(applicationPath);
            new Select(office.find(By.id("to"))).selectByValue("NAMED");
            office.click(By.id("transition-submit"));
            assertThat(office.find(By.cssSelector(".alert-danger")).getText())
                    .contains("当前状态为“已申报”，不能办理为“已命名”。");
            assertThat(office.find(By.id("state")).getText()).isEqualTo("已申报");
            office.screenshot("featured-naming-refused");
        }

        try (Browser town = Browser.open(port)) {
            town.login("changcheng", PASSWORD).get(applicationPath);
            move(town, "RECOMMENDED", "经镇街审核，同意推荐。");
            assertThat(town.find(By.id("state")).getText()).isEqualTo("镇街推荐");
        }

        try (Browser office = Browser.open(port)) {
            office.login("office", PASSWORD).get(applicationPath);
            move(office, "UNDER_REVIEW", "提交专家评审。");
            assertThat(office.find(By.id("state")).getText()).isEqualTo("评审中");
        }

        int[][] scores = {{92, 88}, {86, 90}, {95, 80}};
        for (int r = 0; r < 3; r++) {
            try (Browser reviewer = Browser.open(port)) {
                reviewer.login("reviewer" + (r + 1), PASSWORD).get("/featured-communities");
                reviewer.waitFor(ExpectedConditions.urlContains("/featured-communities/reviews"));
                reviewer.click(By.linkText("打分"));
                fillScores(reviewer, scores[r][0], scores[r][1]);
                reviewer.submit();
                assertThat(reviewer.find(By.cssSelector(".alert-success")).getText()).contains("打分已保存");
            }
        }

        try (Browser office = Browser.open(port)) {
            office.login("office", PASSWORD).get(applicationPath);
            // reviewers' totals 90.40, 87.60 and 89.00: the mean is 89.00
            assertThat(office.find(By.id("score")).getText()).isEqualTo("89.00");
            assertThat(office.driver().findElements(By.cssSelector("table.scores tbody tr"))).hasSize(3);
            move(office, "IN_PUBLICITY", "拟命名，进行公示。");
            assertThat(office.find(By.id("state")).getText()).isEqualTo("公示中");

            office.get(batchPath);
            assertThat(office.find(By.id("figure-named")).getText()).isEqualTo("0");
            assertThat(office.find(By.id("figure-in-publicity")).getText()).isEqualTo("1");

            office.get(applicationPath);
            move(office, "NAMED", "公示无异议，予以命名。");
            assertThat(office.find(By.id("state")).getText()).isEqualTo("已命名");
            assertThat(office.find(By.cssSelector("ol.transitions")).getText().replaceAll("\\s+", " "))
                    .contains("草稿 → 已申报", "已申报 → 镇街推荐", "镇街推荐 → 评审中", "评审中 → 公示中", "公示中 → 已命名",
                            "changcheng", "公示无异议，予以命名。");
            office.screenshot("featured-application-named");

            office.get(batchPath);
            assertThat(office.find(By.id("figure-named")).getText()).isEqualTo("1");
            assertThat(office.find(By.id("figure-in-publicity")).getText()).isEqualTo("0");
            office.click(By.id("named-link"));
            assertThat(office.find(By.cssSelector("table.named tbody")).getText()).contains("昌城社区", "89.00");
            office.screenshot("featured-named-list");
        }
    }

    /** The office fills in the batch form: all aspects, a window open today, two criteria, three reviewers. */
    private String launchBatch(Browser office) {
        office.get("/featured-communities/new?year=" + YEAR);
        assertThat(office.find(By.id("number")).getAttribute("value")).isEqualTo("3");
        LocalDate today = LocalDate.now();
        setDate(office, "applicationsOpen", today.minusDays(1));
        setDate(office, "applicationsClose", today.plusDays(30));
        setDate(office, "publicityStart", today.plusDays(31));
        setDate(office, "publicityEnd", today.plusDays(37));
        office.find(By.id("criteria0.name")).sendKeys("建设成效");
        office.find(By.id("criteria0.weight")).sendKeys("60");
        office.find(By.id("criteria1.name")).sendKeys("群众满意度");
        office.find(By.id("criteria1.weight")).sendKeys("30");
        office.find(By.id("quota")).sendKeys("5");
        office.find(By.id("reviewers")).sendKeys("reviewer1, reviewer2, reviewer3");
        office.submit();
        assertThat(office.find(By.cssSelector(".text-danger")).getText()).contains("权重合计须为 100（现为 90）");
        office.find(By.id("criteria1.weight")).clear();
        office.find(By.id("criteria1.weight")).sendKeys("40");
        office.submit();
        assertThat(office.find(By.cssSelector(".alert-success")).getText()).contains("评选批次已保存");
        assertThat(office.find(By.tagName("h1")).getText()).contains(YEAR + "年第三批特色社区创建评选");
        return office.path();
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        WebElement input = browser.find(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }

    private static void fillScores(Browser reviewer, int first, int second) {
        List<WebElement> inputs = reviewer.driver().findElements(By.cssSelector("input[name^='scores[']"));
        assertThat(inputs).hasSize(2);
        inputs.get(0).clear();
        inputs.get(0).sendKeys(String.valueOf(first));
        inputs.get(1).clear();
        inputs.get(1).sendKeys(String.valueOf(second));
    }

    private static void move(Browser browser, String to, String note) {
        new Select(browser.find(By.id("to"))).selectByValue(to);
        if (note != null) {
            browser.find(By.id("note")).sendKeys(note);
        }
        browser.click(By.id("transition-submit"));
        browser.find(By.cssSelector(".alert-success"));
    }
}
