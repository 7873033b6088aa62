package cn.shequ.platform.yearbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The 2015 files read back: the workbook's sheets and figures, and the entry's text. */
@IntegrationTest
@Transactional
class YearbookFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    YearbookService yearbook;

    @Autowired
    cn.shequ.platform.region.RegionDirectory regions;

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
    }

    @Test
    void theFilesDownloadUnderTheirChineseNames() throws Exception {
        String tables = mvc.perform(get("/yearbook/2015/tables.xlsx").with(users.leader())).andReturn().getResponse()
                .getHeader("Content-Disposition");
        assertThat(tables).isEqualTo("attachment; filename=\"2015.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("2015年诸城市社区建设统计表.xlsx", StandardCharsets.UTF_8));
        String entry = mvc.perform(get("/yearbook/2015/entry.docx").with(users.leader())).andReturn().getResponse()
                .getHeader("Content-Disposition");
        assertThat(entry).startsWith("attachment; filename=\"2015").doesNotContain("__")
                .contains("filename*=UTF-8''2015%E5%B9%B4");
    }

    @Test
    void theWorkbookHasItsSheetsTitlesAndFigures() throws Exception {
        byte[] file = mvc.perform(get("/yearbook/2015/tables.xlsx").with(users.leader())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("目录", "主要指标", "服务中心", "智慧社区", "社区服务", "增减挂钩", "聚合区",
                    "生态小镇", "特色社区", "指标解释");
            Sheet land = workbook.getSheet("增减挂钩");
            List<String> labels = new ArrayList<>();
            for (int r = 3; r <= land.getLastRowNum(); r++) {
                labels.add(land.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(labels).contains("合计", "　其中：增减挂钩", "　其中：宅基地置换");
            assertThat(workbook.getSheet("特色社区").getLastRowNum()).isGreaterThanOrEqualTo(3 + 30 - 1);

            Sheet centers = workbook.getSheet("服务中心");
            assertThat(centers.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2015年社区服务中心改造提升情况");
            assertThat(centers.getRow(1).getCell(centers.getRow(2).getLastCellNum() - 1).getStringCellValue()).startsWith("单位");
            int last = centers.getLastRowNum();
            int totalRow = -1;
            for (int r = 3; r <= last; r++) {
                if ("合计".equals(centers.getRow(r).getCell(0).getStringCellValue())) {
                    totalRow = r;
                }
            }
            assertThat(totalRow).isPositive();
            assertThat(centers.getRow(totalRow).getCell(1).getNumericCellValue()).isEqualTo(50);
            assertThat(centers.getRow(totalRow).getCell(2).getNumericCellValue()).isEqualTo(8);
            assertThat(centers.getRow(totalRow).getCell(6).getNumericCellValue()).isEqualTo(4);
            double byTown = 0;
            for (int r = 3; r < totalRow; r++) {
                byTown += centers.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(byTown).isEqualTo(50);
            assertThat(centers.getPaneInformation().isFreezePane()).isTrue();
            assertThat(centers.getRepeatingRows()).isNotNull();
            assertThat(centers.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);

            Sheet main = workbook.getSheet("主要指标");
            boolean partRow = false;
            for (int r = 3; r <= main.getLastRowNum(); r++) {
                partRow |= main.getRow(r).getCell(0).getStringCellValue().contains("其中：");
            }
            assertThat(partRow).isTrue();
            assertThat(workbook.getSheet("指标解释").getRow(3).getCell(2).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void theEntryStatesTheFiguresInTheSeedsShape() throws Exception {
        byte[] file = mvc.perform(get("/yearbook/2015/entry.docx").with(users.office())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).startsWith("社 区 建 设")
                    .contains("【概况】 2015年，市社区化发展办公室")
                    .contains("重点推进了50个社区服务中心（其中8个新建）的改造提升工作")
                    .contains("4个新建社区服务中心投入使用")
                    .contains("一季度，制定出台了《关于推进2015年智慧社区建设的工作计划》（诸社办发〔2015〕1号）")
                    .contains("由市政府办公室牵头，两次召开全市智慧社区建设工作推进会")
                    .contains("【增减挂钩项目建设】")
                    .contains("【农村新型社区建设】 3月，制定出台《2015年度全市生态小镇建设工作计划》（诸社发〔2015〕2号）")
                    .contains("以密州街道东山社区、辛兴镇辛兴社区为试点")
                    .contains("全市共有4个社区完成标准化展示平台建设")
                    .contains("捐助11名学生，并现场开展了健康义诊")
                    .contains("结对帮扶林家村镇半边井子社区，捐资捐物1万多元")
                    .contains("以龙都街道杨春社区、岔道口社区，枳沟镇东枳沟社区、乔庄社区为试点")
                    .contains("评选出第二批共30个特色社区")
                    .contains("对列入规划的9处挂钩地块重点突破")
                    .contains("实现土地节约面积320亩；9月，市财政筹措补助资金1100余万元")
                    .contains("成功地将北老屯和富荣2个村置换到了北老屯社区聚合区，顺利搬迁安置213户")
                    .contains("枳沟镇普庆社区时家庄村也利用这一有效模式，实施了宅基地置换，村民已完成选房，全村搬迁84户")
                    .contains("实现竣工面积160万平方米，搬迁入住12000多户，土地节余1850亩")
                    .contains("对列入2015年度重点推进的6个驻地农村新型社区和16个生态小镇，年内计划投资13.7亿元，实际完成投资11亿元，实现搬迁入住3300余户")
                    .contains("3个农村新型社区（相州镇相州社区、昌城镇昌城社区和辛兴镇辛兴社区）入选山东省“农村新型示范社区”，数量上在潍坊市（共10个）")
                    .contains("稳妥推进市内沿潍河的9处镇街的11个重点社区建设")
                    .contains("实际争取沿河示范社区土地指标100亩")
                    .contains("全市有12个生态小镇基本完成规划编制")
                    .contains("每500户居民至少1名、每个社区不少于3人")
                    .contains("都已至少成立1家农民专业合作社，建立起1个特色产业园区")
                    .doesNotContain("【缺：");
        }
    }

    @Test
    void the2015EntryHasNoGap() {
        var city = regions.findByCode("370782").orElseThrow();
        assertThat(yearbook.entry(2015, city).gaps()).isEmpty();
    }

    /** A year with few records: each gap says in words what is missing, never a template key. */
    @Test
    void theGapsOfAYearWithoutRecordsReadAsWordsNotKeys() {
        var city = regions.findByCode("370782").orElseThrow();
        var gaps = yearbook.entry(2016, city).gaps();

        assertThat(gaps).isNotEmpty().contains("【缺：智慧社区建设方案出台时间】")
                .allSatisfy(gap -> assertThat(gap).doesNotContainPattern("[a-z_]+\\.[a-z_]+"));
    }

    @Test
    void anEditedTemplateChangesTheNextDownload() throws Exception {
        String text = "# 社区建设\n\n## 概况\n测试模板：{year}年共{service_center.planned}个服务中心，{no.such.fact}。\n";
        mvc.perform(post("/yearbook/2015/template/edit").with(csrf()).with(users.office())
                .param("text", text).param("action", "save"));
        byte[] file = mvc.perform(get("/yearbook/2015/entry.docx").with(users.office())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(file)))) {
            assertThat(extractor.getText()).contains("测试模板：2015年共50个服务中心，【缺：模板中的“no.such.fact”（无此项）】。");
        }
        String other = mvc.perform(get("/yearbook/2014").with(users.office())).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("测试模板");
    }

    @Test
    void aTemplateWithoutTitleIsRefusedAndNothingSaved() throws Exception {
        String page = mvc.perform(post("/yearbook/2015/template/edit").with(csrf()).with(users.office())
                .param("text", "没有标题的模板").param("action", "save")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("模板第一行须为条目标题");
        String entry = mvc.perform(get("/yearbook/2015").with(users.office())).andReturn().getResponse().getContentAsString();
        assertThat(entry).doesNotContain("没有标题的模板");
    }

    @Test
    void thePagePreviewsTheEntryAndTheTables() throws Exception {
        String page = mvc.perform(get("/yearbook/2015").with(users.leader())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2015年社区建设年鉴 · 诸城市", "2015年社区服务中心改造提升情况", "社区建设", "下载统计表");
        int town = mvc.perform(get("/yearbook/2015").with(users.changcheng())).andReturn().getResponse().getStatus();
        assertThat(town).isEqualTo(403);
    }
}
