package cn.shequ.platform.landlinkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.TestRecords;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the real server, where no persistence context outlives a request: an upload above the servlet's
 * multipart limit (5MB) is answered with the import page and a message, not an error page (MockMvc
 * does not enforce the servlet's limit); the import form's CSRF token travels in the multipart body
 * and is checked there; every list and record page renders.
 */
@IntegrationTest
class LandLinkageServerTest {

    static final String PREFIX = "服务器导入测试";

    @Autowired
    LandLibrarySpreadsheet spreadsheet;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final Instant started = Instant.now();

    @AfterEach
    void removeWhatTheTestsMade() {
        TestRecords.deleteWithChildren(jdbc, "land_library_entry", "name like ?", PREFIX + "%");
        TestRecords.deleteLoginsSince(jdbc, started);
    }

    @Test
    void everyListAndRecordPageRenders() throws Exception {
        HttpClient client = loggedIn();
        assertThat(get(client, "/land-linkage?year=2015").statusCode()).isEqualTo(200);
        for (String list : new String[] {"/land-linkage/library", "/land-linkage/plots",
            "/land-linkage/acceptances", "/land-linkage/funds", "/land-linkage/resettlements", "/land-linkage/zones"}) {
            HttpResponse<String> page = get(client, list);
            assertThat(page.statusCode()).as(list).isEqualTo(200);
            String first = Jsoup.parse(page.body()).select("tbody td a").attr("href");
            assertThat(get(client, first).statusCode()).as(first).isEqualTo(200);
            assertThat(get(client, first + "/edit").statusCode()).as(first + "/edit").isEqualTo(200);
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient loggedIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = Jsoup.parse(loginPage).select("input[name=_csrf]").attr("value");
        String credentials = "username=office&password=" + URLEncoder.encode("Demo@2015", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return client;
    }

    @Test
    void anUploadAboveTheServletLimitGetsTheImportPageWithAMessage() throws Exception {
        HttpClient client = loggedIn();
        String base = "http://localhost:" + port;
        String importPage = client.send(HttpRequest.newBuilder(URI.create(base + "/land-linkage/library/import/new")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Element form = Jsoup.parse(importPage).selectFirst("form[enctype=multipart/form-data]");
        assertThat(form.attr("action")).doesNotContain("_csrf");

        HttpResponse<String> refused = upload(client, form, new byte[5 * 1024 * 1024 + 512 * 1024]);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(refused.body()).getElementById("refusal").text()).contains("文件过大", "5 MB");
        assertThat(jdbc.queryForObject("select count(*) from land_library_entry where name like ?", Long.class,
                PREFIX + "%")).isZero();
    }

    @Test
    void theImportFormsTokenTravelsInTheBodyAndTheImportIsSaved() throws Exception {
        HttpClient client = loggedIn();
        String importPage = get(client, "/land-linkage/library/import/new").body();
        Element form = Jsoup.parse(importPage).selectFirst("form[enctype=multipart/form-data]");
        assertThat(form.attr("action")).isEqualTo("/land-linkage/library/import");
        assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();

        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet.template(2015)))) {
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue(PREFIX + "砖厂");
            row.createCell(1).setCellValue("工矿");
            row.createCell(2).setCellValue("林家村镇");
            row.createCell(5).setCellValue(22);
            row.createCell(6).setCellValue(18);
            row.createCell(7).setCellValue(2015);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        HttpResponse<String> saved = upload(client, form, file);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/land-linkage/library");
        assertThat(jdbc.queryForObject("select count(*) from land_library_entry where name = ?", Long.class,
                PREFIX + "砖厂")).isEqualTo(1);

        Element withoutItsToken = form.clone();
        withoutItsToken.select("input[name=_csrf]").remove();
        HttpResponse<String> withoutToken = upload(client, withoutItsToken, file);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    /** Posts the form as a browser does: its hidden fields first, then the file. */
    private HttpResponse<String> upload(HttpClient client, Element form, byte[] file) throws Exception {
        String boundary = "----landlinkage" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Element hidden : form.select("input[type=hidden]")) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + hidden.attr("name") + "\"\r\n\r\n"
                    + hidden.attr("value") + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"import.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
