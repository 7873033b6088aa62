package cn.shequ.platform.landlinkage;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the real server, where no persistence context outlives a request: an upload above the servlet's
 * multipart limit (5MB) is answered with the import page and a message, not an error page (MockMvc
 * does not enforce the servlet's limit); every list and record page renders.
 */
@IntegrationTest
class LandLinkageServerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final Instant started = Instant.now();

    @AfterEach
    void removeTheLogins() {
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
        String action = Jsoup.parse(importPage).select("form[enctype=multipart/form-data]").attr("action");
        assertThat(action).contains("_csrf=");

        String boundary = "----landlinkage" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[5 * 1024 * 1024 + 512 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(refused.body()).getElementById("refusal").text()).contains("文件过大", "5 MB");
    }
}
