package cn.shequ.platform.indicator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/indicators}: numbers for the user's scope, 403 outside it, 401 without a login. */
@IntegrationTest
class IndicatorApiTest {

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
    void theLeaderGetsTheCitysFiguresAsNumbers() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("year", "2015").with(users.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2015))
                .andExpect(jsonPath("$.region.code").value("370782"))
                .andExpect(jsonPath("$.region.name").value("诸城市"))
                .andExpect(jsonPath("$.indicators[?(@.key == 'service_center.planned')].value").value(50))
                .andExpect(jsonPath("$.indicators[?(@.key == 'service_center.planned_new_build')].value").value(8))
                .andExpect(jsonPath("$.indicators[?(@.key == 'service_center.new_build_in_use')].value").value(4))
                .andExpect(jsonPath("$.indicators[?(@.key == 'service_center.new_build_in_use')].plan").value(8))
                .andExpect(jsonPath("$.indicators[?(@.key == 'service_center.planned')].unit").value("个"))
                .andExpect(jsonPath("$.indicators[?(@.key == 'service_center.planned')].name").value("列入年度计划的社区服务中心"));
    }

    @Test
    void aTownUserGetsTheirTownOnly() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("year", "2015").with(users.changcheng()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region.name").value("昌城镇"));
        mvc.perform(get("/api/v1/indicators").param("year", "2015").param("region", "370782").with(users.changcheng()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators").param("year", "2015").param("region", "370782001").with(users.changcheng()))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutALoginTheAnswerIs401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("year", "2015")).andExpect(status().isUnauthorized());
    }

    @Test
    void badParametersAreA400() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("year", "abc").with(users.leader())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators").with(users.leader())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators").param("year", "2015").param("region", "999999").with(users.leader()))
                .andExpect(status().isNotFound());
    }
}
