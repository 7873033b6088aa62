package cn.shequ.platform.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The data scope bounds what a user reads, through any query or lookup by id, and what they may
 * change: a town user of 昌城镇 neither sees nor reaches a community of 密州街道.
 */
@IntegrationTest
class DataScopeTest {

    @Autowired
    RegionDirectory directory;

    @Autowired
    DataScope scope;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTownUserSeesOnlyTheirTown() {
        long dongshan = directory.findByCode("370782001001").orElseThrow().id();
        logIn("changcheng");

        assertThat(directory.communitiesUnder(null)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.townName()).isEqualTo("昌城镇"));
        assertThat(directory.towns()).extracting(RegionRef::name).containsExactly("昌城镇");
        assertThat(directory.find(dongshan)).isEmpty();
        assertThat(directory.community(dongshan)).isEmpty();
        assertThat(directory.scopeRoot().name()).isEqualTo("昌城镇");
    }

    @Test
    void aCityUserSeesTheWholeCity() {
        logIn("office");
        assertThat(directory.towns()).hasSize(13);
        assertThat(directory.scopeRoot().name()).isEqualTo("诸城市");
    }

    @Test
    void changesOutsideTheScopeAreRefused() {
        String miZhou = directory.findByCode("370782001").orElseThrow().path();
        String changcheng = directory.findByCode("370782105").orElseThrow().path();
        logIn("changcheng");
        scope.requireCovered(changcheng + "370782105001/");
        assertThatThrownBy(() -> scope.requireCovered(miZhou)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.resolve("370782001")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDirectUrlToAnotherTownsCommunityIsNotFound() throws Exception {
        long dongshan = directory.findByCode("370782001001").orElseThrow().id();
        long changchengCommunity = directory.findByCode("370782105001").orElseThrow().id();
        Users users = new Users(userDetails);
        mvc.perform(get("/regions/{id}", dongshan).with(users.changcheng())).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}", changchengCommunity).with(users.changcheng())).andExpect(status().isOk());
        String list = mvc.perform(get("/regions").param("q", "东山").with(users.changcheng()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("东山社区");
    }

    private void logIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
