package cn.shequ.platform.servicecenter;

import static cn.shequ.platform.support.Pages.figure;
import static cn.shequ.platform.support.Pages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.support.PagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The service-center pages: the summary and its links, the forms, and the data scope. */
class ServiceCenterPagesTest extends PagesTestSupport {

    @Autowired
    ServiceCenterProjects projects;

    @Autowired
    ServiceCenterReports reports;

    @Test
    void theOfficeSeesTheSummaryAndEachFigureListsExactlyWhatItCounts() throws Exception {
        Document page = pages.page(get("/service-centers").param("year", "2015").with(users.office()));
        assertThat(page.select("h1").text()).isEqualTo("2015年社区服务中心改造提升 · 诸城市");
        assertThat(figure(page, "figure-planned")).isEqualTo("50");
        assertThat(figure(page, "figure-new-build")).isEqualTo("8");
        assertThat(figure(page, "figure-new-build-in-use")).isEqualTo("4");
        for (String id : new String[] {"figure-planned", "figure-new-build", "figure-completed", "figure-in-use",
                "figure-new-build-in-use"}) {
            String href = page.getElementById(id).attr("href");
            Document list = pages.page(get(href).with(users.office()));
            assertThat(total(list)).as(id + " → " + href).isEqualTo(Long.parseLong(figure(page, id)));
        }
        String renovated = page.getElementById("figure-renovation-completed").text();
        Document renovatedList = pages.page(get(page.getElementById("figure-renovation-completed").attr("href")).with(users.office()));
        assertThat(renovated).startsWith(total(renovatedList) + " / 42");
    }

    @Test
    void addingAProjectMakesThePlan51() throws Exception {
        long community = regions.findByCode("370782105001").orElseThrow().id();
        mvc.perform(newProject(community, "NEW_BUILD").with(users.office())).andExpect(redirectedUrlPattern("/service-centers/*"));
        Document page = pages.page(get("/service-centers").param("year", "2015").with(users.office()));
        assertThat(figure(page, "figure-planned")).isEqualTo("51");
        assertThat(figure(page, "figure-new-build")).isEqualTo("9");
    }

