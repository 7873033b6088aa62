package cn.shequ.platform.record;

import static cn.shequ.platform.support.Pages.form;
import static cn.shequ.platform.support.Pages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shequ.platform.support.PagesTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new simple record kind (the volunteer teams of {@link VolunteerTeams}, one file and its messages)
 * gets every page and check of a placed record: the list with its filters, the forms with their
 * messages, the show page and its History tab, the uniqueness rule, stale edits, the data scope, the
 * year lock and the delete.
 */
class RecordKindTest extends PagesTestSupport {

    static final String PATH = "/example/volunteer-teams";

    @Autowired
    JdbcTemplate jdbc;

    long changcheng;

    long beilaotun;

    @BeforeEach
    void setUp() {
        changcheng = community("370782105001").id();
        beilaotun = community("370782101003").id();
    }

    @Test
    void aTeamIsEnteredListedShownChangedAndDeleted() throws Exception {
        String created = mvc.perform(form(PATH + "/new", users.office(), "communityId", changcheng, "name", " 昌城青年志愿服务队 ",
                        "members", "36", "foundedOn", "2015-03-05", "notes", "助老、环保"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern(PATH + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

        Document shown = pages.page(get(created).with(users.office()));
        assertThat(shown.select("h1").text()).isEqualTo("昌城青年志愿服务队");
        assertThat(shown.select("dl").text()).contains("服务队名称", "队员人数 36", "成立日期 2015-03-05", "备注 助老、环保", "昌城镇");
        assertThat(shown.select(".breadcrumb").text()).isEqualTo("志愿服务 志愿服务队 昌城青年志愿服务队");

        Document list = pages.page(get(PATH).param("year", "2015").param("q", "青年").with(users.office()));
        assertThat(list.select("h1").text()).isEqualTo("志愿服务队");
        assertThat(total(list)).isEqualTo(1);
        assertThat(list.select("thead th").eachText()).containsExactly("服务队名称", "社区 ▲", "队员人数", "成立日期");
        assertThat(list.select("tbody tr td").eachText()).containsExactly("昌城青年志愿服务队",
                community("370782105001").fullName(), "36", "2015-03-05");
        assertThat(list.select("tbody a").first().attr("href")).isEqualTo(PATH + "/" + id);
        assertThat(total(pages.page(get(PATH).param("year", "2016").with(users.office())))).isZero();

        Document edit = pages.page(get(PATH + "/{id}/edit", id).with(users.office()));
        assertThat(edit.select("h1").text()).isEqualTo("编辑志愿服务队");
        assertThat(edit.getElementById("members").val()).isEqualTo("36");
        String version = edit.select("input[name=version]").val();
        mvc.perform(form(PATH + "/" + id + "/edit", users.office(), "communityId", changcheng, "name", "昌城青年志愿服务队",
                        "members", "40", "foundedOn", "2015-03-05", "version", version))
                .andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.queryForObject("select members from example_volunteer_team where id = ?", Integer.class, id))
                .isEqualTo(40);

        pages.expectMessage(form(PATH + "/" + id + "/edit", users.office(), "communityId", changcheng,
                "name", "昌城青年志愿服务队", "members", "41", "foundedOn", "2015-03-05", "version", version), "该记录已被他人修改");

        entityManager.flush();
        assertThat(jdbc.queryForObject("select members from example_volunteer_team where id = ?", Integer.class, id))
                .isEqualTo(40);
        mvc.perform(post(PATH + "/{id}/delete", id).with(csrf()).with(users.office())).andExpect(status().is3xxRedirection());
        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from example_volunteer_team", Integer.class)).isZero();
        mvc.perform(get(PATH + "/{id}", id).with(users.office())).andExpect(status().isNotFound());
    }

    @Test
    void badInputTheRuleAndTheYearLockAnswerOnTheFormAndSaveNothing() throws Exception {
        pages.expectMessage(form(PATH + "/new", users.office(), "communityId", changcheng, "name", "",
                "members", "3", "foundedOn", "2015-03-05"), "必填");
        pages.expectMessage(form(PATH + "/new", users.office(), "communityId", changcheng, "name", "服务队",
                "members", "-3", "foundedOn", "2015-03-05"), "不能为负数");
        pages.expectMessage(form(PATH + "/new", users.office(), "name", "服务队", "members", "3", "foundedOn", "2015-03-05"),
                "必填");
        mvc.perform(form(PATH + "/new", users.office(), "communityId", changcheng, "name", "服务队", "members", "3",
                "foundedOn", "2015-03-05")).andExpect(status().is3xxRedirection());
        pages.expectMessage(form(PATH + "/new", users.office(), "communityId", changcheng, "name", "服务队 ", "members", "5",
                "foundedOn", "2015-06-01"), "该社区已有同名志愿服务队");

        var root = regions.resolve(null);
        locks.lock(2014, root.path(), root.name(), "office", java.time.Instant.now());
        pages.expectMessage(form(PATH + "/new", users.office(), "communityId", changcheng, "name", "老服务队", "members", "5",
                "foundedOn", "2014-06-01"), "2014年的数据已发布锁定");
        assertThat(jdbc.queryForObject("select count(*) from example_volunteer_team", Integer.class)).isEqualTo(1);
    }

    @Test
    void aTownUserWorksInsideItsTownOnly() throws Exception {
        mvc.perform(form(PATH + "/new", users.changcheng(), "communityId", changcheng, "name", "昌城服务队", "members", "8",
                "foundedOn", "2015-05-01")).andExpect(status().is3xxRedirection());
        pages.expectMessage(form(PATH + "/new", users.changcheng(), "communityId", beilaotun, "name", "北老屯服务队",
                "members", "8", "foundedOn", "2015-05-01"), "请选择您管辖范围内的社区");
        mvc.perform(form(PATH + "/new", users.office(), "communityId", beilaotun, "name", "北老屯服务队", "members", "8",
                "foundedOn", "2015-05-01")).andExpect(status().is3xxRedirection());
        long outside = jdbc.queryForObject("select id from example_volunteer_team where name = '北老屯服务队'", Long.class);
        entityManager.flush();
        entityManager.clear();

        assertThat(total(pages.page(get(PATH).with(users.changcheng())))).isEqualTo(1);
        mvc.perform(get(PATH + "/{id}", outside).with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(post(PATH + "/{id}/delete", outside).with(csrf()).with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(get(PATH).with(users.leader())).andExpect(status().isOk());
        mvc.perform(form(PATH + "/new", users.leader(), "communityId", changcheng, "name", "领导服务队", "members", "8",
                "foundedOn", "2015-05-01")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from example_volunteer_team", Integer.class)).isEqualTo(2);
    }
}
