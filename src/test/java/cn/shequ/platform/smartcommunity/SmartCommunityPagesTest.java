package cn.shequ.platform.smartcommunity;

import static cn.shequ.platform.support.Pages.figure;
import static cn.shequ.platform.support.Pages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.support.PagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The smart-community pages: the summary and its links, the forms, the list of systems, and the data scope. */
class SmartCommunityPagesTest extends PagesTestSupport {

    static final String HUANGHUA = "370782109001";
    static final String DONGSHAN = "370782001001";

    @Autowired
    SmartCommunities records;

    @Autowired
    SmartCommunityReports reports;

    @Autowired
    SmartApplicationSystems systems;

    @Autowired
    DocumentRegister documents;

    @Test
    void theOfficeSeesTheSummaryAndEachFigureListsExactlyWhatItCounts() throws Exception {
        Document page = pages.page(get("/smart-communities").param("year", "2015").with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("2015年智慧社区建设 · 诸城市");
        assertThat(figure(page, "figure-pilots")).isEqualTo("2");
        assertThat(figure(page, "figure-platforms")).isEqualTo("4");
        assertThat(figure(page, "figure-meetings")).isEqualTo("2");
        assertThat(figure(page, "figure-building")).isEqualTo("7 / 8");
        assertThat(figure(page, "figure-households")).isEqualTo("7,670");
        for (String id : new String[] {"figure-pilots", "figure-platforms"}) {
            Document list = pages.page(get(page.getElementById(id).attr("href")).with(users.office()));
            assertThat(total(list)).as(id).isEqualTo(Long.parseLong(figure(page, id)));
        }
        Document pilots = pages.page(get(page.getElementById("figure-pilots").attr("href")).with(users.office()));
        assertThat(pilots.select("tbody td:first-child a").eachText()).containsExactly("密州街道东山社区", "辛兴镇辛兴社区");
        Document building = pages.page(get(page.getElementById("figure-building").attr("href")).with(users.office()));
        assertThat(total(building)).isEqualTo(7);
        Document connected = pages.page(get(page.getElementById("figure-households").attr("href")).with(users.office()));
        assertThat(connected.select("tbody tr").stream().mapToInt(row -> Integer.parseInt(row.child(4).text().replace(",", "")))
                .sum()).isEqualTo(7670);

        String meetings = page.getElementById("figure-meetings").attr("href");
        assertThat(meetings).isEqualTo("/meetings?year=2015&stream=SMART_COMMUNITY&kind=PROMOTION");
        Document meetingList = pages.page(get(meetings).with(users.office()));
        assertThat(total(meetingList)).isEqualTo(2);
        assertThat(meetingList.text()).contains("全市智慧社区建设工作推进会");
    }

    @Test
    void addingARecordWithACompletedPlatformMakesIt5() throws Exception {
        mvc.perform(newRecord(HUANGHUA, "platformCompletedOn", "2015-11-30").with(users.office()))
                .andExpect(redirectedUrlPattern("/smart-communities/*"));
        settle();
        Document page = pages.page(get("/smart-communities").param("year", "2015").with(users.office()));
        assertThat(figure(page, "figure-platforms")).isEqualTo("5");
        Document list = pages.page(get(page.getElementById("figure-platforms").attr("href")).with(users.office()));
        assertThat(list.select("tbody td:first-child a").eachText()).contains("皇华镇皇华社区");
    }

    @Test
    void badInputComesBackAsMessagesAndSavesNothing() throws Exception {
        long before = records.count();
        pages.expectMessage(newRecord(HUANGHUA, "startDate", "2015-05-01", "platformCompletedOn", "2015-04-01").with(users.office()),
                "展示平台建成日期不能早于开始建设日期（2015-05-01）");
        pages.expectMessage(newRecord(HUANGHUA, "communityId", "").with(users.office()), "必填");
        pages.expectMessage(newRecord(HUANGHUA, "householdsConnected", "-3").with(users.office()), "不能为负数");
        pages.expectMessage(newRecord(HUANGHUA, "householdsConnected", "999999").with(users.office()), "开通户数不能超过社区户数");
        pages.expectMessage(newRecord(HUANGHUA, "setTopBoxes", "2000000").with(users.office()), "不能大于 1000000");
        pages.expectMessage(newRecord(HUANGHUA, "batch", "21").with(users.office()), "不能大于 20");
        pages.expectMessage(newRecord(HUANGHUA, "batch", "首批").with(users.office()), "请输入整数");
        pages.expectMessage(newRecord(HUANGHUA, "platformCompletedOn", "2999-01-01").with(users.office()), "日期须在 2000 年至 2100 年之间");
        pages.expectMessage(newRecord(HUANGHUA, "notes", "长".repeat(10_000)).with(users.office()), "不能超过 2000 个字符");
        pages.expectMessage(newRecord(HUANGHUA, "systemIds", "987654").with(users.office()), "请从应用系统列表中选择");
        pages.expectMessage(newRecord(DONGSHAN).with(users.office()), "密州街道东山社区2015年已有智慧社区建设记录");
        long otherStream = documents.findByNumber("诸社办发〔2015〕2号").map(DocumentRef::id).orElseThrow();
        pages.expectMessage(newRecord(HUANGHUA, "planDocumentId", String.valueOf(otherStream)).with(users.office()),
                "请选择智慧社区工作的文件");
        assertThat(records.count()).isEqualTo(before);
    }

    @Test
    void aProgressReportWithAnUnknownStatusOrOutOfOrderIsRefused() throws Exception {
        SmartCommunity dongshan = record(DONGSHAN, 2015);
        long before = reports.count();
        pages.expectMessage(report(dongshan, "2015-10-01", "BUILT", "100").with(users.office()), "格式不正确");
        pages.expectMessage(report(dongshan, "2015-10-01", "UNDER_CONSTRUCTION", "100").with(users.office()), "状态不能倒退");
        pages.expectMessage(report(dongshan, "2015-10-01", "IN_USE", "-5").with(users.office()), "不能小于 0");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void theTownUserSeesAndChangesOnlyTheirOwnTown() throws Exception {
        Document list = pages.page(get("/smart-communities").param("year", "2015").with(users.changcheng()));
        assertThat(list.select("h1").text()).contains("昌城镇");
        assertThat(list.select("tbody td:first-child a").eachText()).containsExactly("昌城镇昌城社区");
        assertThat(figure(list, "figure-platforms")).isEqualTo("1");
        assertThat(list.getElementById("figure-meetings")).as("the meetings list is the city's, not the town's").isNull();

        SmartCommunity own = record("370782105001", 2015);
        SmartCommunity other = record(DONGSHAN, 2015);
        mvc.perform(get("/smart-communities/{id}", other.getId()).with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(post("/smart-communities/{id}/edit", other.getId()).with(csrf()).with(users.changcheng())
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/smart-communities").param("region", "370782001").with(users.changcheng()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/smart-communities/{id}", own.getId()).with(users.changcheng())).andExpect(status().isOk());

        long before = records.count();
        mvc.perform(newRecord("370782001002").with(users.changcheng()))
                .andExpect(content().string(containsString("请选择您管辖范围内的社区")));
        assertThat(records.count()).isEqualTo(before);
        mvc.perform(newRecord("370782105002").with(users.changcheng())).andExpect(redirectedUrlPattern("/smart-communities/*"));
        assertThat(records.count()).isEqualTo(before + 1);
    }

    @Test
    void theLeaderReadsButCannotSave() throws Exception {
        mvc.perform(get("/smart-communities").param("year", "2015").with(users.leader())).andExpect(status().isOk());
        mvc.perform(get("/smart-communities/{id}", record(DONGSHAN, 2015).getId()).with(users.leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("标准化展示平台建成。")))
                .andExpect(content().string(containsString("《关于推进2015年智慧社区建设的工作计划》（诸社办发〔2015〕1号）")))
                .andExpect(content().string(containsString("修改历史")));
        long before = records.count();
        mvc.perform(newRecord(HUANGHUA).with(users.leader())).andExpect(status().isForbidden());
        assertThat(records.count()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeKept() throws Exception {
        SmartCommunity record = record("370782105001", 2015);
        long stale = record.getVersion();
        mvc.perform(edit(record, stale, "householdsConnected", "1300").with(users.changcheng()))
                .andExpect(redirectedUrl("/smart-communities/" + record.getId()));
        settle();
        mvc.perform(edit(record, stale, "householdsConnected", "1400").with(users.office()))
                .andExpect(content().string(containsString("该记录已被他人修改，请核对后重新提交")))
                .andExpect(content().string(containsString("1400")));
        settle();
        assertThat(records.findById(record.getId()).orElseThrow().getHouseholdsConnected()).isEqualTo(1300);
    }

    @Test
    void aPublishedYearCannotBeChanged() throws Exception {
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(2015, city.path(), city.name(), "office", java.time.Instant.now());
        SmartCommunity record = record("370782105001", 2015);
        mvc.perform(edit(record, record.getVersion(), "householdsConnected", "1300").with(users.office()))
                .andExpect(content().string(containsString("诸城市2015年的数据已发布锁定")));
        mvc.perform(newRecord(HUANGHUA).with(users.office())).andExpect(content().string(containsString("已发布锁定")));
        settle();
        assertThat(records.findById(record.getId()).orElseThrow().getHouseholdsConnected()).isEqualTo(1250);
        mvc.perform(newRecord(HUANGHUA, "planYear", "2016", "planDocumentId", "").with(users.office()))
                .andExpect(redirectedUrlPattern("/smart-communities/*"));
    }

    @Test
    void theOfficeKeepsTheListOfApplicationSystems() throws Exception {
        mvc.perform(get("/smart-communities/systems").with(users.leader())).andExpect(status().isOk())
                .andExpect(content().string(containsString("社区商圈")));
        mvc.perform(get("/smart-communities/systems/new").with(users.changcheng())).andExpect(status().isForbidden());
        mvc.perform(post("/smart-communities/systems/new").with(csrf()).with(users.admin()).param("name", "智慧养老")
                .param("sortOrder", "60")).andExpect(status().isForbidden());

        mvc.perform(post("/smart-communities/systems/new").with(csrf()).with(users.office()).param("name", "智慧养老")
                .param("sortOrder", "60")).andExpect(redirectedUrl("/smart-communities/systems"));
        mvc.perform(post("/smart-communities/systems/new").with(csrf()).with(users.office()).param("name", " 智慧养老 ")
                .param("sortOrder", "70")).andExpect(content().string(containsString("已有名为“智慧养老”的应用系统")));
        mvc.perform(post("/smart-communities/systems/new").with(csrf()).with(users.office()).param("name", "")
                .param("sortOrder", "-1")).andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("不能小于 0")));
        settle();
        SmartApplicationSystem added = systems.findByName("智慧养老").orElseThrow();
        mvc.perform(get("/smart-communities/new").with(users.office())).andExpect(content().string(containsString("智慧养老")));

        SmartApplicationSystem mall = systems.findByName("社区商圈").orElseThrow();
        mvc.perform(post("/smart-communities/systems/{id}/edit", mall.getId()).with(csrf()).with(users.office())
                .param("name", "社区电商").param("sortOrder", "50").param("retired", "true")
                .param("version", mall.getVersion().toString())).andExpect(redirectedUrl("/smart-communities/systems"));
        settle();
        // renamed on the records that deployed it; retired, so no longer offered for new records
        mvc.perform(get("/smart-communities/{id}", record(DONGSHAN, 2015).getId()).with(users.office()))
                .andExpect(content().string(containsString("社区电商")));
        mvc.perform(get("/smart-communities/new").with(users.office())).andExpect(content().string(not(containsString("社区电商"))));
        pages.expectMessage(newRecord(HUANGHUA, "systemIds", mall.getId().toString()).with(users.office()), "请从应用系统列表中选择");
        // a record that already deployed it keeps it when edited
        SmartCommunity dongshan = record(DONGSHAN, 2015);
        List<String> deployed = records.findWithSystems(dongshan.getId()).orElseThrow().getSortedSystems().stream()
                .map(s -> s.getId().toString()).toList();
        assertThat(deployed).hasSize(5).contains(mall.getId().toString());
        settle();
        mvc.perform(edit(dongshan, dongshan.getVersion(), "systemIds", String.join(",", deployed)).with(users.office()))
                .andExpect(redirectedUrl("/smart-communities/" + dongshan.getId()));
        assertThat(added.isRetired()).isFalse();
    }

    @Test
    void theCommunityPageListsItsSmartCommunityRecords() throws Exception {
        SmartCommunity record = record(DONGSHAN, 2015);
        mvc.perform(get("/regions/{id}", record.getCommunityId()).with(users.office()))
                .andExpect(content().string(containsString("/smart-communities/" + record.getId())))
                .andExpect(content().string(containsString("首批（试点）")));
    }

    private SmartCommunity record(String communityCode, int year) {
        long id = regions.findByCode(communityCode).orElseThrow().id();
        SmartCommunity found = records.findAll().stream().filter(r -> r.getCommunityId() == id && r.getPlanYear() == year)
                .findFirst().orElseThrow();
        settle();
        return found;
    }

    /** A new-record form for a community, the defaults replaced by {@code overrides} (name, value …). */
    private MockHttpServletRequestBuilder newRecord(String communityCode, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("communityId", String.valueOf(regions.findByCode(communityCode).orElseThrow().id()));
        params.put("planYear", "2015");
        params.put("batch", "2");
        params.put("partner", "诸城广电公司");
        params.put("systemIds", systems.findByName("社区政务").orElseThrow().getId().toString());
        params.put("setTopBoxes", "100");
        params.put("householdsConnected", "120");
        params.put("startDate", "2015-04-01");
        params.put("planDocumentId", String.valueOf(documents.findByNumber("诸社办发〔2015〕1号").orElseThrow().id()));
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/smart-communities/new").with(csrf());
        params.forEach((name, value) -> request.param(name, value.split(",")));
        settle();
        return request;
    }

    private MockHttpServletRequestBuilder edit(SmartCommunity record, long version, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("version", String.valueOf(version));
        params.put("communityId", record.getCommunityId().toString());
        params.put("planYear", String.valueOf(record.getPlanYear()));
        params.put("batch", String.valueOf(record.getBatch()));
        params.put("partner", record.getPartner());
        params.put("setTopBoxes", String.valueOf(record.getSetTopBoxes()));
        params.put("householdsConnected", String.valueOf(record.getHouseholdsConnected()));
        params.put("startDate", String.valueOf(record.getStartDate()));
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/smart-communities/{id}/edit", record.getId()).with(csrf());
        params.forEach((name, value) -> request.param(name, value.split(",")));
        return request;
    }

    private MockHttpServletRequestBuilder report(SmartCommunity record, String date, String status, String percent) {
        SmartCommunity current = records.findById(record.getId()).orElseThrow();
        settle();
        return post("/smart-communities/{id}/reports/new", record.getId()).with(csrf())
                .param("version", current.getVersion().toString()).param("reportDate", date)
                .param("status", status).param("percentComplete", percent);
    }

    /** Ends the requests' unit of work as a commit would, so the next request reads from the database. */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }
}