    @Test
    void badInputComesBackAsMessagesAndSavesNothing() throws Exception {
        long community = regions.findByCode("370782105001").orElseThrow().id();
        long before = projects.count();
        pages.expectMessage(newProject(community, "RENOVATION").with(users.office()), "改造提升项目须注明利用的现有设施");
        pages.expectMessage(post("/service-centers/new").with(csrf()).with(users.office()).param("planYear", "2015")
                .param("kind", "NEW_BUILD"), "必填");
        pages.expectMessage(newProject(community, "NEW_BUILD", "floorArea", "-3").with(users.office()), "不能为负数");
        pages.expectMessage(newProject(community, "NEW_BUILD", "plannedInvestment", "-1").with(users.office()), "不能为负数");
        pages.expectMessage(newProject(community, "NEW_BUILD", "plannedStart", "2015-10-01",
                "plannedFinish", "2015-03-01").with(users.office()), "结束日期不能早于开始日期");
        pages.expectMessage(newProject(community, "PALACE").with(users.office()), "格式不正确");
        pages.expectMessage(newProject(community, "NEW_BUILD", "notes", "长".repeat(10_000)).with(users.office()),
                "不能超过 2000 个字符");
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void aProgressReportOutOfOrderIsRefused() throws Exception {
        ServiceCenterProject project = anyProject("370782105", ProjectStatus.IN_USE);
        long before = reports.count();
        pages.expectMessage(report(project, "2015-01-05", "UNDER_CONSTRUCTION", "120").with(users.office()), "不能大于 100");
        pages.expectMessage(report(project, "2015-01-05", "UNDER_CONSTRUCTION", "50").with(users.office()), "状态不能倒退");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void theTownUserSeesAndReportsOnlyTheirOwnTown() throws Exception {
        Document list = pages.page(get("/service-centers").param("year", "2015").with(users.changcheng()));
        long ownTown = total(list);
        assertThat(ownTown).isPositive().isLessThan(50);
        assertThat(list.select("tbody td:first-child a").eachText()).allSatisfy(name -> assertThat(name).startsWith("昌城镇"));

        ServiceCenterProject own = anyProject("370782105", null);
        ServiceCenterProject other = anyProject("370782001", null);
        mvc.perform(get("/service-centers/{id}", other.getId()).with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(report(other, "2016-01-10", "IN_USE", "100").with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(report(own, "2016-01-10", "IN_USE", "100").with(users.changcheng()))
                .andExpect(redirectedUrlPattern("/service-centers/*"));
        settle();
        assertThat(projects.findById(own.getId()).orElseThrow().getProgress().getStatus()).isEqualTo(ProjectStatus.IN_USE);

        long otherCommunity = regions.findByCode("370782001001").orElseThrow().id();
        long before = projects.count();
        settle();
        mvc.perform(newProject(otherCommunity, "NEW_BUILD").with(users.changcheng()))
                .andExpect(content().string(containsString("请选择您管辖范围内的社区")));
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void theLeaderReadsButCannotSave() throws Exception {
        mvc.perform(get("/service-centers").param("year", "2015").with(users.leader())).andExpect(status().isOk());
        long community = regions.findByCode("370782105001").orElseThrow().id();
        mvc.perform(newProject(community, "NEW_BUILD").with(users.leader())).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeKept() throws Exception {
        ServiceCenterProject project = anyProject("370782105", null);
        long staleVersion = project.getVersion();
        mvc.perform(report(project, "2016-01-10", "IN_USE", "100").with(users.changcheng()));
        settle();
        mvc.perform(post("/service-centers/{id}/edit", project.getId()).with(csrf()).with(users.office())
                        .param("version", String.valueOf(staleVersion)).param("communityId", project.getCommunityId().toString())
                        .param("planYear", "2015").param("kind", project.getKind().name())
                        .param("reusedBuilding", project.getReusedBuilding() == null ? "" : project.getReusedBuilding().name())
                        .param("notes", "我的备注"))
                .andExpect(content().string(containsString("该记录已被他人修改，请核对后重新提交")))
                .andExpect(content().string(containsString("我的备注")));
        assertThat(projects.findById(project.getId()).orElseThrow().getNotes()).isNotEqualTo("我的备注");
    }

    @Test
    void aPublishedYearCannotBeChanged() throws Exception {
        var city = regions.findByCode("370782").orElseThrow();
        locks.lock(2015, city.path(), city.name(), "office", java.time.Instant.now());
        ServiceCenterProject project = anyProject("370782105", ProjectStatus.IN_USE);
        mvc.perform(post("/service-centers/{id}/edit", project.getId()).with(csrf()).with(users.office())
                        .param("version", project.getVersion().toString()).param("communityId", project.getCommunityId().toString())
                        .param("planYear", "2015").param("kind", project.getKind().name())
                        .param("reusedBuilding", project.getReusedBuilding() == null ? "" : project.getReusedBuilding().name())
                        .param("notes", "锁定后修改"))
                .andExpect(content().string(containsString("诸城市2015年的数据已发布锁定")));
        long community = regions.findByCode("370782105001").orElseThrow().id();
        mvc.perform(newProject(community, "NEW_BUILD").with(users.office()))
                .andExpect(content().string(containsString("已发布锁定")));
        settle();
        assertThat(projects.findById(project.getId()).orElseThrow().getNotes()).isNotEqualTo("锁定后修改");
        mvc.perform(newProject(community, "NEW_BUILD", "planYear", "2016").with(users.office()))
                .andExpect(redirectedUrlPattern("/service-centers/*"));
    }

    @Test
    void theCommunityPageListsItsServiceCenterProjects() throws Exception {
        ServiceCenterProject project = anyProject("370782105", null);
        mvc.perform(get("/regions/{id}", project.getCommunityId()).with(users.office()))
                .andExpect(content().string(containsString("/service-centers/" + project.getId())));
    }

    @Test
    void theProjectPageShowsTheTimelineAndHistory() throws Exception {
        ServiceCenterProject project = anyProject("370782105", ProjectStatus.IN_USE);
        mvc.perform(get("/service-centers/{id}", project.getId()).with(users.leader()))
                .andExpect(content().string(containsString("服务中心投入使用。")))
                .andExpect(content().string(containsString("修改历史")))
                .andExpect(content().string(containsString("昌城镇")));
    }

    /** A 2015 project of the town (read without keeping it in the test's persistence context). */
    private ServiceCenterProject anyProject(String townCode, ProjectStatus status) {
        String path = regions.ancestorsOf("/370000/370700/370782/" + townCode + "/").get(3).path();
        ServiceCenterProject project = projects.findAll().stream()
                .filter(p -> p.getPlanYear() == 2015 && p.getRegionPath().startsWith(path))
                .filter(p -> status == null || p.getProgress().getStatus() == status)
                .findFirst().orElseThrow();
        settle();
        return project;
    }

    /** A new-project form, the defaults replaced by {@code overrides} (name, value, name, value …). */
    private MockHttpServletRequestBuilder newProject(long community, String kind, String... overrides) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("communityId", String.valueOf(community));
        params.put("planYear", "2015");
        params.put("kind", kind);
        params.put("reusedBuilding", "");
        params.put("plannedStart", "2015-03-01");
        params.put("plannedFinish", "2015-11-30");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/service-centers/new").with(csrf());
        params.forEach(request::param);
        return request;
    }

    /** Ends the requests' unit of work as a commit would, so the next request reads from the database. */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private MockHttpServletRequestBuilder report(ServiceCenterProject project, String date, String status, String percent) {
        ServiceCenterProject current = projects.findById(project.getId()).orElseThrow();
        settle();
        return post("/service-centers/{id}/reports/new", project.getId()).with(csrf())
                .param("version", current.getVersion().toString()).param("reportDate", date)
                .param("status", status).param("percentComplete", percent);
    }
}
