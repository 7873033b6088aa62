package cn.shequ.platform.smartcommunity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import cn.shequ.platform.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium: the office reads the 2015 smart-community summary, records a community whose
 * standardized display platform was completed (first with a completion before the start, which is
 * refused), and the summary's figure of completed platforms follows, down to the list behind it.
 */
class SmartCommunityJourneyTest extends JourneyTestSupport {

    static final String NOTE = "浏览器测试记录";

    @AfterEach
    void removeWhatTheJourneyMade() {
        TestRecords.deleteWithChildren(jdbc, "smart_community", "notes like ?", NOTE + "%",
                "smart_community_report.smart_community_id", "smart_community_system.smart_community_id");
    }

    @Test
    void theOfficeRecordsADisplayPlatformAndTheSummaryFollows() {
        try (Browser office = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/smart-communities?year=2015");
            assertThat(office.find(By.id("figure-pilots")).getText()).isEqualTo("2");
            assertThat(office.find(By.id("figure-platforms")).getText()).isEqualTo("4");
            assertThat(office.find(By.id("figure-meetings")).getText()).isEqualTo("2");
            office.screenshot("smart-communities-2015");

            office.click(By.linkText("新增智慧社区建设记录"));
            new Select(office.find(By.id("communityId"))).selectByVisibleText("皇华社区");
            new Select(office.find(By.id("batch"))).selectByValue("2");
            office.find(By.id("partner")).sendKeys("诸城广电公司");
            office.click(By.xpath("//label[text()='社区政务']"));
            office.click(By.xpath("//label[text()='娱乐休闲']"));
            new Select(office.find(By.id("planDocumentId"))).selectByVisibleText("诸社办发〔2015〕1号 关于推进2015年智慧社区建设的工作计划");
            office.find(By.id("setTopBoxes")).sendKeys("280");
            office.find(By.id("householdsConnected")).sendKeys("300");
            date(office, "startDate", "2015-04-01");
            date(office, "platformCompletedOn", "2015-03-15");
            office.find(By.id("notes")).sendKeys(NOTE);
            office.submit();
            assertThat(office.find(By.cssSelector(".invalid-feedback")).getText())
                    .contains("展示平台建成日期不能早于开始建设日期（2015-04-01）");

            date(office, "platformCompletedOn", "2015-10-20");
            office.submit();
            assertThat(office.find(By.cssSelector(".alert-success")).getText()).contains("智慧社区建设记录已保存");
            assertThat(office.find(By.id("platform-date")).getText()).isEqualTo("2015-10-20");
            office.screenshot("smart-community-record");

            office.get("/smart-communities?year=2015");
            assertThat(office.find(By.id("figure-platforms")).getText()).isEqualTo("5");
            office.click(By.id("figure-platforms"));
            office.waitFor(ExpectedConditions.urlContains("platform=true"));
            assertThat(office.driver().findElements(By.cssSelector("tbody td:first-child a")).stream().map(WebElement::getText))
                    .hasSize(5).contains("皇华镇皇华社区", "密州街道东山社区");
        }
    }

    /** Sets a date field as the browser's date picker would. */
    private static void date(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
