package cn.shequ.platform.landlinkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.shequ.platform.support.Browser;
import cn.shequ.platform.support.JourneyTestSupport;
import cn.shequ.platform.support.TestRecords;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium: the office checks the 2015 summary, uploads a prepared spreadsheet with one bad row
 * and reads which row is wrong, uploads the corrected file, sees the sites in the library and in the
 * summary's library count; the test then removes what it made.
 */
class LandLinkageJourneyTest extends JourneyTestSupport {

    static final String PREFIX = "浏览器导入测试";

    @Autowired
    LandLibrarySpreadsheet spreadsheet;

    @AfterEach
    void removeWhatTheJourneyMade() {
        TestRecords.deleteWithChildren(jdbc, "land_library_entry", "name like ?", PREFIX + "%");
    }

    @Test
    void theOfficeImportsAPreparedSpreadsheetAndSeesTheSitesAdded() throws Exception {
        Path bad = spreadsheet(true);
        Path good = spreadsheet(false);
        try (Browser office = Browser.open(port)) {
            office.login("office", "Demo@2015").get("/land-linkage?year=2015");
            assertThat(office.find(By.id("figure-plots")).getText()).isEqualTo("9");
            assertThat(office.find(By.id("figure-accepted")).getText()).isEqualTo("320.00");
            assertThat(office.find(By.id("figure-households-linkage")).getText()).contains("213");
            String library = office.find(By.id("figure-library")).getText();
            office.screenshot("land-linkage-2015");

            office.get("/land-linkage/library");
            office.click(By.linkText("Excel导入"));
            office.find(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            office.submit();
            String problems = office.find(By.id("problems")).getText();
            assertThat(problems).contains("未导入任何数据", "3", "可复垦面积不能大于面积");
            office.screenshot("land-linkage-import-problems");

            office.find(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            office.submit();
            assertThat(office.find(By.id("imported")).getText()).contains("2");
            assertThat(office.find(By.cssSelector("main table")).getText()).contains(PREFIX + "砖厂", PREFIX + "石料场");
            office.screenshot("land-linkage-imported");

            office.get("/land-linkage?year=2015");
            assertThat(Long.parseLong(office.find(By.id("figure-library")).getText())).isEqualTo(Long.parseLong(library) + 2);
            office.click(By.id("figure-library"));
            office.waitFor(ExpectedConditions.urlContains("upTo=2015"));
        }
        finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    /** The template as downloaded, with two sites filled in (one of them wrong when asked). */
    private Path spreadsheet(boolean withBadRow) throws Exception {
        byte[] template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200
                ? spreadsheet.template(2015) : null;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            row(sheet, 2, PREFIX + "砖厂", "林家村镇", 22, 18);
            row(sheet, 3, PREFIX + "石料场", "皇华镇", 16, withBadRow ? 20 : 12);
            Path file = Files.createTempFile("land-library-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static void row(Sheet sheet, int number, String name, String town, double area, double reclaimable) {
        Row row = sheet.createRow(number - 1);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue("工矿");
        row.createCell(2).setCellValue(town);
        row.createCell(5).setCellValue(area);
        row.createCell(6).setCellValue(reclaimable);
        row.createCell(7).setCellValue(2015);
    }
}
