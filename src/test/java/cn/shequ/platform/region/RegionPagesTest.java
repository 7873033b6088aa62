package cn.shequ.platform.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The region pages: browsing, searching, and forms that refuse bad input without saving. */
@IntegrationTest
@Transactional
class RegionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Regions regions;

    @Autowired
    UserDetailsService userDetails;

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
    }

    @Test
    void listsTheTownsAndTheCommunitiesTheYearbookNames() throws Exception {
        mvc.perform(get("/regions").with(users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("密州街道"),
                        org.hamcrest.Matchers.containsString("昌城镇"),
                        org.hamcrest.Matchers.containsString("东山社区"))));
        for (String name : new String[] {"东山社区", "辛兴社区", "半边井子社区", "杨春社区", "岔道口社区", "东枳沟社区", "乔庄社区",
                "北老屯社区", "普庆社区", "昌城社区", "相州社区", "邱家七吉社区"}) {
            mvc.perform(get("/regions").param("q", name).with(users.admin()))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
        }
    }

    @Test
    void searchesByNameAndFiltersByTown() throws Exception {
        Region changcheng = regions.findByCode("370782105").orElseThrow();
        String page = mvc.perform(get("/regions").param("town", changcheng.getId().toString()).with(users.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("昌城社区").doesNotContain("东山社区");

        String found = mvc.perform(get("/regions").param("q", "北老屯").with(users.admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("北老屯社区").doesNotContain("杨春社区");
    }

    @Test
    void pagesAndSortsTheCommunityList() throws Exception {
        String first = mvc.perform(get("/regions").param("sort", "households,desc").with(users.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("共 201 条，第 1/11 页");
        mvc.perform(get("/regions").param("page", "10").with(users.admin()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 11/11 页")));
    }

    @Test
    void showsACommunityWithItsVillages() throws Exception {
        Region beilaotun = regions.findAll().stream().filter(r -> r.getName().equals("北老屯社区")).findFirst().orElseThrow();
        mvc.perform(get("/regions/{id}", beilaotun.getId()).with(users.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("北老屯村"),
                        org.hamcrest.Matchers.containsString("富荣村"),
                        org.hamcrest.Matchers.containsString("枳沟镇"))));
    }

    @Test
    void createsACommunityUnderATown() throws Exception {
        Region town = regions.findByCode("370782105").orElseThrow();
        mvc.perform(newCommunity(town, "370782105901", "测试新社区").param("households", "1200"))
                .andExpect(redirectedUrlPattern("/regions/*"));
        Region saved = regions.findByCode("370782105901").orElseThrow();
        assertThat(saved.getPath()).isEqualTo(town.getPath() + "370782105901/");
        assertThat(saved.getHouseholds()).isEqualTo(1200);
    }

    @Test
    void refusesBadInputWithAMessageOnTheFieldAndSavesNothing() throws Exception {
        Region town = regions.findByCode("370782105").orElseThrow();
        Region community = regions.findByCode("370782105001").orElseThrow();
        long before = regions.count();

        expectFieldError(newCommunity(town, "370782105902", ""), "name", "必填");
        expectFieldError(newCommunity(town, "370782105903", "负数社区").param("households", "-5"), "households", "不能为负数");
        expectFieldError(newCommunity(town, "37078210590X", "坏代码社区"), "code", "区划代码须为 6、9、12 或 15 位数字");
        expectFieldError(newCommunity(town, "370782105001", "重复社区"), "code", "该区划代码已被使用");
        expectFieldError(newCommunity(town, "370782101901", "别镇代码社区"), "code", "区划代码须以上级代码 370782105 开头");
        expectFieldError(newCommunity(town, "370782105904", "长".repeat(10_000)), "name", "不能超过 50 个字符");
        expectFieldError(newCommunity(community, "370782105905", "错级社区"), "parentId", "上级区划须为镇街");
        expectFieldError(post("/regions/new").with(users.admin()).with(csrf()).param("parentId", town.getId().toString())
                .param("level", "COMMUNITY").param("code", "370782105906").param("name", "类型错误社区").param("kind", "CASTLE"),
                "kind", "格式不正确");
        expectFieldError(newCommunity(town, "370782105907", "户数错误社区").param("households", "abc"), "households", "请输入整数");

        assertThat(regions.count()).isEqualTo(before);
    }

    @Test
    void refusesAStaleEditAndKeepsTheOtherUsersChange() throws Exception {
        Region community = regions.findByCode("370782105002").orElseThrow();
        long staleVersion = community.getVersion();
        community.rename("他人改过的名称");
        regions.saveAndFlush(community);

        mvc.perform(post("/regions/{id}/edit", community.getId()).with(users.admin()).with(csrf())
                        .param("version", String.valueOf(staleVersion))
                        .param("name", "我的名称").param("kind", "RURAL_NEW").param("households", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("该记录已被他人修改，请核对后重新提交"),
                        org.hamcrest.Matchers.containsString("他人改过的名称"),
                        org.hamcrest.Matchers.containsString("我的名称"))));
        assertThat(regions.findByCode("370782105002").orElseThrow().getName()).isEqualTo("他人改过的名称");
    }

    @Test
    void unknownRegionIsA404PageWithoutATrace() throws Exception {
        mvc.perform(get("/regions/{id}", 999_999_999L).with(users.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面不存在")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        mvc.perform(get("/regions/{id}", "abc").with(users.admin())).andExpect(status().isNotFound());
    }

    @Test
    void switchesToEnglish() throws Exception {
        mvc.perform(get("/regions").param("lang", "en").with(users.admin()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Search communities by name")));
    }

    @Test
    void anonymousIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/regions")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private MockHttpServletRequestBuilder newCommunity(Region parent, String code, String name) {
        return post("/regions/new").with(users.admin()).with(csrf())
                .param("parentId", parent.getId().toString())
                .param("level", "COMMUNITY")
                .param("code", code)
                .param("name", name)
                .param("kind", "RURAL_NEW");
    }

    private void expectFieldError(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
    }
}
