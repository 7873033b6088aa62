package cn.shequ.platform.ecotown;

import static cn.shequ.platform.support.Pages.figure;
import static cn.shequ.platform.support.Pages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.support.PagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The eco-town pages: the summary and its links, the compliance page, the forms, the data scope and the roles. */
class EcoTownPagesTest extends PagesTestSupport {

    static final String BEILAOTUN = "370782101003";
    static final String SHIMEN = "370782110002";

    @Autowired
    EcoProjects projects;

    @Autowired
    EcoProjectReports reports;

    @Autowired
    EcoCooperatives cooperatives;

    @Autowired
    EcoDesignations designations;

    @Autowired
    EcoPlans plans;

    @Autowired
    EcoRiversides riversides;

    @Autowired
    EcoStaffCounts staff;

    @Autowired
    EcoParks parks;

    @Autowired
    EcoInfrastructures infrastructure;

    @Autowired
    EcoRecordService records;

    @Test
    void theSummaryShowsTheYearbookFiguresAndEachLinksToWhatItCounts() throws Exception {
        Document page = pages.page(get("/eco-towns").param("year", "2015").with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("2015年生态小镇和农村新型社区建设 · 诸城市");
        assertThat(figure(page, "figure-seat-communities")).isEqualTo("6");
        assertThat(figure(page, "figure-eco-towns")).isEqualTo("16");
        assertThat(figure(page, "figure-planned-investment")).isEqualTo("13.7");
        assertThat(figure(page, "figure-actual-investment")).isEqualTo("11.0");
        assertThat(figure(page, "figure-completion-rate")).isEqualTo("完成率 80%");
        assertThat(figure(page, "figure-households")).isEqualTo("3,350");
        assertThat(figure(page, "figure-basically-built")).isEqualTo("6");
        assertThat(figure(page, "figure-plans")).isEqualTo("12");
        assertThat(figure(page, "figure-demonstration")).isEqualTo("3");
        assertThat(figure(page, "figure-awards")).isEqualTo("奖励资金 40 万元");
        assertThat(figure(page, "figure-riverside")).isEqualTo("11");
        assertThat(figure(page, "figure-riverside-towns")).isEqualTo("9");
        assertThat(figure(page, "figure-land-quota")).isEqualTo("100");
        assertThat(figure(page, "figure-falling-short")).isEqualTo("1");
        for (String id : new String[] {"figure-seat-communities", "figure-eco-towns", "figure-basically-built", "figure-plans",
                "figure-demonstration", "figure-riverside"}) {
            String href = page.getElementById(id).attr("href");
            assertThat(total(pages.page(get(href).with(users.office())))).as(id + " → " + href)
                    .isEqualTo(Long.parseLong(figure(page, id)));
        }
        assertThat(total(pages.page(get(page.getElementById("figure-assessed").attr("href")).with(users.office())))).isEqualTo(6);
        assertThat(total(pages.page(get(page.getElementById("figure-planned-investment").attr("href")).with(users.office()))))
                .isEqualTo(22);
        Document riverside = pages.page(get(page.getElementById("figure-riverside-towns").attr("href")).with(users.office()));
        assertThat(riverside.select("tbody td:first-child a").eachText().stream().map(n -> n.substring(0, n.indexOf("镇") > 0
                && n.indexOf("镇") < n.indexOf("社区") ? n.indexOf("镇") + 1 : n.indexOf("道") + 1)).distinct()).hasSize(9);
        Document compliance = pages.page(get(page.getElementById("figure-falling-short").attr("href")).with(users.office()));
        assertThat(compliance.select("#compliance tbody tr")).hasSize(1);
        assertThat(compliance.select("#compliance tbody").text()).contains("龙都街道岔道口社区", "社区工作人员 3 人，少于标准 5 人（2180 户）",
                "特色产业园区 0 个，少于标准 1 个", "基础设施未实现：环境绿化、通水、通气（暖）、通电话、污水集中处理");
    }

    @Test
    void removingTheLastCooperativeOfAKeyCommunityMakesItAppearOnTheCompliancePage() throws Exception {
        mvc.perform(get("/eco-towns/compliance").param("year", "2015").with(users.office()))
                .andExpect(content().string(not(containsString("枳沟镇北老屯社区"))));
        EcoCooperative last = cooperatives.findByCommunityId(community(BEILAOTUN).id(), Sort.by("id")).get(0);
        settle();
        mvc.perform(post("/eco-towns/cooperatives/{id}/delete", last.getId()).with(csrf()).with(users.office()))
                .andExpect(redirectedUrlPattern("/eco-towns/communities/*"))
                .andExpect(flash().attribute("message", "record.deleted"));
        settle();
        Document compliance = pages.page(get("/eco-towns/compliance").param("year", "2015").with(users.office()));
        assertThat(compliance.select("#compliance tbody").text()).contains("枳沟镇北老屯社区", "农民专业合作社 0 家，少于标准 1 家");
        assertThat(compliance.getElementById("compliance-counts").text()).isEqualTo("共检查 23 个社区，其中 2 个未达标。");
        Document summary = pages.page(get("/eco-towns").param("year", "2015").with(users.office()));
        assertThat(figure(summary, "figure-falling-short")).isEqualTo("2");
        Document filtered = pages.page(get("/eco-towns/compliance").param("year", "2015").param("reason", "TOO_FEW_COOPERATIVES")
                .with(users.office()));
        assertThat(filtered.select("#compliance tbody tr")).hasSize(1);
    }

    @Test
    void aProgressReportWithHouseholdsRelocatedMovesTheSummary() throws Exception {
        EcoProject shimen = project2015(SHIMEN);
        mvc.perform(report(shimen, "2015-12-28", "90", "3000", "90").with(users.office()))
                .andExpect(redirectedUrlPattern("/eco-towns/*"));
        settle();
        Document summary = pages.page(get("/eco-towns").param("year", "2015").with(users.office()));
        assertThat(figure(summary, "figure-households")).isEqualTo("3,390");
        mvc.perform(get("/eco-towns/{id}", shimen.getId()).with(users.leader()))
                .andExpect(content().string(containsString("累计搬迁入住 90 户")))
                .andExpect(content().string(containsString("修改历史")));
    }

    @Test
    void aReportBelowTheLastHouseholdsOrInvestmentIsRefused() throws Exception {
        EcoProject shimen = project2015(SHIMEN);
        long before = reports.count();
        pages.expectMessage(report(shimen, "2015-12-28", "90", "3000", "40").with(users.office()),
                "累计搬迁入住户数不能少于上一次报告（50 户）");
        pages.expectMessage(report(shimen, "2015-12-28", "90", "2000", "60").with(users.office()), "累计投资不能少于上一次报告");
        pages.expectMessage(report(shimen, "2015-12-28", "90", "3000", "-1").with(users.office()), "不能为负数");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void badProjectInputComesBackAsMessagesAndSavesNothing() throws Exception {
        long nanying = community("370782109002").id();
        long before = projects.count();
        pages.expectMessage(newProject(nanying, "name", "").with(users.office()), "必填");
        pages.expectMessage(newProject(nanying, "plannedInvestment", "-5").with(users.office()), "不能为负数");
        pages.expectMessage(newProject(nanying, "year", "1999").with(users.office()), "不能小于 2000");
        pages.expectMessage(newProject(nanying, "notes", "长".repeat(10_000)).with(users.office()), "不能超过 2000 个字符");
        pages.expectMessage(newProject(nanying, "kind", "PALACE").with(users.office()), "格式不正确");
        pages.expectMessage(newProject(nanying, "assessmentResult", "BUILT").with(users.office()), "未纳入潍坊市考核的项目不填考核结果");
        pages.expectMessage(newProject(community("370782001002").id()).with(users.office()), "重点项目须位于农村新型社区");
        pages.expectMessage(newProject(community(BEILAOTUN).id(), "kind", "ECO_TOWN").with(users.office()), "该社区本年度已有同类重点项目");
        assertThat(projects.count()).isEqualTo(before);
        mvc.perform(newProject(nanying).with(users.office())).andExpect(redirectedUrlPattern("/eco-towns/*"));
        assertThat(projects.count()).isEqualTo(before + 1);
    }

    @Test
    void badInputOnTheOtherFormsComesBackAsMessagesAndSavesNothing() throws Exception {
        long changcheng = community("370782105001").id();
        long hongshan = community("370782105004").id();
        long planCount = plans.count();
        pages.expectMessage(form("/eco-towns/plans/new", "communityId", changcheng, "year", "2015", "name", "昌城社区总体规划",
                "planType", "MASTER", "status", "APPROVED"), "已批复的规划须填写批复日期");
        pages.expectMessage(form("/eco-towns/plans/new", "communityId", changcheng, "year", "2015", "name", "昌城社区总体规划",
                "planType", "MASTER", "status", "DRAFTING", "industryArea", "-1"), "不能为负数");
        assertThat(plans.count()).isEqualTo(planCount);

        long designationCount = designations.count();
        pages.expectMessage(form("/eco-towns/designations/new", "communityId", changcheng, "year", "2015",
                "title", "山东省农村新型示范社区", "level", "PROVINCE"), "该社区2015年已登记过这一称号");
        pages.expectMessage(form("/eco-towns/designations/new", "communityId", changcheng, "year", "2015",
                "title", "潍坊市文明社区", "level", "PREFECTURE", "awardPurpose", "污水处理"), "填写资金用途时须填写奖励资金");
        pages.expectMessage(form("/eco-towns/designations/new", "communityId", changcheng, "year", "2015",
                "title", "潍坊市文明社区", "level", "COUNTY"), "格式不正确");
        assertThat(designations.count()).isEqualTo(designationCount);

        long riversideCount = riversides.count();
        pages.expectMessage(form("/eco-towns/riverside/new", "communityId", hongshan, "year", "2015", "landQuota", "10"),
                "沿河重点社区须是区划登记为沿河的社区");
        pages.expectMessage(form("/eco-towns/riverside/new", "communityId", changcheng, "year", "2015", "landQuota", "10"),
                "该社区2015年已登记为沿河重点社区");
        assertThat(riversides.count()).isEqualTo(riversideCount);

        long staffCount = staff.count();
        pages.expectMessage(form("/eco-towns/staff/new", "communityId", changcheng, "asOf", "2015-09-30", "workers", "-2"), "不能为负数");
        pages.expectMessage(form("/eco-towns/staff/new", "communityId", changcheng, "asOf", "2215-09-30", "workers", "9"),
                "日期须在 2000 年至 2100 年之间");
        assertThat(staff.count()).isEqualTo(staffCount);

        long cooperativeCount = cooperatives.count();
        pages.expectMessage(form("/eco-towns/cooperatives/new", "communityId", changcheng, "name", "合".repeat(10_000),
                "foundedOn", "2015-04-01"), "不能超过 100 个字符");
        pages.expectMessage(form("/eco-towns/cooperatives/new", "communityId", changcheng, "name", "昌城果蔬专业合作社",
                "foundedOn", "2015-04-01"), "该社区已有同名合作社");
        assertThat(cooperatives.count()).isEqualTo(cooperativeCount);

        long parkCount = parks.count();
        pages.expectMessage(form("/eco-towns/parks/new", "communityId", changcheng, "name", "昌城农业园", "kind", "MINING",
                "establishedOn", "2015-04-01"), "格式不正确");
        pages.expectMessage(form("/eco-towns/parks/new", "communityId", changcheng, "name", "昌城农业园", "kind", "AGRICULTURE",
                "area", "-3", "establishedOn", "2015-04-01"), "不能为负数");
        assertThat(parks.count()).isEqualTo(parkCount);
    }

    @Test
    void theInfrastructureChecklistFollowsTheCommunityAndRefusesAStaleSave() throws Exception {
        CommunityRef beilaotun = community(BEILAOTUN);
        EcoInfrastructureForm checklist = records.checklist(beilaotun.id());
        settle();
        Map<String, String> params = checklistParams(checklist);
        params.put("rows[15].achievedOn", "");
        params.put("rows[0].achievedOn", "1990-01-01");
        pages.expectMessage(post("/eco-towns/communities/{id}/infrastructure/edit", beilaotun.id()).with(csrf())
                .with(users.office()).params(multi(params)), "日期须在 2000 年至 2100 年之间");
        settle();
        assertThat(infrastructure.findByCommunityId(beilaotun.id(), Sort.unsorted())).hasSize(16);

        params.put("rows[0].achievedOn", "2015-03-20");
        mvc.perform(post("/eco-towns/communities/{id}/infrastructure/edit", beilaotun.id()).with(csrf())
                .with(users.office()).params(multi(params))).andExpect(redirectedUrlPattern("/eco-towns/communities/*"));
        settle();
        assertThat(infrastructure.findByCommunityId(beilaotun.id(), Sort.unsorted())).hasSize(15);
        mvc.perform(get("/eco-towns/communities/{id}", beilaotun.id()).param("year", "2015").with(users.office()))
                .andExpect(content().string(containsString("基础设施未实现：垃圾集中处理")));
        Document compliance = pages.page(get("/eco-towns/compliance").param("year", "2015").with(users.office()));
        assertThat(compliance.select("#compliance tbody").text()).contains("枳沟镇北老屯社区");

        mvc.perform(post("/eco-towns/communities/{id}/infrastructure/edit", beilaotun.id()).with(csrf())
                        .with(users.office()).params(multi(params)))
                .andExpect(content().string(containsString("该记录已被他人修改，请核对后重新提交")));
    }

    @Test
    void theOfficeEditsTheInfrastructureListAndTheCheckFollows() throws Exception {
        mvc.perform(form("/eco-towns/infrastructure-items/new", "group", "EIGHT_CONNECTIONS", "name", "通燃气",
                "sortOrder", "19", "active", "true")).andExpect(redirectedUrlPattern("/eco-towns/infrastructure-items/*"));
        settle();
        Document compliance = pages.page(get("/eco-towns/compliance").param("year", "2015").with(users.office()));
        assertThat(compliance.getElementById("compliance-counts").text()).isEqualTo("共检查 23 个社区，其中 23 个未达标。");
        pages.expectMessage(form("/eco-towns/infrastructure-items/new", "group", "EIGHT_CONNECTIONS", "name", "通燃气",
                "sortOrder", "20", "active", "true"), "该类别已有同名项目");
        mvc.perform(get("/eco-towns/infrastructure-items/new").with(users.changcheng())).andExpect(status().isForbidden());
        mvc.perform(post("/eco-towns/infrastructure-items/new").with(csrf()).with(users.changcheng())
                .param("group", "EIGHT_CONNECTIONS").param("name", "通天然气").param("sortOrder", "20"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTownUserSeesAndChangesOnlyTheirOwnTown() throws Exception {
        Document list = pages.page(get("/eco-towns").param("year", "2015").with(users.changcheng()));
        assertThat(total(list)).isEqualTo(2);
        assertThat(list.select("tbody td:nth-child(2) a").eachText()).allSatisfy(n -> assertThat(n).startsWith("昌城镇"));
        assertThat(figure(list, "figure-seat-communities")).isEqualTo("1");

        EcoProject other = project2015(BEILAOTUN);
        long otherCommunity = community(BEILAOTUN).id();
        EcoCooperative otherCooperative = cooperatives.findByCommunityId(otherCommunity, Sort.by("id")).get(0);
        settle();
        mvc.perform(get("/eco-towns/{id}", other.getId()).with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(get("/eco-towns/cooperatives/{id}", otherCooperative.getId()).with(users.changcheng()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/eco-towns/cooperatives/{id}/delete", otherCooperative.getId()).with(csrf())
                .with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(get("/eco-towns/communities/{id}", otherCommunity).with(users.changcheng()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/eco-towns/compliance").param("year", "2015").param("region", "370782101").with(users.changcheng()))
                .andExpect(status().isForbidden());
        settle();
        assertThat(cooperatives.findById(otherCooperative.getId())).isPresent();

        long before = projects.count();
        long nanying = community("370782109002").id();
        long hongshan = community("370782105004").id();
        settle();
        mvc.perform(newProject(nanying).with(users.changcheng()))
                .andExpect(content().string(containsString("请选择您管辖范围内的社区")));
        assertThat(projects.count()).isEqualTo(before);
        mvc.perform(newProject(hongshan).with(users.changcheng()))
                .andExpect(redirectedUrlPattern("/eco-towns/*"));
    }

    @Test
    void theLeaderReadsButCannotSave() throws Exception {
        mvc.perform(get("/eco-towns").param("year", "2015").with(users.leader())).andExpect(status().isOk());
        mvc.perform(get("/eco-towns/compliance").param("year", "2015").with(users.leader())).andExpect(status().isOk());
        mvc.perform(newProject(community("370782109002").id()).with(users.leader())).andExpect(status().isForbidden());
        EcoCooperative any = cooperatives.findAll().get(0);
        mvc.perform(post("/eco-towns/cooperatives/{id}/delete", any.getId()).with(csrf()).with(users.leader()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPublishedYearCannotBeChanged() throws Exception {
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(2015, city.path(), city.name(), "office", Instant.now());
        EcoProject shimen = project2015(SHIMEN);
        pages.expectMessage(report(shimen, "2015-12-28", "90", "3000", "90").with(users.office()), "诸城市2015年的数据已发布锁定");
        pages.expectMessage(newProject(community("370782109002").id()).with(users.office()), "已发布锁定");

        EcoCooperative old = cooperatives.findByCommunityId(community(BEILAOTUN).id(), Sort.by("id")).get(0);
        locks.lock(old.getFoundedOn().getYear(), city.path(), city.name(), "office", Instant.now());
        settle();
        mvc.perform(post("/eco-towns/cooperatives/{id}/delete", old.getId()).with(csrf()).with(users.office()))
                .andExpect(redirectedUrlPattern("/eco-towns/cooperatives/*"))
                .andExpect(flash().attribute("problem", containsString("已发布锁定")));
        settle();
        assertThat(cooperatives.findById(old.getId())).isPresent();
        mvc.perform(newProject(community("370782109002").id(), "year", "2016").with(users.office()))
                .andExpect(redirectedUrlPattern("/eco-towns/*"));
    }

    @Test
    void theCommunityPagesShowWhatTheModuleKnows() throws Exception {
        CommunityRef changcheng = community("370782105001");
        mvc.perform(get("/regions/{id}", changcheng.id()).with(users.office()))
                .andExpect(content().string(containsString("/eco-towns/communities/" + changcheng.id())));
        Document page = pages.page(get("/eco-towns/communities/{id}", changcheng.id()).param("year", "2015").with(users.leader()));
        assertThat(page.getElementById("standards-result").text()).isEqualTo("达标");
        assertThat(page.text()).contains("山东省农村新型示范社区", "奖励 14 万元 污水处理", "按标准应配社区工作人员 8 人", "昌城果蔬专业合作社");
        Document designation = pages.page(get("/eco-towns/designations").param("year", "2015").param("level", "PROVINCE")
                .with(users.leader()));
        assertThat(designation.select("tbody td:first-child a").eachText())
                .containsExactly("相州镇相州社区", "昌城镇昌城社区", "辛兴镇辛兴社区");
    }

    @Test
    void theOtherListsFilterAndTheRecordPagesShowTheirHistory() throws Exception {
        assertThat(total(pages.page(get("/eco-towns/plans").param("year", "2015").param("status", "APPROVED").with(users.office()))))
                .isEqualTo(18);
        assertThat(total(pages.page(get("/eco-towns/riverside").param("year", "2015").param("featured", "true").with(users.office()))))
                .isEqualTo(2);
        assertThat(total(pages.page(get("/eco-towns/parks").param("q", "北老屯").with(users.office())))).isEqualTo(1);
        assertThat(total(pages.page(get("/eco-towns/cooperatives").param("region", "370782105").with(users.office())))).isEqualTo(3);
        assertThat(total(pages.page(get("/eco-towns/staff").param("year", "2015").with(users.office())))).isEqualTo(23);
        assertThat(total(pages.page(get("/eco-towns/infrastructure-items").with(users.leader())))).isEqualTo(16);
        EcoPlan plan = plans.findAll().get(0);
        mvc.perform(get("/eco-towns/plans/{id}", plan.getId()).with(users.leader()))
                .andExpect(content().string(containsString(plan.getName())))
                .andExpect(content().string(containsString("修改历史")));
    }

    private EcoProject project2015(String code) {
        long id = community(code).id();
        EcoProject project = projects.findAll().stream().filter(p -> p.getYear() == 2015 && p.getCommunityId() == id)
                .findFirst().orElseThrow();
        settle();
        return project;
    }

    private MockHttpServletRequestBuilder report(EcoProject project, String date, String percent, String invested,
            String households) {
        EcoProject current = projects.findById(project.getId()).orElseThrow();
        settle();
        return post("/eco-towns/{id}/reports/new", project.getId()).with(csrf())
                .param("version", current.getVersion().toString()).param("reportDate", date)
                .param("status", "UNDER_CONSTRUCTION").param("percentComplete", percent)
                .param("investmentToDate", invested).param("householdsRelocated", households);
    }

    /** A new key-project form for a community, the defaults replaced by {@code overrides} (name, value …). */
    private MockHttpServletRequestBuilder newProject(long community, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", "SEAT_COMMUNITY");
        params.put("name", "测试驻地农村新型社区");
        params.put("communityId", String.valueOf(community));
        params.put("year", "2015");
        params.put("plannedInvestment", "8000");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/eco-towns/new").with(csrf());
        params.forEach(request::param);
        return request;
    }

    /** A POST of a form by the office user. */
    private MockHttpServletRequestBuilder form(String path, Object... nameValues) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(users.office());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param((String) nameValues[i], String.valueOf(nameValues[i + 1]));
        }
        return request;
    }

    private static Map<String, String> checklistParams(EcoInfrastructureForm form) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("stamp", form.getStamp());
        List<EcoInfrastructureForm.Row> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            params.put("rows[" + i + "].itemId", String.valueOf(rows.get(i).getItemId()));
            params.put("rows[" + i + "].achievedOn", rows.get(i).getAchievedOn() == null ? "" : rows.get(i).getAchievedOn().toString());
        }
        return params;
    }

    private static org.springframework.util.MultiValueMap<String, String> multi(Map<String, String> params) {
        org.springframework.util.LinkedMultiValueMap<String, String> map = new org.springframework.util.LinkedMultiValueMap<>();
        params.forEach(map::add);
        return map;
    }

    /** Ends the requests' unit of work as a commit would, so the next request reads from the database. */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }
}
