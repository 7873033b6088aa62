package cn.shequ.platform.ecotown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * In real Chromium: the office plans a key project, reports its progress with the households
 * relocated, and the 2015 summary follows; then removes the last cooperative of a key community and
 * finds the community on the compliance page. Everything the journey changed is put back.
 */
class EcoTownJourneyTest extends JourneyTestSupport {

    static final String NOTE = "浏览器测试重点项目";

    Map<String, Object> removedCooperative;

    @AfterEach
    void putBackWhatTheJourneyChanged() {
        TestRecords.deleteWithChildren(jdbc, "eco_project", "notes = ?", NOTE, "eco_project_report.project_id");
        List<Long> revisions = new ArrayList<>();
        if (removedCooperative != null) {
            Object id = removedCooperative.get("id");
            List<Long> since = jdbc.queryForList("select id from audit_revision where revision_time >= ?", Long.class,
                    started.toEpochMilli());
            for (Long revision : since) {
                jdbc.update("delete from eco_cooperative_aud where id = ? and rev = ?", id, revision);
                revisions.add(revision);
            }
            if (jdbc.queryForObject("select count(*) from eco_cooperative where id = ?", Integer.class, id) == 0) {
                jdbc.update("insert into eco_cooperative (id, community_id, region_path, name, founded_on, members, notes, "
                        + "version) values (?, ?, ?, ?, ?, ?, ?, ?)", id, removedCooperative.get("community_id"),
                        removedCooperative.get("region_path"), removedCooperative.get("name"),
                        removedCooperative.get("founded_on"), removedCooperative.get("members"),
                        removedCooperative.get("notes"), removedCooperative.get("version"));
            }
        }
        TestRecords.deleteRevisions(jdbc, revisions);
        assertThat(jdbc.queryForObject("select count(*) from eco_project where notes = ?", Integer.class, NOTE)).isZero();
        if (removedCooperative != null) {
            assertThat(jdbc.queryForObject("select count(*) from eco_cooperative where id = ?", Integer.class,
                    removedCooperative.get("id"))).isOne();
        }
    }

    @Test
    void theOfficeReportsHouseholdsRelocatedAndTheSummaryFollows() {
        try (Browser office = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/eco-towns?year=2015");
            assertThat(office.find(By.id("figure-households")).getText()).isEqualTo("3,350");
            assertThat(office.find(By.id("figure-seat-communities")).getText()).isEqualTo("6");
            office.screenshot("eco-towns-2015");

            office.get("/eco-towns/new?year=2015");
            new Select(office.find(By.id("kind"))).selectByValue("SEAT_COMMUNITY");
            office.find(By.id("name")).sendKeys("皇华镇驻地农村新型社区");
            new Select(office.find(By.id("communityId"))).selectByVisibleText("南营社区");
            office.find(By.id("plannedInvestment")).sendKeys("-5");
            office.find(By.id("notes")).sendKeys(NOTE);
            office.submit();
            assertThat(office.find(By.cssSelector(".invalid-feedback")).getText()).contains("不能为负数");

            office.find(By.id("plannedInvestment")).clear();
            office.find(By.id("plannedInvestment")).sendKeys("8000");
            office.submit();
            assertThat(office.find(By.cssSelector(".alert-success")).getText()).contains("重点项目已保存");

            office.click(By.linkText("填报进度"));
            setDate(office, By.id("reportDate"), "2015-12-15");
            new Select(office.find(By.id("status"))).selectByValue("UNDER_CONSTRUCTION");
            replace(office, By.id("percentComplete"), "40");
            replace(office, By.id("investmentToDate"), "6000");
            replace(office, By.id("householdsRelocated"), "120");
            office.find(By.id("note")).sendKeys("首批居民选房入住");
            office.submit();
            assertThat(office.find(By.cssSelector(".timeline")).getText()).contains("在建", "40%", "累计搬迁入住 120 户");

            office.get("/eco-towns?year=2015");
            assertThat(office.find(By.id("figure-households")).getText()).isEqualTo("3,470");
            assertThat(office.find(By.id("figure-seat-communities")).getText()).isEqualTo("7");
            office.click(By.id("figure-falling-short"));
            office.waitFor(ExpectedConditions.urlContains("/eco-towns/compliance"));
            assertThat(office.find(By.id("compliance")).getText()).contains("皇华镇南营社区", "未登记社区工作人员");
        }
    }

    @Test
    void theOfficeRemovesTheLastCooperativeAndTheCompliancePageListsTheCommunity() {
        removedCooperative = jdbc.queryForMap("select c.* from eco_cooperative c join region r on r.id = c.community_id "
                + "where r.code = '370782101003'");
        long communityId = ((Number) removedCooperative.get("community_id")).longValue();
        try (Browser office = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/eco-towns/compliance?year=2015");
            assertThat(office.find(By.id("compliance")).getText()).doesNotContain("枳沟镇北老屯社区");

            office.get("/eco-towns/communities/" + communityId + "?year=2015");
            assertThat(office.find(By.id("standards-result")).getText()).isEqualTo("达标");
            office.click(By.linkText((String) removedCooperative.get("name")));
            office.click(By.cssSelector("button.btn-outline-danger"));
            office.waitFor(ExpectedConditions.alertIsPresent());
            office.driver().switchTo().alert().accept();
            assertThat(office.find(By.cssSelector(".alert-success")).getText()).contains("已删除");
            assertThat(office.find(By.id("standards-result")).getText()).contains("农民专业合作社 0 家，少于标准 1 家");

            office.get("/eco-towns/compliance?year=2015");
            String table = office.find(By.id("compliance")).getText();
            assertThat(table).contains("枳沟镇北老屯社区", "农民专业合作社 0 家，少于标准 1 家", "龙都街道岔道口社区");
            office.screenshot("eco-towns-compliance");
        }
    }

    private static void setDate(Browser browser, By by, String isoDate) {
        WebElement input = browser.find(by);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static void replace(Browser browser, By by, String value) {
        WebElement input = browser.find(by);
        input.clear();
        input.sendKeys(value);
    }
}
