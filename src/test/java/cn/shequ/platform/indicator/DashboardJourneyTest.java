package cn.shequ.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In real Chromium: the leader opens the 2015 dashboard, its charts draw, and a figure opens its records. */
class DashboardJourneyTest extends JourneyTestSupport {

    @Test
    void theLeaderReadsTheYearAndDrillsIntoAFigure() {
        try (Browser leader = Browser.open(port)) {
            leader.login("leader", "Demo@2015").get("/dashboard?year=2015");
            for (int i = 0; i < 5; i++) {
                leader.waitFor(ExpectedConditions.attributeToBe(By.id("chart-" + i), "data-rendered", "true"));
            }
            assertThat(leader.find(By.id("indicator-service_center.planned")).getText()).isEqualTo("50");
            leader.screenshot("dashboard-2015");

            leader.click(By.id("indicator-service_center.new_build_in_use"));
            leader.waitFor(ExpectedConditions.urlContains("/service-centers"));
            assertThat(leader.find(By.tagName("main")).getText()).contains("共 4 条");
        }
    }
}
