package cn.shequ.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.support.PagesTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The register's pages and figures. */
class DocumentPagesTest extends PagesTestSupport {

    @Autowired
    Documents documents;

    @Autowired
    Meetings meetings;

    @Autowired
    DocumentRegister register;

    @Autowired
    DocumentFigures figures;

    @Test
    void the2015ListHoldsTheSmartCommunityPlan() throws Exception {
        mvc.perform(get("/documents").param("year", "2015").with(users.changcheng()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("诸社办发〔2015〕1号")))
                .andExpect(content().string(containsString("关于推进2015年智慧社区建设的工作计划")));
        assertThat(register.findByNumber("诸社办发[2015]1号")).hasValueSatisfying(d ->
                assertThat(d.citation()).isEqualTo("《关于推进2015年智慧社区建设的工作计划》（诸社办发〔2015〕1号）"));
    }

    @Test
    void theRegistersShowTheirEntriesTheirFieldsAndTheirForms() throws Exception {
        Document plan = documents.findByNumber("诸社办发〔2015〕1号").orElseThrow();
        var list = pages.page(get("/documents").param("year", "2015").param("stream", "SMART_COMMUNITY").with(users.office()));
        assertThat(list.select("tbody tr td:first-child a").eachText()).containsExactly("诸社办发〔2015〕1号");
        assertThat(list.select("tbody tr td:last-child .badge").eachText()).contains("智慧社区");
        var page = pages.page(get("/documents/{id}", plan.getId()).with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("《关于推进2015年智慧社区建设的工作计划》（诸社办发〔2015〕1号）");
        assertThat(page.select("dt").eachText()).containsExactly("文号", "发文机关", "发文日期", "所属工作", "内容摘要");
        assertThat(page.select("dd .badge").eachText()).contains("智慧社区");
        var form = pages.page(get("/documents/{id}/edit", plan.getId()).with(users.office()));
        assertThat(form.select("h1").text()).isEqualTo("编辑文件");
        assertThat(form.getElementById("number").val()).isEqualTo("诸社办发〔2015〕1号");
        assertThat(form.text()).contains("如 诸社办发〔2015〕1号");
        assertThat(form.select("input[name=streams][checked]").eachAttr("value")).contains("SMART_COMMUNITY");

        var meetingList = pages.page(get("/meetings").param("year", "2015").param("kind", "PROMOTION").with(users.office()));
        assertThat(meetingList.select("thead th").eachText()).containsExactly("会议日期 ▼", "会议名称", "会议类型", "所属工作",
                "主办（牵头）单位", "参会人数");
        assertThat(meetingList.select("tbody tr td:nth-child(3)").eachText()).isNotEmpty().allMatch("推进会"::equals);
        Meeting meeting = meetings.findAll().get(0);
        var meetingPage = pages.page(get("/meetings/{id}", meeting.getId()).with(users.office()));
        assertThat(meetingPage.select("h1").text()).isEqualTo(meeting.getTitle());
        assertThat(meetingPage.select("dt").eachText()).containsExactly("会议日期", "会议类型", "所属工作", "主办（牵头）单位",
                "参会人数", "会议纪要");
        var meetingForm = pages.page(get("/meetings/new").with(users.office()));
        assertThat(meetingForm.select("h1").text()).isEqualTo("登记会议");
        assertThat(meetingForm.select("select[name=kind] option").eachText()).contains("推进会", "现场会", "培训", "其他");
    }

    @Test
    void theFiguresCountDocumentsAndPromotionMeetings() {
        var city = regions.findByCode("370782").orElseThrow();
        assertThat(figures.documentsIssued(2015, city, null)).isGreaterThanOrEqualTo(3);
        assertThat(figures.documentsIssued(2015, city, WorkStream.SMART_COMMUNITY)).isEqualTo(1);
        assertThat(figures.meetingsHeld(2015, city, WorkStream.SMART_COMMUNITY, MeetingKind.PROMOTION)).isEqualTo(2);
    }

    @Test
    void aNumberTypedWithSquareBracketsIsStoredInTheCanonicalForm() throws Exception {
        mvc.perform(newDocument("诸社办发[2015]21号", "2015-06-01")).andExpect(redirectedUrlPattern("/documents/*"));
        assertThat(documents.findByNumber("诸社办发〔2015〕21号")).isPresent();
    }

    @Test
    void badInputComesBackAsMessagesAndSavesNothing() throws Exception {
        long before = documents.count();
        pages.expectMessage(newDocument("诸社办发（2015）1号", "2015-06-01"), "文号 诸社办发〔2015〕1号 已登记");
        pages.expectMessage(newDocument("诸社办发2015-9", "2015-06-01"), "文号格式应为");
        pages.expectMessage(newDocument("诸社办发〔2015〕22号", "2016-01-05"), "发文日期须在文号所示的 2015 年内");
        pages.expectMessage(post("/documents/new").with(csrf()).with(users.office()).param("number", "诸社办发〔2015〕23号")
                .param("title", "无工作").param("issuer", "办公室").param("issuedOn", "2015-06-01"), "请至少选择一项工作");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeEntersDocumentsAndMeetings() throws Exception {
        mvc.perform(newDocument("诸社办发〔2015〕24号", "2015-06-01").with(users.changcheng())).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").with(users.leader())).andExpect(status().isForbidden());
        long before = meetings.count();
        mvc.perform(post("/meetings/new").with(csrf()).with(users.office()).param("heldOn", "2015-10-10")
                        .param("title", "测试推进会").param("organiser", "市社区办").param("kind", "PROMOTION")
                        .param("stream", "SMART_COMMUNITY").param("attendance", "-1"))
                .andExpect(content().string(containsString("不能为负数")));
        assertThat(meetings.count()).isEqualTo(before);
    }

    @Test
    void aPublishedYearTakesNoNewDocument() throws Exception {
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(2015, city.path(), city.name(), "office", java.time.Instant.now());
        long before = documents.count();
        pages.expectMessage(newDocument("诸社办发〔2015〕31号", "2015-06-01"), "诸城市2015年的数据已发布锁定");
        assertThat(documents.count()).isEqualTo(before);
        mvc.perform(newDocument("诸社办发〔2016〕31号", "2016-06-01")).andExpect(redirectedUrlPattern("/documents/*"));
    }

    private MockHttpServletRequestBuilder newDocument(String number, String date) {
        return post("/documents/new").with(csrf()).with(users.office()).param("number", number).param("title", "测试文件")
                .param("issuer", "诸城市社区化发展办公室").param("issuedOn", date).param("streams", "GENERAL");
    }
}
