package cn.shequ.platform.communityservice;

import static cn.shequ.platform.support.Pages.figure;
import static cn.shequ.platform.support.Pages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.shequ.platform.support.PagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The community-service pages: the summary and its links, the three kinds of record, and the data scope. */
class CommunityServicePagesTest extends PagesTestSupport {

    @Autowired
    WelfareActivities activities;

    @Autowired
    EnterprisePairings pairings;

    @Autowired
    PairingDonations donations;

    @Autowired
    FourPartyPilots pilots;

    @Autowired
    cn.shequ.platform.document.DocumentRegister documentRegister;

    @Test
    void theSummaryShows11StudentsAnd4PilotsAndEachFigureListsWhatItCounts() throws Exception {
        Document page = pages.page(get("/community-services").param("year", "2015").with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("2015年社区服务 · 诸城市");
        assertThat(figure(page, "figure-activities")).isEqualTo("11");
        assertThat(figure(page, "figure-students")).isEqualTo("11");
        assertThat(figure(page, "figure-pairings")).isEqualTo("1");
        assertThat(figure(page, "figure-donations")).isEqualTo("1.22");
        assertThat(figure(page, "figure-four-party")).isEqualTo("4");

        for (String id : new String[] {"figure-activities", "figure-pairings", "figure-donations", "figure-four-party"}) {
            Document list = pages.page(get(page.getElementById(id).attr("href")).with(users.office()));
            long expected = id.equals("figure-donations") ? 1 : Long.parseLong(figure(page, id));
            assertThat(total(list)).as(id).isEqualTo(expected);
        }
        Document students = pages.page(get(page.getElementById("figure-students").attr("href")).with(users.office()));
        assertThat(students.select("tbody tr").stream().mapToInt(row -> Integer.parseInt(row.child(6).text())).sum())
                .isEqualTo(11);
        assertThat(students.select("tbody td:nth-child(2)").eachText()).containsExactly("“金色年华”助学活动");
        assertThat(students.select("tbody td:nth-child(4)").text()).isEqualTo("昌城镇、林家村镇");
        Document pilotList = pages.page(get(page.getElementById("figure-four-party").attr("href")).with(users.office()));
        assertThat(pilotList.select("tbody td:first-child a").eachText())
                .containsExactly("龙都街道杨春社区", "龙都街道岔道口社区", "枳沟镇东枳沟社区", "枳沟镇乔庄社区");
        Document donated = pages.page(get(page.getElementById("figure-donations").attr("href")).with(users.office()));
        assertThat(donated.select("tbody tr").get(0).child(3).text()).isEqualTo("1.22");

        // by town: the activity across two towns is the city's own row
        assertThat(page.getElementById("by-area").text()).contains("诸城市（跨下级区域）", "龙都街道", "林家村镇");
    }

    @Test
    void recordingAStudentAidMakesTheFigureFollow() throws Exception {
        mvc.perform(newActivity("townIds", town("370782110"), "kinds", "STUDENT_AID", "studentsAided", "6", "peopleHelped", "6")
                .with(users.office())).andExpect(redirectedUrlPattern("/community-services/activities/*"));
        settle();
        Document page = pages.page(get("/community-services").param("year", "2015").with(users.office()));
        assertThat(figure(page, "figure-students")).isEqualTo("17");
        assertThat(figure(page, "figure-activities")).isEqualTo("12");
    }

    @Test
    void badActivitiesComeBackAsMessagesAndSaveNothing() throws Exception {
        long before = activities.count();
        pages.expectMessage(newActivity("title", "").with(users.office()), "必填");
        pages.expectMessage(newActivity("kinds", "PICNIC").with(users.office()), "格式不正确");
        pages.expectMessage(newActivity("kinds", "").with(users.office()), "请至少选择一个活动类别");
        pages.expectMessage(newActivity("townIds", "").with(users.office()), "请至少选择一个举办镇街或社区");
        pages.expectMessage(newActivity("peopleHelped", "-1").with(users.office()), "不能为负数");
        pages.expectMessage(newActivity("money", "-0.5").with(users.office()), "不能为负数");
        pages.expectMessage(newActivity("peopleHelped", "2000000").with(users.office()), "不能大于 1000000");
        pages.expectMessage(newActivity("studentsAided", "3").with(users.office()), "只有助学活动才填捐助学生数");
        pages.expectMessage(newActivity("kinds", "STUDENT_AID", "studentsAided", "30", "peopleHelped", "20").with(users.office()),
                "受益人数不能少于捐助学生数（30）");
        pages.expectMessage(newActivity("heldOn", "1899-05-01").with(users.office()), "日期须在 2000 年至 2100 年之间");
        pages.expectMessage(newActivity("heldOn", "2999-05-01").with(users.office()), "日期须在 2000 年至 2100 年之间");
        pages.expectMessage(newActivity("notes", "长".repeat(10_000)).with(users.office()), "不能超过 2000 个字符");
        pages.expectMessage(newActivity("townIds", town("370782105") + "," + regions.findByCode("370782105001").orElseThrow().id())
                .with(users.office()), "请选择您管辖范围内的镇街或社区");
        assertThat(activities.count()).isEqualTo(before);
    }

    @Test
    void aTownUserSeesAndRecordsOnlyActivitiesHeldInTheirTown() throws Exception {
        Document summary = pages.page(get("/community-services").param("year", "2015").with(users.changcheng()));
        assertThat(figure(summary, "figure-activities")).isEqualTo("1");
        assertThat(figure(summary, "figure-students")).isEqualTo("0");
        Document list = pages.page(get("/community-services/activities").param("year", "2015").with(users.changcheng()));
        assertThat(list.select("tbody td:nth-child(2)").eachText()).containsExactly("社区志愿者环境整治行动");

        WelfareActivity across = activity("“金色年华”助学活动", 2015);
        mvc.perform(get("/community-services/activities/{id}", across.getId()).with(users.changcheng()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/community-services/activities/{id}", across.getId()).with(users.office()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("昌城镇")))
                .andExpect(content().string(containsString("林家村镇")));

        // the office sees it among the activities held in 昌城镇
        Document heldIn = pages.page(get("/community-services/activities").param("year", "2015").param("at", "370782105")
                .with(users.office()));
        assertThat(heldIn.select("tbody td:nth-child(2)").eachText())
                .containsExactlyInAnyOrder("社区志愿者环境整治行动", "“金色年华”助学活动");

        long before = activities.count();
        String changcheng = town("370782105");
        String linjiacun = town("370782108");
        settle();
        mvc.perform(newActivity("townIds", changcheng + "," + linjiacun).with(users.changcheng()))
                .andExpect(content().string(containsString("请选择您管辖范围内的镇街或社区")));
        assertThat(activities.count()).isEqualTo(before);
        mvc.perform(newActivity("townIds", changcheng).with(users.changcheng()))
                .andExpect(redirectedUrlPattern("/community-services/activities/*"));
        assertThat(activities.count()).isEqualTo(before + 1);
    }

    @Test
    void aTownUserCannotReachAnotherTownsPairingOrPilot() throws Exception {
        EnterprisePairing huizhong = pairings.findAll().get(0);
        FourPartyPilot yangchun = pilots.findAll().get(0);
        settle();
        mvc.perform(get("/community-services/pairings/{id}", huizhong.getId()).with(users.changcheng()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/community-services/pairings/{id}/donations/new", huizhong.getId()).with(csrf())
                .with(users.changcheng()).param("donatedOn", "2015-06-01").param("money", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/community-services/four-party/{id}", yangchun.getId()).with(users.changcheng()))
                .andExpect(status().isNotFound());
        long other = regions.findByCode("370782002003").orElseThrow().id();
        settle();
        long before = pilots.count();
        mvc.perform(newPilot(other).with(users.changcheng()))
                .andExpect(content().string(containsString("请选择您管辖范围内的社区")));
        assertThat(pilots.count()).isEqualTo(before);
    }

    @Test
    void theLeaderReadsButCannotSave() throws Exception {
        mvc.perform(get("/community-services/pairings").param("year", "2015").with(users.leader())).andExpect(status().isOk())
                .andExpect(content().string(containsString("惠众胶带公司")));
        long before = activities.count();
        mvc.perform(newActivity().with(users.leader())).andExpect(status().isForbidden());
        assertThat(activities.count()).isEqualTo(before);
    }

    @Test
    void donationsAreEnteredAndRemovedOneByOne() throws Exception {
        EnterprisePairing huizhong = pairings.findAll().get(0);
        long id = huizhong.getId();
        settle();
        mvc.perform(get("/community-services/pairings/{id}", id).with(users.office())).andExpect(status().isOk())
                .andExpect(content().string(containsString("捐赠乒乓球台、健身器材等文体器材。")))
                .andExpect(content().string(containsString("高标准建设文体活动室")));
        long before = donations.count();
        pages.expectMessage(donation(id, "2015-03-01", "1", "0"), "捐赠日期不能早于结对日期（2015-04-10）");
        pages.expectMessage(donation(id, "2015-06-01", "0", "0"), "资金和物资不能都为零");
        pages.expectMessage(donation(id, "2015-06-01", "-1", "2"), "不能为负数");
        pages.expectMessage(donation(id, "", "1", "0"), "必填");
        assertThat(donations.count()).isEqualTo(before);

        mvc.perform(donation(id, "2015-10-01", "0.78", "0")).andExpect(redirectedUrl("/community-services/pairings/" + id));
        settle();
        Document page = pages.page(get("/community-services").param("year", "2015").with(users.office()));
        assertThat(figure(page, "figure-donations")).isEqualTo("2.00");
        PairingDonation added = donations.findAll().stream().filter(d -> d.getMoney().compareTo(new BigDecimal("0.78")) == 0)
                .findFirst().orElseThrow();
        settle();
        mvc.perform(post("/community-services/pairings/{id}/donations/{d}/delete", id, added.getId()).with(csrf())
                .with(users.office())).andExpect(redirectedUrl("/community-services/pairings/" + id));
        settle();
        assertThat(figure(pages.page(get("/community-services").param("year", "2015").with(users.office())), "figure-donations"))
                .isEqualTo("1.22");
    }

    @Test
    void aPairingDoesNotBeginAfterItsFirstDonation() throws Exception {
        EnterprisePairing huizhong = pairings.findAll().get(0);
        settle();
        mvc.perform(post("/community-services/pairings/{id}/edit", huizhong.getId()).with(csrf()).with(users.office())
                        .param("version", huizhong.getVersion().toString()).param("enterprise", "惠众胶带公司")
                        .param("communityId", huizhong.getCommunityId().toString()).param("since", "2015-06-01"))
                .andExpect(content().string(containsString("结对日期不能晚于第一笔捐赠（2015-04-28）")));
        long community = regions.findByCode("370782105002").orElseThrow().id();
        settle();
        mvc.perform(post("/community-services/pairings/new").with(csrf()).with(users.changcheng()).param("enterprise", "得利斯集团")
                        .param("communityId", String.valueOf(community)).param("since", "2015-03-01").param("built", "健身广场"))
                .andExpect(redirectedUrlPattern("/community-services/pairings/*"));
    }

    @Test
    void aCommunityIsAFourPartyPilotOnceAYear() throws Exception {
        long yangchun = regions.findByCode("370782002001").orElseThrow().id();
        long qiujia = regions.findByCode("370782002003").orElseThrow().id();
        settle();
        long before = pilots.count();
        pages.expectMessage(newPilot(yangchun).with(users.office()), "龙都街道杨春社区2015年已是“四社联动”试点");
        pages.expectMessage(newPilot(qiujia, "volunteers", "-2").with(users.office()), "不能为负数");
        pages.expectMessage(newPilot(qiujia, "pilotYear", "3000").with(users.office()), "不能大于 2100");
        assertThat(pilots.count()).isEqualTo(before);
        mvc.perform(newPilot(qiujia).with(users.office())).andExpect(redirectedUrlPattern("/community-services/four-party/*"));
        settle();
        assertThat(figure(pages.page(get("/community-services").param("year", "2015").with(users.office())), "figure-four-party"))
                .isEqualTo("5");
    }

    @Test
    void aPilotsPageShowsItsFiguresAndTheDocumentItCites() throws Exception {
        mvc.perform(get("/community-services/four-party").param("region", "370782").with(users.office()))
                .andExpect(redirectedUrl("/community-services/four-party?region=370782&year=2015"));
        FourPartyPilot yangchun = pilots.findAll().stream().filter(p -> p.getNotes() != null).findFirst().orElseThrow();
        settle();
        Document page = pages.page(get("/community-services/four-party/{id}", yangchun.getId()).with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("龙都街道杨春社区 · 2015年“四社联动”试点");
        assertThat(page.select("dt").eachText()).containsExactly("社区", "试点年度", "社区社会组织（个）", "社会工作专业人才（名）",
                "社区志愿者（名）", "依据文件", "备注");
        assertThat(page.select("dd").eachText()).contains("2015", "4", "3", "120", "以社区为平台，社区社会组织为载体。");
        assertThat(page.select("dd").text()).contains("（诸社办发〔2015〕5号）");
        Document form = pages.page(get("/community-services/four-party/{id}/edit", yangchun.getId()).with(users.office()));
        assertThat(form.select("h1").text()).isEqualTo("编辑“四社联动”试点");
        assertThat(form.select("select[name=documentId] option[selected]").text()).contains("诸社办发〔2015〕5号");

        long qiujia = regions.findByCode("370782002003").orElseThrow().id();
        String smart = String.valueOf(documentRegister.findByNumber("诸社办发〔2015〕1号").orElseThrow().id());
        settle();
        long before = pilots.count();
        pages.expectMessage(newPilot(qiujia, "documentId", smart).with(users.office()), "请选择社区服务工作的文件");
        assertThat(pilots.count()).isEqualTo(before);
    }

    @Test
    void theFormsOfPairingsAndActivitiesOpenWithTheirValues() throws Exception {
        EnterprisePairing huizhong = pairings.findAll().get(0);
        WelfareActivity activity = activity("社区志愿者环境整治行动", 2015);
        Document pairing = pages.page(get("/community-services/pairings/{id}/edit", huizhong.getId()).with(users.office()));
        assertThat(pairing.select("h1").text()).isEqualTo("编辑结对帮扶");
        assertThat(pairing.getElementById("enterprise").val()).isEqualTo("惠众胶带公司");
        assertThat(pairing.text()).contains("结对日期不能晚于第一笔捐赠。");
        Document edit = pages.page(get("/community-services/activities/{id}/edit", activity.getId()).with(users.office()));
        assertThat(edit.select("h1").text()).isEqualTo("编辑公益活动");
        assertThat(edit.getElementById("title").val()).isEqualTo("社区志愿者环境整治行动");
        Document blank = pages.page(get("/community-services/activities/new").with(users.office()));
        assertThat(blank.select("h1").text()).isEqualTo("登记公益活动");
        assertThat(blank.getElementById("peopleHelped").val()).isEqualTo("0");
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeKept() throws Exception {
        WelfareActivity activity = activity("社区志愿者环境整治行动", 2015);
        long stale = activity.getVersion();
        mvc.perform(editActivity(activity, stale, "peopleHelped", "500").with(users.changcheng()))
                .andExpect(redirectedUrl("/community-services/activities/" + activity.getId()));
        settle();
        mvc.perform(editActivity(activity, stale, "peopleHelped", "600").with(users.office()))
                .andExpect(content().string(containsString("该记录已被他人修改，请核对后重新提交")));
        settle();
        assertThat(activities.findById(activity.getId()).orElseThrow().getPeopleHelped()).isEqualTo(500);
    }

    @Test
    void aPublishedYearCannotBeChanged() throws Exception {
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(2015, city.path(), city.name(), "office", java.time.Instant.now());
        WelfareActivity activity = activity("社区志愿者环境整治行动", 2015);
        mvc.perform(editActivity(activity, activity.getVersion(), "peopleHelped", "500").with(users.office()))
                .andExpect(content().string(containsString("诸城市2015年的数据已发布锁定")));
        EnterprisePairing huizhong = pairings.findAll().get(0);
        settle();
        mvc.perform(donation(huizhong.getId(), "2015-10-01", "1", "0")).andExpect(content().string(containsString("已发布锁定")));
        settle();
        assertThat(activities.findById(activity.getId()).orElseThrow().getPeopleHelped()).isEqualTo(460);
    }

    @Test
    void theCommunityPageShowsItsPairingPilotAndActivities() throws Exception {
        long banbian = regions.findByCode("370782108001").orElseThrow().id();
        settle();
        mvc.perform(get("/regions/{id}", banbian).with(users.office()))
                .andExpect(content().string(containsString("惠众胶带公司 结对帮扶（2015-04-10 起），累计捐资捐物 1.22 万元")))
                .andExpect(content().string(containsString("半边井子社区文体活动室启用暨文艺演出")));
    }

    private String town(String code) {
        return String.valueOf(regions.findByCode(code).orElseThrow().id());
    }

    private WelfareActivity activity(String title, int year) {
        WelfareActivity found = activities.findAll().stream()
                .filter(a -> a.getTitle().equals(title) && a.getHeldOn().getYear() == year).findFirst().orElseThrow();
        settle();
        return found;
    }

    /** A new-activity form held in 桃林镇, the defaults replaced by {@code overrides} (name, value …; lists comma-separated). */
    private MockHttpServletRequestBuilder newActivity(String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", "社区志愿服务");
        params.put("kinds", "VOLUNTEER");
        params.put("heldOn", "2015-06-06");
        params.put("townIds", town("370782110"));
        params.put("organiser", "桃林镇人民政府");
        params.put("peopleHelped", "50");
        params.put("studentsAided", "0");
        params.put("money", "0.2");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/community-services/activities/new").with(csrf());
        params.forEach((name, value) -> request.param(name, value.split(",")));
        settle();
        return request;
    }

    private MockHttpServletRequestBuilder editActivity(WelfareActivity activity, long version, String name, String value) {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("version", new String[] {String.valueOf(version)});
        params.put("title", new String[] {activity.getTitle()});
        params.put("kinds", activity.getKinds().stream().map(Enum::name).toArray(String[]::new));
        params.put("heldOn", new String[] {activity.getHeldOn().toString()});
        params.put("communityIds", activity.getPlaceIds().stream().map(String::valueOf).toArray(String[]::new));
        params.put("organiser", new String[] {activity.getOrganiser()});
        params.put("peopleHelped", new String[] {String.valueOf(activity.getPeopleHelped())});
        params.put("studentsAided", new String[] {"0"});
        params.put(name, new String[] {value});
        MockHttpServletRequestBuilder request = post("/community-services/activities/{id}/edit", activity.getId()).with(csrf());
        params.forEach(request::param);
        return request;
    }

    /** A new-pilot form for 2015, the defaults replaced by {@code overrides} (name, value …). */
    private MockHttpServletRequestBuilder newPilot(long community, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("communityId", String.valueOf(community));
        params.put("pilotYear", "2015");
        params.put("socialOrganisations", "2");
        params.put("socialWorkers", "1");
        params.put("volunteers", "30");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/community-services/four-party/new").with(csrf());
        params.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder donation(long pairing, String date, String money, String goods) {
        return post("/community-services/pairings/{id}/donations/new", pairing).with(csrf()).with(users.office())
                .param("donatedOn", date).param("money", money).param("goods", goods).param("description", "测试捐赠");
    }

    /** Ends the requests' unit of work as a commit would, so the next request reads from the database. */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }
}
