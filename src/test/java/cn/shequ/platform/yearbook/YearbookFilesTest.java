package cn.shequ.platform.yearbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
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

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
    }

    @Test
    void theWorkbookHasItsSheetsTitlesAndFigures() throws Exception {
        byte[] file = mvc.perform(get("/yearbook/2015/tables.xlsx").with(users.leader())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).startsWith("目录", "主要指标", "服务中心").endsWith("指标解释");

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
                    .contains("【农村新型社区建设】 3月，制定出台《2015年度全市生态小镇建设工作计划》（诸社发〔2015〕2号）");
        }
    }

    @Test
    void anEditedTemplateChangesTheNextDownload() throws Exception {
        String text = "# 社区建设\n\n## 概况\n测试模板：{year}年共{service_center.planned}个服务中心，{no.such.fact}。\n";
        mvc.perform(post("/yearbook/2015/template/edit").with(csrf()).with(users.office())
                .param("text", text).param("action", "save"));
        byte[] file = mvc.perform(get("/yearbook/2015/entry.docx").with(users.office())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(file)))) {
            assertThat(extractor.getText()).contains("测试模板：2015年共50个服务中心，【缺：no.such.fact】。");
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
