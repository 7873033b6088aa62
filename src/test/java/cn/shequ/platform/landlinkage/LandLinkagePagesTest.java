package cn.shequ.platform.landlinkage;

import static cn.shequ.platform.support.Pages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.shequ.platform.support.PagesTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The land-linkage pages: the summary and its links, the forms, the spreadsheet import, scope and roles. */
class LandLinkagePagesTest extends PagesTestSupport {

    static final String XLSX = LandLibrarySpreadsheet.CONTENT_TYPE;

    @Autowired
    LandLibraryEntries library;

    @Autowired
    LandResettlements resettlements;

    @Autowired
    LinkagePlots plots;

    @Autowired
    LandZones zones;

    @Autowired
    LandFunds funds;

    @Autowired
    MessageSource messages;

    @Test
    void theSummaryShowsThe2015FiguresAndEachLinksToWhatItCounts() throws Exception {
        Document page = pages.page(get("/land-linkage").param("year", "2015").with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("2015年增减挂钩项目建设 · 诸城市");
        assertThat(text(page, "figure-plots")).isEqualTo("9");
        assertThat(text(page, "figure-accepted")).isEqualTo("320.00");
        assertThat(text(page, "figure-subsidies")).isEqualTo("1,126.00");
        assertThat(text(page, "figure-households")).isEqualTo("297");
        assertThat(text(page, "figure-households-linkage")).contains("213");
        assertThat(text(page, "figure-households-homestead")).contains("84");
        assertThat(text(page, "figure-zone-area")).isEqualTo("1,600,000");
        assertThat(text(page, "figure-zone-households")).isEqualTo("12356");
        assertThat(text(page, "figure-zone-land")).isEqualTo("1,850.00");

        assertThat(total(follow(page, "figure-plots"))).isEqualTo(9);
        assertThat(total(follow(page, "figure-library"))).isEqualTo(34);
        assertThat(total(follow(page, "figure-accepted"))).isEqualTo(1);
        assertThat(follow(page, "figure-accepted").text()).contains("潍坊市国土资源局", "320.00");
        assertThat(follow(page, "figure-subsidies").getElementById("funds-total").text()).contains("1,126.00");
        assertThat(follow(page, "figure-funds").getElementById("funds-total").text()).contains("9,926.00");
        assertThat(follow(page, "figure-households").getElementById("resettlements-total").text()).contains("297");
        assertThat(follow(page, "figure-households-linkage").getElementById("resettlements-total").text()).contains("213");
        assertThat(follow(page, "figure-households-homestead").text()).contains("时家庄村", "84");
        Document zonesPage = follow(page, "figure-zone-households");
        assertThat(zonesPage.getElementById("total-households").text()).isEqualTo("12356");
        assertThat(zonesPage.getElementById("total-area").text()).isEqualTo("1,600,000");
        assertThat(zonesPage.getElementById("total-land").text()).isEqualTo("1,850.00");
    }

    @Test
    void aNewResettlementMovesTheSummary() throws Exception {
        long zone = zones.findAllByOrderByRegionPathAscNameAsc().stream()
                .filter(z -> z.getName().equals("北老屯社区聚合区")).findFirst().orElseThrow().getId();
        long village = regions.findByCode("370782101003003").orElseThrow().id();
        mvc.perform(post("/land-linkage/resettlements/new").with(csrf()).with(users.office())
                        .param("resettledOn", "2015-12-01").param("mode", "COMMERCIAL").param("zoneId", String.valueOf(zone))
                        .param("villageIds", String.valueOf(village)).param("households", "30"))
                .andExpect(redirectedUrlPattern("/land-linkage/resettlements/*"));
        settle();
        Document page = pages.page(get("/land-linkage").param("year", "2015").with(users.office()));
        assertThat(text(page, "figure-households")).isEqualTo("327");
        assertThat(text(page, "figure-households-commercial")).contains("30");
    }

    @Test
    void badInputComesBackAsMessagesAndSavesNothing() throws Exception {
        long before = library.count();
        pages.expectMessage(newSite("name", "").with(users.office()), "必填");
        pages.expectMessage(newSite("area", "-5").with(users.office()), "不能为负数");
        pages.expectMessage(newSite("reclaimableArea", "50").with(users.office()), "可复垦面积不能大于面积");
        pages.expectMessage(newSite("area", "2000000").with(users.office()), "不能大于");
        pages.expectMessage(newSite("notes", "长".repeat(10_000)).with(users.office()), "不能超过 2000 个字符");
        pages.expectMessage(newSite("kind", "PALACE").with(users.office()), "格式不正确");
        pages.expectMessage(newSite("kind", "VILLAGE").with(users.office()), "村庄类项目须选择所在的村");
        pages.expectMessage(newSite("communityId", String.valueOf(regions.findByCode("370782001001").orElseThrow().id()))
                .with(users.office()),
                "请选择所选镇街下的社区");
        pages.expectMessage(newSite("name", "前昌城村").with(users.office()), "同一镇街的项目库中已有");
        assertThat(library.count()).isEqualTo(before);

        long resettlementsBefore = resettlements.count();
        long zone = zones.findAllByOrderByRegionPathAscNameAsc().get(0).getId();
        pages.expectMessage(post("/land-linkage/resettlements/new").with(csrf()).with(users.office())
                .param("resettledOn", "2015-12-01").param("mode", "LINKAGE").param("zoneId", String.valueOf(zone))
                .param("households", "0"), "搬迁户数须大于 0");
        pages.expectMessage(post("/land-linkage/resettlements/new").with(csrf()).with(users.office())
                .param("resettledOn", "2015-12-01").param("mode", "LINKAGE").param("zoneId", String.valueOf(zone))
                .param("households", "10"), "请至少选择一个搬迁的村");
        assertThat(resettlements.count()).isEqualTo(resettlementsBefore);

        long fundsBefore = funds.count();
        pages.expectMessage(post("/land-linkage/funds/new").with(csrf()).with(users.office()).param("receivedOn", "2015-09-01")
                .param("source", "CITY_FINANCE").param("amount", "-3").param("purpose", "补助")
                .param("zoneId", String.valueOf(zone)), "不能为负数");
        pages.expectMessage(post("/land-linkage/funds/new").with(csrf()).with(users.office()).param("receivedOn", "2015-09-01")
                .param("source", "CITY_FINANCE").param("amount", "3").param("purpose", "补助"), "请在社区聚合区和挂钩地块中选择且只选择一项");
        assertThat(funds.count()).isEqualTo(fundsBefore);
        mvc.perform(newSite().with(users.office())).andExpect(redirectedUrlPattern("/land-linkage/library/*"));
        assertThat(library.count()).isEqualTo(before + 1);
    }

    @Test
    void anAcceptanceSavesNoMoreLandThanItsPlots() throws Exception {
        java.util.List<Long> accepted = plots.findAcceptedIds();
        LinkagePlot plot = plots.findAll().stream().filter(p -> p.getPlanYear() == 2015 && !accepted.contains(p.getId()))
                .findFirst().orElseThrow();
        settle();
        String tooMuch = plot.getPlannedArea().add(java.math.BigDecimal.ONE).toPlainString();
        pages.expectMessage(post("/land-linkage/acceptances/new").with(csrf()).with(users.office())
                .param("plotIds", String.valueOf(plot.getId())).param("acceptedOn", "2015-12-20")
                .param("authority", "潍坊市国土资源局").param("documentNumber", "测试1号").param("landSaved", tooMuch),
                "节约土地不能超过所验收地块的计划面积之和");
        mvc.perform(post("/land-linkage/acceptances/new").with(csrf()).with(users.office())
                        .param("plotIds", String.valueOf(plot.getId())).param("acceptedOn", "2015-12-20")
                        .param("authority", "潍坊市国土资源局").param("documentNumber", "测试1号").param("landSaved", "10"))
                .andExpect(redirectedUrlPattern("/land-linkage/acceptances/*"));
        settle();
        assertThat(text(pages.page(get("/land-linkage").param("year", "2015").with(users.office())), "figure-accepted"))
                .isEqualTo("330.00");
    }

    @Test
    void theStatusOfASiteOnlyMovesForward() throws Exception {
        LandLibraryEntry accepted = library.findAll().stream().filter(e -> e.getStatus() == LandLibraryStatus.ACCEPTED)
                .findFirst().orElseThrow();
        settle();
        mvc.perform(post("/land-linkage/library/{id}/status", accepted.getId()).with(csrf()).with(users.office())
                .param("status", "IN_PLAN").param("version", String.valueOf(accepted.getVersion())))
                .andExpect(redirectedUrlPattern("/land-linkage/library/*"))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).asString().contains("只能向前推进"));
        settle();
        assertThat(library.findById(accepted.getId()).orElseThrow().getStatus()).isEqualTo(LandLibraryStatus.ACCEPTED);
    }

    @Test
    void theTownUserSeesAndChangesOnlyTheirOwnTown() throws Exception {
        Document list = pages.page(get("/land-linkage/library").with(users.changcheng()));
        assertThat(total(list)).isPositive().isLessThan(34);
        assertThat(list.select("tbody td:nth-child(2)").eachText()).allSatisfy(place -> assertThat(place).startsWith("昌城镇"));

        LandLibraryEntry other = library.findAll().stream().filter(e -> e.getRegionPath().contains("/370782101/"))
                .findFirst().orElseThrow();
        settle();
        mvc.perform(get("/land-linkage/library/{id}", other.getId()).with(users.changcheng())).andExpect(status().isNotFound());
        long before = library.count();
        long zhigou = regions.findByCode("370782101").orElseThrow().id();
        settle();
        mvc.perform(newSite("townId", String.valueOf(zhigou)).with(users.changcheng()))
                .andExpect(content().string(containsString("请选择您管辖范围内的镇街")));
        assertThat(library.count()).isEqualTo(before);

        Document summary = pages.page(get("/land-linkage").param("year", "2015").with(users.changcheng()));
        assertThat(summary.select("h1").text()).contains("昌城镇");
        mvc.perform(get("/land-linkage").param("year", "2015").param("region", "370782101").with(users.changcheng()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLeaderReadsButCannotSave() throws Exception {
        mvc.perform(get("/land-linkage").with(users.leader())).andExpect(status().isOk());
        mvc.perform(get("/land-linkage/library/template").with(users.leader())).andExpect(status().isOk());
        mvc.perform(newSite().with(users.leader())).andExpect(status().isForbidden());
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "a.xlsx", XLSX, template()))
                .with(csrf()).with(users.leader())).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditIsRefusedAndAPublishedYearCannotBeChanged() throws Exception {
        LandLibraryEntry entry = library.findAll().stream().filter(e -> e.getRegionPath().contains("/370782105/")
                && e.getKind() == LandSiteKind.INDUSTRIAL).findFirst().orElseThrow();
        settle();
        mvc.perform(editSite(entry, entry.getVersion() - 1, "我的备注").with(users.office()))
                .andExpect(content().string(containsString("该记录已被他人修改，请核对后重新提交")));
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(2015, city.path(), city.name(), "office", java.time.Instant.now());
        mvc.perform(editSite(entry, entry.getVersion(), "锁定后修改").with(users.office()))
                .andExpect(content().string(containsString("诸城市2015年的数据已发布锁定")));
        long zone = zones.findAllByOrderByRegionPathAscNameAsc().get(0).getId();
        mvc.perform(post("/land-linkage/zones/{id}/entries/new", zone).with(csrf()).with(users.office())
                        .param("entryDate", "2015-12-30").param("completedArea", "10").param("households", "1")
                        .param("landSaved", "0"))
                .andExpect(content().string(containsString("已发布锁定")));
        settle();
        assertThat(library.findById(entry.getId()).orElseThrow().getNotes()).isNotIn("我的备注", "锁定后修改");
    }

    @Test
    void importingTheTemplateWithThreeGoodRowsAddsThree() throws Exception {
        byte[] file = workbook(Map.of(
                2, new Object[] {"导入测试砖厂", "工矿", "昌城镇", "", "", 20, 15, 2015, "导入"},
                3, new Object[] {"前普庆村", "村庄", "枳沟镇", "普庆社区", "前普庆村", 80.5, 70, 2015, ""},
                4, new Object[] {"导入测试石料场", "工矿", "桃林镇", "", "", "12.5", "10", "2016", ""}));
        long before = library.count();
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "项目库.xlsx", XLSX, file))
                        .with(csrf()).with(users.office()))
                .andExpect(redirectedUrlPattern("/land-linkage/library*"));
        assertThat(library.count()).isEqualTo(before + 3);
        LandLibraryEntry village = library.findAll().stream().filter(e -> e.getName().equals("前普庆村")).findFirst().orElseThrow();
        assertThat(village.getKind()).isEqualTo(LandSiteKind.VILLAGE);
        assertThat(village.getRegionPath()).endsWith("/370782101004003/");
        assertThat(village.getReclaimableArea()).isEqualByComparingTo("70");
    }

    @Test
    void oneBadRowAmongAHundredAddsNoneAndIsNamed() throws Exception {
        Map<Integer, Object[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            rows.put(2 + i, new Object[] {"批量导入工矿" + i, "工矿", "相州镇", "", "", 30, 20, 2015, ""});
        }
        rows.put(58, new Object[] {"批量导入工矿56", "工矿", "相州镇", "", "", 30, 45, 2015, ""});
        long before = library.count();
        Document page = Jsoup.parse(mvc.perform(multipart("/land-linkage/library/import")
                        .file(new MockMultipartFile("file", "批量.xlsx", XLSX, workbook(rows))).with(csrf()).with(users.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(library.count()).isEqualTo(before);
        assertThat(page.select("tr.problem")).hasSize(1);
        assertThat(page.select("tr.problem td").get(0).text()).isEqualTo("58");
        assertThat(page.select("tr.problem td").get(1).text()).contains("可复垦面积", "可复垦面积不能大于面积");
        assertThat(page.getElementById("problems").text()).contains("未导入任何数据");
    }

    @Test
    void everyKindOfBadRowIsNamed() throws Exception {
        Map<Integer, Object[]> rows = new LinkedHashMap<>();
        rows.put(2, new Object[] {"", "工矿", "昌城镇", "", "", 1, 1, 2015, ""});
        rows.put(3, new Object[] {"甲", "宫殿", "昌城镇", "", "", 1, 1, 2015, ""});
        rows.put(4, new Object[] {"乙", "工矿", "火星镇", "", "", 1, 1, 2015, ""});
        rows.put(5, new Object[] {"丙", "工矿", "昌城镇", "", "", "很大", 1, 2015, ""});
        rows.put(6, new Object[] {"丁", "村庄", "昌城镇", "昌城社区", "不存在村", 1, 1, 2015, ""});
        rows.put(7, new Object[] {"戊", "工矿", "昌城镇", "", "", 1, 1, 2015, ""});
        rows.put(8, new Object[] {"戊", "工矿", "昌城镇", "", "", 1, 1, 2015, ""});
        rows.put(9, new Object[] {"前昌城村", "村庄", "昌城镇", "昌城社区", "前昌城村", 90, 80, 2015, ""});
        rows.put(10, new Object[] {"己", "工矿", "昌城镇", "", "", -1, 0, 2015, ""});
        Document page = Jsoup.parse(mvc.perform(multipart("/land-linkage/library/import")
                        .file(new MockMultipartFile("file", "错误.xlsx", XLSX, workbook(rows))).with(csrf()).with(users.office()))
                .andReturn().getResponse().getContentAsString());
        String problems = page.getElementById("problems").text();
        assertThat(problems).contains("项目名称：必填", "类型“宫殿”无效", "镇街“火星镇”不存在或不在您的管辖范围内", "“很大”不是数字",
                "村“不存在村”不在昌城社区", "与文件第 7 行重复", "项目库中已有昌城镇的“前昌城村”", "不能为负数");
        assertThat(page.select("tr.problem td:first-child").eachText()).contains("2", "3", "4", "5", "6", "8", "9", "10")
                .doesNotContain("7");
    }

    @Test
    void aTownUserCannotImportAnotherTownsSites() throws Exception {
        byte[] file = workbook(Map.of(2, new Object[] {"越权导入", "工矿", "枳沟镇", "", "", 5, 5, 2015, ""}));
        long before = library.count();
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "a.xlsx", XLSX, file))
                        .with(csrf()).with(users.changcheng()))
                .andExpect(content().string(containsString("镇街“枳沟镇”不存在或不在您的管辖范围内")));
        assertThat(library.count()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithAMessage() throws Exception {
        long before = library.count();
        mvc.perform(multipart("/land-linkage/library/import")
                        .file(new MockMultipartFile("file", "项目库.xlsx", XLSX, "项目名称,类型\n某砖厂,工矿\n".getBytes()))
                        .with(csrf()).with(users.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上传的文件不是Excel表格")));
        mvc.perform(multipart("/land-linkage/library/import")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(csrf()).with(users.office()))
                .andExpect(content().string(containsString("上传的文件不是Excel表格")));
        mvc.perform(multipart("/land-linkage/library/import").with(csrf()).with(users.office()))
                .andExpect(content().string(containsString("请选择要上传的Excel文件")));
        assertThat(library.count()).isEqualTo(before);
    }

    @Test
    void aFileAboveTheImportLimitIsRefusedWithAMessage() throws Exception {
        byte[] large = new byte[(int) LandLibrarySpreadsheet.MAX_BYTES + 1024];
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "大.xlsx", XLSX, large))
                        .with(csrf()).with(users.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件过大：上传的文件不能超过 2 MB")));
    }

    @Test
    void tooManyRowsAreRefusedWithAMessage() throws Exception {
        Map<Integer, Object[]> rows = new LinkedHashMap<>();
        for (int i = 0; i <= LandLibrarySpreadsheet.MAX_ROWS; i++) {
            rows.put(2 + i, new Object[] {"行" + i, "工矿", "相州镇", "", "", 1, 1, 2015, ""});
        }
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "多.xlsx", XLSX, workbook(rows)))
                        .with(csrf()).with(users.office()))
                .andExpect(content().string(containsString("数据行过多")));
    }

    @Test
    void aMillionRowsWithoutRowNumbersAreRefusedAtTheLimitWithoutLoadingTheSheet() throws Exception {
        java.util.Random random = new java.util.Random(2015);
        byte[] file = crafted(out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(("<row><c t=\"inlineStr\"><is><t>砖厂</t></is></c><c><v>" + random.nextInt(3) + "</v></c></row>")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }, null);
        assertThat(file.length).isBetween(700_000, (int) LandLibrarySpreadsheet.MAX_BYTES);
        long before = library.count();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "百万行.xlsx", XLSX, file))
                        .with(csrf()).with(users.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据行过多：一次最多导入 1000 行")));
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        assertThat(allocated).as("bytes allocated by the import").isLessThan(64L * 1024 * 1024);
        assertThat(library.count()).isEqualTo(before);
    }

    @Test
    void sharedStringsThatInflatePastTheBoundAreRefused() throws Exception {
        java.util.Random random = new java.util.Random(2015);
        byte[] file = crafted(out -> out.write(("<row><c t=\"inlineStr\"><is><t>导入测试砖厂</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>工矿</t></is></c><c t=\"inlineStr\"><is><t>昌城镇</t></is></c><c/><c/>"
                + "<c><v>20</v></c><c><v>15</v></c><c><v>2015</v></c></row>").getBytes(StandardCharsets.UTF_8)), out -> {
            for (int i = 0; i < 1_300_000; i++) {
                out.write(("<si><t>" + random.nextInt(10) + "</t></si>").getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(file.length).isLessThan((int) LandLibrarySpreadsheet.MAX_BYTES);
        long before = library.count();
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "大字符串.xlsx", XLSX, file))
                        .with(csrf()).with(users.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件内容过多：解压后的表格数据超过 20 MB")));
        assertThat(library.count()).isEqualTo(before);
    }

    @Test
    void aCraftedSheetWithinTheBoundsImports() throws Exception {
        byte[] file = crafted(out -> out.write(("<row><c t=\"inlineStr\"><is><t>导入测试砖厂</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>工矿</t></is></c><c t=\"s\"><v>0</v></c><c/><c/>"
                + "<c><v>20</v></c><c><v>15.5</v></c><c><v>2015</v></c></row>").getBytes(StandardCharsets.UTF_8)),
                out -> out.write("<si><t>昌城镇</t></si>".getBytes(StandardCharsets.UTF_8)));
        long before = library.count();
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "手写.xlsx", XLSX, file))
                        .with(csrf()).with(users.office()))
                .andExpect(redirectedUrlPattern("/land-linkage/library*"));
        assertThat(library.count()).isEqualTo(before + 1);
        LandLibraryEntry entry = library.findAll().stream().filter(e -> e.getName().equals("导入测试砖厂")).findFirst().orElseThrow();
        assertThat(entry.getReclaimableArea()).isEqualByComparingTo("15.5");
    }

    @Test
    void aFormulaCellImportsTheValueItLastCalculatedNeverItsFormula() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFRow row = workbook.getSheetAt(0).createRow(1);
            XSSFCell name = row.createCell(0);
            name.setCellFormula("HYPERLINK(\"http://example.org/\",\"公式导入砖厂\")");
            name.getCTCell().setT(STCellType.STR);
            name.getCTCell().setV("公式导入砖厂");
            row.createCell(1).setCellValue("工矿");
            row.createCell(2).setCellValue("昌城镇");
            XSSFCell area = row.createCell(5);
            area.setCellFormula("10+10");
            area.getCTCell().setV("20");
            row.createCell(6).setCellValue(15);
            row.createCell(7).setCellValue(2015);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        long before = library.count();
        mvc.perform(multipart("/land-linkage/library/import").file(new MockMultipartFile("file", "公式.xlsx", XLSX, file))
                        .with(csrf()).with(users.office()))
                .andExpect(redirectedUrlPattern("/land-linkage/library*"));
        assertThat(library.count()).isEqualTo(before + 1);
        assertThat(library.findAll()).noneMatch(e -> e.getName().contains("HYPERLINK"));
        LandLibraryEntry entry = library.findAll().stream().filter(e -> e.getName().equals("公式导入砖厂")).findFirst().orElseThrow();
        assertThat(entry.getArea()).isEqualByComparingTo("20");
    }

    @Test
    void theImportFormCarriesItsTokenInTheBodyNotInItsAddress() throws Exception {
        Document page = pages.page(get("/land-linkage/library/import/new").with(users.office()));
        org.jsoup.nodes.Element form = page.selectFirst("form[enctype=multipart/form-data]");
        assertThat(form.attr("action")).isEqualTo("/land-linkage/library/import").doesNotContain("_csrf");
        assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
    }

    @Test
    void theTemplateAndTheExportAreSpreadsheetsWithChineseHeaders() throws Exception {
        try (Workbook template = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Row header = template.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("项目名称");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("面积（亩）");
            assertThat(template.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        byte[] exported = mvc.perform(get("/land-linkage/library/export").param("region", "370782101").with(users.office()))
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook export = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = export.getSheetAt(0);
            long inTown = library.findAll().stream().filter(e -> e.getRegionPath().contains("/370782101/")).count();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) inTown);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("枳沟镇");
        }
    }

    @Test
    void theCommunityPageShowsItsZone() throws Exception {
        long community = regions.findByCode("370782101003").orElseThrow().id();
        mvc.perform(get("/regions/{id}", community).with(users.office()))
                .andExpect(content().string(containsString("北老屯社区聚合区")))
                .andExpect(content().string(containsString("富荣村")));
    }

    @Test
    void theRecordPagesShowTheirDetailsAndHistory() throws Exception {
        for (String list : new String[] {"/land-linkage/library", "/land-linkage/plots", "/land-linkage/acceptances",
            "/land-linkage/funds", "/land-linkage/resettlements", "/land-linkage/zones"}) {
            Document page = pages.page(get(list).with(users.leader()));
            String first = page.select("tbody td a").first().attr("href");
            mvc.perform(get(first).with(users.leader())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("修改历史")))
                    .andExpect(content().string(not(containsString("error.500"))));
        }
        for (String form : new String[] {"/land-linkage/library/new", "/land-linkage/plots/new", "/land-linkage/acceptances/new",
            "/land-linkage/funds/new", "/land-linkage/resettlements/new", "/land-linkage/zones/new",
            "/land-linkage/library/import/new"}) {
            mvc.perform(get(form).with(users.office())).andExpect(status().isOk());
        }
    }

    private byte[] template() throws Exception {
        return mvc.perform(get("/land-linkage/library/template").with(users.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The downloaded template with rows written in (row number → cells), as a user would fill it. */
    private byte[] workbook(Map<Integer, Object[]> rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet sheet = workbook.getSheetAt(0);
            rows.forEach((number, cells) -> {
                Row row = sheet.createRow(number - 1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    }
                    else if (!"".equals(cells[c])) {
                        row.createCell(c).setCellValue(String.valueOf(cells[c]));
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Writes XML into a part of a crafted file. */
    interface PartWriter {
        void write(OutputStream out) throws Exception;
    }

    /**
     * An .xlsx written by hand: the template's header row in inline strings, then the given rows (as
     * XML, without row or cell references), and shared strings when given.
     */
    private byte[] crafted(PartWriter rows, PartWriter sharedStrings) throws Exception {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>").getBytes(StandardCharsets.UTF_8)));
            entry(zip, "_rels/.rels", out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relations + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8)));
            entry(zip, "xl/workbook.xml", out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relations + "\"><sheets>"
                    + "<sheet name=\"项目库\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8)));
            entry(zip, "xl/_rels/workbook.xml.rels", out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relations + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + relations
                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8)));
            entry(zip, "xl/worksheets/sheet1.xml", out -> {
                StringBuilder header = new StringBuilder("<row>");
                for (String column : LandLibrarySpreadsheet.COLUMNS) {
                    header.append("<c t=\"inlineStr\"><is><t>").append(messages.getMessage("landlinkage.sheet." + column,
                            null, Locale.SIMPLIFIED_CHINESE)).append("</t></is></c>");
                }
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>"
                        + header + "</row>").getBytes(StandardCharsets.UTF_8));
                rows.write(out);
                out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            });
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", out -> {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">")
                            .getBytes(StandardCharsets.UTF_8));
                    sharedStrings.write(out);
                    out.write("</sst>".getBytes(StandardCharsets.UTF_8));
                });
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, PartWriter content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream buffered = new java.io.BufferedOutputStream(zip, 64 * 1024);
        content.write(buffered);
        buffered.flush();
        zip.closeEntry();
    }

    private MockHttpServletRequestBuilder newSite(String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "测试废弃砖厂");
        params.put("kind", "INDUSTRIAL");
        params.put("townId", String.valueOf(regions.findByCode("370782105").orElseThrow().id()));
        params.put("enteredYear", "2015");
        params.put("area", "30");
        params.put("reclaimableArea", "25");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/land-linkage/library/new").with(csrf());
        params.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder editSite(LandLibraryEntry entry, long version, String notes) {
        return post("/land-linkage/library/{id}/edit", entry.getId()).with(csrf())
                .param("version", String.valueOf(version)).param("name", entry.getName())
                .param("kind", entry.getKind().name()).param("townId", String.valueOf(entry.getTownId()))
                .param("enteredYear", String.valueOf(entry.getEnteredYear())).param("area", entry.getArea().toPlainString())
                .param("reclaimableArea", entry.getReclaimableArea().toPlainString()).param("notes", notes);
    }

    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private Document follow(Document page, String id) throws Exception {
        return pages.page(get(page.getElementById(id).attr("href")).with(users.office()));
    }

    private static String text(Document page, String id) {
        assertThat(page.getElementById(id)).as(id).isNotNull();
        return page.getElementById(id).text();
    }
}
