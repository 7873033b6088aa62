package cn.shequ.platform.featured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import cn.shequ.platform.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium, as new users would: the office launches a batch (for a future year, so that the
 * demo's closed batches stay as they are); 昌城镇's staff file an application for 昌城社区, submit it and
 * recommend it; a reviewer trying to score the draft and the office trying to name the submitted
 * application are refused with messages; the office sends it to review, three reviewers score it, the
 * office puts it in publicity and names it, and the batch's named count goes from 0 to 1. Everything
 * the journey made is removed afterwards.
 */
class FeaturedJourneyTest extends JourneyTestSupport {

    static final int YEAR = 2098;
    static final String PASSWORD = "Demo@2015";

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
    }

    @Test
    void anApplicationGoesFromTheTownThroughReviewToNaming() {
        try (Browser office = Browser.open(port); Browser town = Browser.open(port); Browser reviewer1 = Browser.open(port)) {
            office.login("office", PASSWORD);
            String batchPath = launchBatch(office);
            assertThat(office.find(By.id("figure-named")).getText()).isEqualTo("0");
            office.screenshot("featured-batch-launched");

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
            String applicationPath = town.path();
            String applicationId = applicationPath.substring(applicationPath.lastIndexOf('/') + 1);

            // a reviewer cannot score a draft
            reviewer1.login("reviewer1", PASSWORD).get("/featured-communities/reviews/" + applicationId + "/edit");
            fillScores(reviewer1, 90, 85);
            reviewer1.submit();
            assertThat(reviewer1.find(By.cssSelector(".alert-danger")).getText()).contains("只有评审中的申报才能打分");
            reviewer1.screenshot("featured-score-draft-refused");

            move(town, "SUBMITTED", null);
            assertThat(town.find(By.id("state")).getText()).isEqualTo("已申报");

            // the office cannot name a submitted application
            office.get(applicationPath);
            new Select(office.find(By.id("to"))).selectByValue("NAMED");
            office.click(By.id("transition-submit"));
            assertThat(office.find(By.cssSelector(".alert-danger")).getText())
                    .contains("当前状态为“已申报”，不能办理为“已命名”。");
            assertThat(office.find(By.id("state")).getText()).isEqualTo("已申报");
            office.screenshot("featured-naming-refused");

            town.get(applicationPath);
            move(town, "RECOMMENDED", "经镇街审核，同意推荐。");
            assertThat(town.find(By.id("state")).getText()).isEqualTo("镇街推荐");

            office.get(applicationPath);
            move(office, "UNDER_REVIEW", "提交专家评审。");
            assertThat(office.find(By.id("state")).getText()).isEqualTo("评审中");

            score(reviewer1, 92, 88);
            try (Browser reviewer2 = Browser.open(port)) {
                reviewer2.login("reviewer2", PASSWORD);
                score(reviewer2, 86, 90);
            }
            try (Browser reviewer3 = Browser.open(port)) {
                reviewer3.login("reviewer3", PASSWORD);
                score(reviewer3, 95, 80);
            }

            office.get(applicationPath);
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

    /** The reviewer opens the section (which leads to their reviews), picks the application and scores it. */
    private static void score(Browser reviewer, int first, int second) {
        reviewer.get("/featured-communities");
        reviewer.waitFor(ExpectedConditions.urlContains("/featured-communities/reviews"));
        reviewer.click(By.linkText("打分"));
        fillScores(reviewer, first, second);
        reviewer.submit();
        assertThat(reviewer.find(By.cssSelector(".alert-success")).getText()).contains("打分已保存");
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
        for (String reviewer : List.of("reviewer1", "reviewer2", "reviewer3")) {
            office.click(By.cssSelector("input[name=reviewers][value=" + reviewer + "]"));
        }
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
        WebElement before = browser.find(By.id("state"));
        browser.click(By.id("transition-submit"));
        // The page before may carry a success message of its own: wait for the page that answers.
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.find(By.cssSelector(".alert-success"));
    }
}
