package cn.shequ.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import cn.shequ.platform.support.ExtraIndicator;
import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An indicator and a table a work stream declares (here {@link ExtraIndicator}, a bean each and its
 * messages) appear on the JSON API, on the dashboard and in the yearbook's workbook, with no change
 * to the indicator or yearbook modules.
 */
@IntegrationTest
class ContributedIndicatorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    Users users;

    long communities;

    @BeforeEach
    void switchOn() {
        users = new Users(userDetails);
        communities = jdbc.queryForObject("select count(*) from region where level = 'COMMUNITY' and path like '/370000/370700/370782/%'",
                Long.class);
        assertThat(communities).isPositive();
        ExtraIndicator.switchOn();
    }

    @AfterEach
    void switchOff() {
        ExtraIndicator.switchOff();
    }

    @Test
    void theApiListsItAfterTheWorkStreamsIndicators() throws Exception {
        String body = mvc.perform(get("/api/v1/indicators").param("year", "2015").with(users.leader())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode indicators = json.readTree(body).get("indicators");
        JsonNode extra = indicators.get(indicators.size() - 2);
        assertThat(extra.get("key").asString()).isEqualTo(ExtraIndicator.KEY);
        assertThat(extra.get("name").asString()).isEqualTo("测试：社区数");
        assertThat(extra.get("unit").asString()).isEqualTo("个");
        assertThat(extra.get("value").asLong()).isEqualTo(communities);
        assertThat(indicators.get(indicators.size() - 1).get("key").asString()).isEqualTo("document.issued");
    }

    @Test
    void theDashboardShowsItWithItsLink() throws Exception {
        String html = mvc.perform(get("/dashboard").param("year", "2015").with(users.leader())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("indicator-" + ExtraIndicator.KEY)).isNotNull();
        assertThat(page.getElementById("indicator-" + ExtraIndicator.KEY).text()).isEqualTo(String.valueOf(communities));
        assertThat(page.getElementById("indicator-" + ExtraIndicator.KEY).attr("href")).isEqualTo("/regions?region=370782");
        assertThat(page.getElementById("stream-GENERAL").text()).contains("测试：社区数");
    }

    @Test
    void theWorkbookHasItsRowAndItsTable() throws Exception {
        byte[] file = mvc.perform(get("/yearbook/2015/tables.xlsx").with(users.leader())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            boolean listed = false;
            for (Row row : workbook.getSheet("主要指标")) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("测试：社区数")) {
                    listed = true;
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(communities);
                }
            }
            assertThat(listed).isTrue();
            Sheet table = workbook.getSheet("测试社区");
            assertThat(table).isNotNull();
            assertThat(workbook.getSheetIndex(table)).isEqualTo(workbook.getSheetIndex("特色社区") + 1);
            StringBuilder definitions = new StringBuilder();
            workbook.getSheet("指标解释").forEach(row -> row.forEach(cell -> definitions.append(cell).append('|')));
            assertThat(definitions).contains("测试：社区数|个|区域内的社区（仅测试用）。");
        }
    }
}
