package cn.shequ.platform.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In real Chromium: the administrator logs in, opens the regions, finds a community and opens it. */
class RegionJourneyTest extends JourneyTestSupport {

    @Test
    void adminFindsACommunityByNameAndOpensItsPage() {
        try (Browser browser = Browser.open(port)) {
            browser.login("admin", "Demo@2015");
            browser.get("/regions");
            assertThat(browser.find(By.cssSelector(".region-tree")).getText()).contains("密州街道", "昌城镇");

            browser.find(By.id("q")).sendKeys("北老屯");
            browser.find(By.cssSelector("form[role=search] button[type=submit]")).click();
            browser.clickable(By.linkText("北老屯社区")).click();

            browser.waitFor(ExpectedConditions.titleIs("北老屯社区"));
            String page = browser.find(By.tagName("main")).getText();
            assertThat(page).contains("北老屯村", "富荣村");
            assertThat(browser.screenshot("region-journey")).exists();
        }
    }
}
