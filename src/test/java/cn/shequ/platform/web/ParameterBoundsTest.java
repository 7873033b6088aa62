package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Parameters out of every range a page expects: a page far past the end, a year of ±2147483647,
 * text with control characters. Each list and page, found from the handler mappings, answers a page
 * or a 404, never the 500 page; a form refuses the text with its message.
 */
@IntegrationTest
@Transactional
class ParameterBoundsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(userDetails);
    }

    @Test
    void aPageFarPastTheEndIsNeverAnError() throws Exception {
        List<String> wrong = new ArrayList<>();
        int lists = 0;
        for (String path : pagesWithoutVariables()) {
            MockHttpServletResponse response = asFirstReader(get(path).param("page", "107374183"));
            if (response == null) {
                continue;
            }
            lists++;
            if (response.getStatus() >= 500) {
                wrong.add(path + " ?page=107374183 → " + response.getStatus());
            }
        }
        assertThat(lists).isGreaterThan(30);
        assertThat(wrong).isEmpty();
        String list = mvc.perform(get("/service-centers").param("year", "2015").param("page", "107374183")
                .with(users.office())).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("暂无记录");
    }

    @Test
    void aYearOutsideThePlatformsYearsIsNotFoundOnEveryPage() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : pagesWithoutVariables()) {
            if (path.startsWith("/api/")) {
                continue;
            }
            for (String year : List.of("2147483647", "-2147483648", "99999", "0", "1999", "2101")) {
                MockHttpServletResponse response = asFirstReader(get(path).param("year", year));
                if (response != null && response.getStatus() != 404) {
                    wrong.add(path + " ?year=" + year + " → " + response.getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(mvc.perform(get("/yearbook/2147483646").with(users.office())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/yearbook/-2147483648/tables.xlsx").with(users.office())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dashboard").param("year", "2015").with(users.leader())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theApiRefusesAYearOutsideThePlatformsYearsWith400() throws Exception {
        for (String year : List.of("99999", "-5", "0")) {
            assertThat(mvc.perform(get("/api/v1/indicators").param("year", year).with(users.leader()))
                    .andReturn().getResponse().getStatus()).as(year).isEqualTo(400);
        }
    }

    @Test
    void aYearbookTemplateForAnAbsurdYearIsNotSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from yearbook_template", Integer.class);
        for (String year : List.of("-5", "0", "99999")) {
            assertThat(mvc.perform(post("/yearbook/{year}/template/edit", year).with(csrf()).with(users.office())
                    .param("text", "模板")).andReturn().getResponse().getStatus()).as(year).isEqualTo(404);
        }
        assertThat(jdbc.queryForObject("select count(*) from yearbook_template", Integer.class)).isEqualTo(before);
    }

    @Test
    void aFieldIndexOutsideItsListIsABadRequestNotAnError() throws Exception {
        long community = jdbc.queryForObject("select id from region where code = '370782101003'", Long.class);
        for (String field : List.of("rows[256].itemId", "rows[-1].itemId", "rows[abc].itemId", "rows[99999].itemId")) {
            int status = mvc.perform(post("/eco-towns/communities/{id}/infrastructure/edit", community).with(csrf())
                    .with(users.office()).param(field, "1")).andReturn().getResponse().getStatus();
            assertThat(status).as(field).isLessThan(500);
        }
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedOnTheFormWithTheTextKept() throws Exception {
        long community = jdbc.queryForObject("select id from region where code = '370782105001'", Long.class);
        int before = jdbc.queryForObject("select count(*) from eco_park", Integer.class);
        for (String[] bad : new String[][] {{"园区\u0000", "不能包含控制字符"}, {"园区\u001b[31m", "不能包含控制字符"},
                {"园区\r\n第二行", "只能填写一行"}, {"园区\u202E区园", "改变文字显示方向"}}) {
            String body = mvc.perform(post("/eco-towns/parks/new").with(csrf()).with(users.office())
                    .param("communityId", String.valueOf(community)).param("name", bad[0]).param("kind", "AGRICULTURE")
                    .param("establishedOn", "2015-04-01")).andReturn().getResponse().getContentAsString();
            assertThat(body).contains(bad[1]);
        }
        assertThat(jdbc.queryForObject("select count(*) from eco_park", Integer.class)).isEqualTo(before);
    }

    @Test
    void aNoteMaySpanLinesAndTextIsStoredInItsComposedForm() throws Exception {
        long community = jdbc.queryForObject("select id from region where code = '370782105001'", Long.class);
        String decomposed = "e\u0301园区";
        mvc.perform(post("/eco-towns/parks/new").with(csrf()).with(users.office())
                .param("communityId", String.valueOf(community)).param("name", decomposed).param("kind", "AGRICULTURE")
                .param("establishedOn", "2015-04-01").param("notes", "第一行\r\n第二行"));
        assertThat(jdbc.queryForObject("select notes from eco_park where name = ?", String.class, "\u00e9园区"))
                .isEqualTo("第一行\r\n第二行");
    }

    @Test
    void aNumberThatIsNotANumberComesBackAsTypedWithItsMessage() throws Exception {
        long community = jdbc.queryForObject("select id from region where code = '370782105001'", Long.class);
        String body = mvc.perform(post("/service-centers/new").with(csrf()).with(users.office())
                .param("communityId", String.valueOf(community)).param("planYear", "2015").param("kind", "NEW_BUILD")
                .param("plannedStart", "2015-03-01").param("plannedFinish", "2015-11-30")
                .param("plannedInvestment", "12,5万")).andReturn().getResponse().getContentAsString();
        var field = org.jsoup.Jsoup.parse(body).getElementById("plannedInvestment");

        assertThat(field.attr("value")).isEqualTo("12,5万");
        assertThat(field.attr("type")).isEqualTo("text");
        assertThat(field.attr("inputmode")).isEqualTo("decimal");
        assertThat(field.nextElementSibling().text()).isEqualTo("请输入数字");
    }

    /** The answer to the first demo user who may open the page, or null if none may. */
    private MockHttpServletResponse asFirstReader(MockHttpServletRequestBuilder request) throws Exception {
        for (String username : List.of("office", "admin", "auditor", "leader")) {
            MockHttpServletResponse response = mvc.perform(request.with(users.as(username))).andReturn().getResponse();
            if (response.getStatus() != 403) {
                return response;
            }
        }
        return null;
    }

    private Set<String> pagesWithoutVariables() {
        Set<String> paths = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> !path.contains("{") && !path.equals("/error") && !path.equals("/login")
                        && !path.equals("/logout"))
                .forEach(paths::add);
        return paths;
    }
}
