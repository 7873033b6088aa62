package cn.shequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application, found from the handler mappings, for every role and for an
 * anonymous visitor, against the expectations in {@code src/test/resources/access/*.txt}. A route
 * without an expectation fails the test, so no page is added without deciding who may open it.
 */
@IntegrationTest
@Transactional
class AuthorizationMatrixTest {

    static final Path EXPECTATIONS = Path.of("src/test/resources/access");
    static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

    static {
        USER_OF_ROLE.put("ADMIN", "admin");
        USER_OF_ROLE.put("OFFICE", "office");
        USER_OF_ROLE.put("TOWN", "changcheng");
        USER_OF_ROLE.put("LEADER", "leader");
        USER_OF_ROLE.put("AUDITOR", "auditor");
        USER_OF_ROLE.put("REVIEWER", "reviewer1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    UserDetailsService userDetails;

    record Route(String method, String pattern) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyRouteAnswersEachRoleAsExpected() throws Exception {
        Map<Route, Set<String>> expected = expectations();
        Set<Route> routes = routes();

        Set<Route> missing = new TreeSet<>(java.util.Comparator.comparing(Route::toString));
        routes.stream().filter(r -> !expected.containsKey(r)).forEach(missing::add);
        assertThat(missing).as("routes with no line in src/test/resources/access/*.txt").isEmpty();
        Set<Route> stale = new TreeSet<>(java.util.Comparator.comparing(Route::toString));
        expected.keySet().stream().filter(r -> !routes.contains(r)).forEach(stale::add);
        assertThat(stale).as("lines in src/test/resources/access/*.txt for routes that no longer exist").isEmpty();

        Users users = new Users(userDetails);
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            Set<String> allowed = expected.get(route);
            boolean isPublic = allowed.contains("PUBLIC");
            for (String role : USER_OF_ROLE.keySet()) {
                boolean shouldPass = isPublic || allowed.contains("AUTHENTICATED") || allowed.contains(role);
                MockHttpServletResponse response = mvc.perform(request(route).with(users.as(USER_OF_ROLE.get(role))))
                        .andReturn().getResponse();
                String outcome = classify(route, response);
                if (shouldPass && !outcome.equals("allowed")) {
                    wrong.add(route + " as " + role + ": expected allowed, got " + outcome);
                }
                if (!shouldPass && !outcome.equals("forbidden")) {
                    wrong.add(route + " as " + role + ": expected 403, got " + outcome);
                }
                if (route.method().equals("GET")) {
                    String head = classify(route, mvc.perform(head(route).with(users.as(USER_OF_ROLE.get(role))))
                            .andReturn().getResponse());
                    if (!head.equals(outcome)) {
                        wrong.add("HEAD " + route.pattern() + " as " + role + ": expected " + outcome + " as for GET, got " + head);
                    }
                }
            }
            String anonymous = classify(route, mvc.perform(request(route)).andReturn().getResponse());
            String expectedAnonymous = isPublic ? "allowed" : "login";
            if (!anonymous.equals(expectedAnonymous)) {
                wrong.add(route + " anonymous: expected " + expectedAnonymous + ", got " + anonymous);
            }
        }
        assertThat(wrong).as("routes that answer a role differently from the expectations").isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        Users users = new Users(userDetails);
        int status = mvc.perform(MockMvcRequestBuilders.post("/account/password").with(users.office())
                .param("currentPassword", "Demo@2015")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void theActuatorShowsHealthToAnyoneAndTheRestOnlyToAdministrators() throws Exception {
        Users users = new Users(userDetails);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator/health")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator").with(users.office())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator").with(users.as("leader"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator").with(users.as("admin"))).andReturn().getResponse()
                .getContentAsString()).contains("health");
    }

    private static MockHttpServletRequestBuilder head(Route route) {
        return MockMvcRequestBuilders.head(path(route));
    }

    private static String path(Route route) {
        return route.pattern().replaceAll("\\{year}", "2015").replaceAll("\\{[^}]+}", "0");
    }

    private MockHttpServletRequestBuilder request(Route route) {
        String path = path(route);
        if (route.method().equals("POST")) {
            return MockMvcRequestBuilders.post(path).with(csrf());
        }
        return MockMvcRequestBuilders.get(path);
    }

    /**
     * allowed (the request reached the application), forbidden (403), or login (sent to log in). The
     * error page itself answers with an error status when opened directly, and that is allowed.
     */
    private static String classify(Route route, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return "login";
        }
        if (status == 403) {
            return "forbidden";
        }
        if (status >= 500 && !route.pattern().equals("/error")) {
            return "error " + status;
        }
        return "allowed";
    }

    private Set<Route> routes() {
        Set<Route> routes = new java.util.HashSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", pattern));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), pattern)));
            }
        }
        return routes;
    }

    private static Map<Route, Set<String>> expectations() throws IOException {
        Map<Route, Set<String>> expected = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXPECTATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    String[] parts = trimmed.split("\\s+");
                    Route route = new Route(parts[0], parts[1]);
                    if (expected.put(route, Set.of(java.util.Arrays.copyOfRange(parts, 2, parts.length))) != null) {
                        throw new IllegalStateException(route + " is listed twice (" + file + ")");
                    }
                }
            }
        }
        return expected;
    }
}
