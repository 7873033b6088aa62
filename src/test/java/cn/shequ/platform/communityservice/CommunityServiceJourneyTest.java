package cn.shequ.platform.communityservice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import cn.shequ.platform.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In real Chromium: the office reads the 2015 community-service summary, records a student aid (first
 * with more students than people helped, which is refused), and the students-aided figure follows,
 * down to the list behind it.
 */
class CommunityServiceJourneyTest extends JourneyTestSupport {

    static final String TITLE = "浏览器测试助学活动";

    @AfterEach
    void removeWhatTheJourneyMade() {
        TestRecords.deleteWithChildren(jdbc, "welfare_activity", "title = ?", TITLE, "welfare_activity_kind.activity_id",
                "welfare_activity_place.activity_id");
    }

    @Test
    void theOfficeRecordsAStudentAidAndTheStudentsAidedFigureFollows() {
        try (Browser office = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/community-services?year=2015");
            assertThat(office.find(By.id("figure-students")).getText()).isEqualTo("11");
            assertThat(office.find(By.id("figure-four-party")).getText()).isEqualTo("4");
            assertThat(office.find(By.id("figure-donations")).getText()).isEqualTo("1.22");
            office.screenshot("community-services-2015");

            office.click(By.linkText("公益活动"));
            office.click(By.linkText("登记公益活动"));
            office.find(By.id("title")).sendKeys(TITLE);
            ((org.openqa.selenium.JavascriptExecutor) office.driver()).executeScript("arguments[0].value = arguments[1];", office.find(By.id("heldOn")), "2015-09-10");
            office.click(By.xpath("//label[text()='助学']"));
            office.click(By.xpath("//label[text()='桃林镇']"));
            office.find(By.id("organiser")).sendKeys("桃林镇人民政府");
            office.find(By.id("partnerEnterprise")).sendKeys("桃林镇商会");
            office.find(By.id("peopleHelped")).clear();
            office.find(By.id("peopleHelped")).sendKeys("5");
            office.find(By.id("studentsAided")).sendKeys("8");
            office.find(By.id("money")).sendKeys("0.8");
            office.submit();
            assertThat(office.find(By.cssSelector(".invalid-feedback")).getText()).contains("受益人数不能少于捐助学生数（8）");

            office.find(By.id("peopleHelped")).clear();
            office.find(By.id("peopleHelped")).sendKeys("8");
            office.submit();
            assertThat(office.find(By.cssSelector(".alert-success")).getText()).contains("公益活动已保存");
            assertThat(office.find(By.tagName("main")).getText()).contains("桃林镇", "助学");
            office.screenshot("community-service-activity");

            office.get("/community-services?year=2015");
            assertThat(office.find(By.id("figure-students")).getText()).isEqualTo("19");
            office.click(By.id("figure-students"));
            office.waitFor(ExpectedConditions.urlContains("kind=STUDENT_AID"));
            assertThat(office.driver().findElements(By.cssSelector("tbody td:nth-child(2) a")).stream().map(WebElement::getText))
                    .containsExactlyInAnyOrder(TITLE, "“金色年华”助学活动");
        }
    }
}
