package cn.shequ.platform.servicecenter;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import cn.shequ.platform.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium: the office reads the 2015 summary, follows a figure, plans a center and reports
 * its progress; then the office and the town edit the same project at once, and the second save is
 * refused with the conflict message while the first stays.
 */
class ServiceCenterJourneyTest extends JourneyTestSupport {

    static final String NOTE = "浏览器测试项目";

    @AfterEach
    void removeWhatTheJourneyMade() {
        TestRecords.deleteWithChildren(jdbc, "service_center_project", "notes like ?", NOTE + "%",
                "service_center_report.project_id");
    }

    @Test
    void theOfficeFollowsAFigurePlansACenterAndReportsItsProgress() {
        try (Browser office = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/service-centers?year=2015");
            assertThat(office.find(By.id("figure-planned")).getText()).isEqualTo("50");
            assertThat(office.find(By.id("figure-new-build")).getText()).isEqualTo("8");
            assertThat(office.find(By.id("figure-new-build-in-use")).getText()).isEqualTo("4");
            office.screenshot("service-centers-2015");

            office.click(By.id("figure-new-build-in-use"));
            office.waitFor(ExpectedConditions.urlContains("reached=IN_USE"));
            assertThat(office.driver().findElements(By.cssSelector("tbody tr"))).hasSize(4);

            office.get("/service-centers/new?year=2015");
            new Select(office.find(By.id("communityId"))).selectByVisibleText("昌城社区");
            new Select(office.find(By.id("kind"))).selectByValue("RENOVATION");
            new Select(office.find(By.id("reusedBuilding"))).selectByValue("IDLE_SCHOOL");
            office.find(By.id("floorArea")).sendKeys("800");
            office.find(By.id("plannedInvestment")).sendKeys("-5");
            office.find(By.id("notes")).sendKeys(NOTE);
            office.submit();
            assertThat(office.find(By.cssSelector(".invalid-feedback")).getText()).contains("不能为负数");

            office.find(By.id("plannedInvestment")).clear();
            office.find(By.id("plannedInvestment")).sendKeys("45");
            office.submit();
            assertThat(office.find(By.cssSelector(".alert-success")).getText()).contains("服务中心项目已保存");

            office.click(By.linkText("填报进度"));
            new Select(office.find(By.id("status"))).selectByValue("UNDER_CONSTRUCTION");
            office.find(By.id("percentComplete")).clear();
            office.find(By.id("percentComplete")).sendKeys("35");
            office.find(By.id("note")).sendKeys("开工建设");
            office.submit();
            assertThat(office.find(By.cssSelector(".timeline")).getText()).contains("在建", "35%", "开工建设");
            office.screenshot("service-center-project");
        }
    }

    @Test
    void twoPeopleEditingOneProjectDoNotOverwriteEachOther() {
        try (Browser office = Browser.open(port); Browser town = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/service-centers/new?year=2015");
            new Select(office.find(By.id("communityId"))).selectByVisibleText("昌城社区");
            new Select(office.find(By.id("kind"))).selectByValue("NEW_BUILD");
            office.find(By.id("notes")).sendKeys(NOTE);
            office.submit();
            office.find(By.cssSelector(".alert-success"));
            String projectPath = office.path();

            town.login("changcheng", "Demo@2015").get(projectPath + "/edit");
            office.get(projectPath + "/edit");

            town.find(By.id("notes")).clear();
            town.find(By.id("notes")).sendKeys(NOTE + "：镇街先保存");
            town.submit();
            town.find(By.cssSelector(".alert-success"));

            office.find(By.id("notes")).clear();
            office.find(By.id("notes")).sendKeys(NOTE + "：办公室后保存");
            office.submit();
            String alert = office.find(By.cssSelector(".alert-danger")).getText();
            assertThat(alert).contains("该记录已被他人修改，请核对后重新提交", "办公室后保存");
            assertThat(office.find(By.id("notes")).getAttribute("value")).isEqualTo(NOTE + "：镇街先保存");
            office.screenshot("service-center-conflict");
        }
        assertThat(jdbc.queryForObject("select notes from service_center_project where notes like ?", String.class,
                NOTE + "%")).isEqualTo(NOTE + "：镇街先保存");
    }
}
