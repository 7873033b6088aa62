package cn.shequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends every form of the application hostile values, field by field. The forms are found from the
 * handler mappings (every POST route whose GET twin shows a form), their records from the links of
 * the pages, and their fields from the form as the browser gets it, so a new form is swept without
 * anyone listing it.
 * <p>
 * Each case runs in a transaction that is rolled back, so nothing remains; inside it, the database
 * after the request is compared (row counts and a checksum of every table) with the database as it
 * was before the sweep. Values no
 * record may hold must be refused (the form again with messages, or a 4xx page) and leave the
 * database as it was; values that may be valid (empty, script text, SQL metacharacters, emoji) may be
 * saved. No case may answer a 5xx or show a technical error text.
 */
@IntegrationTest
class HostileInputSweepTest {

    static final List<String> USERS = List.of("office", "admin", "changcheng", "reviewer1", "auditor");
    static final Pattern TECHNICAL = Pattern.compile(
            "Exception|org\\.springframework|org\\.hibernate|java\\.lang|SQLState|could not execute|Whitelabel|【缺");
    static final int MAX_PAGES = 600;

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    /** A hostile value for a field: whether a record may hold it. */
    record Value(String label, String text, boolean mayBeValid) {
    }

    /** One field of a form as the browser gets it; a read-only one the server ignores on its form. */
    record Field(String name, String kind, String value, boolean readOnly) {

        Field(String name, String kind, String value) {
            this(name, kind, value, false);
        }
    }

    /** A form ready to be sent: its route, its address, who may send it, its fields, and the options of its choices. */
    record Form(String route, String path, String username, List<Field> fields, Map<String, Set<String>> options) {
    }

    /** A town user: the choices the office's form offers and the town's does not lie outside the town. */
    static final String TOWN_USER = "changcheng";

    @Test
    void noFormAnswersHostileInputWithAnErrorOrChangesTheDatabaseForIt() throws Exception {
        Users users = new Users(userDetails);
        String checksumSql = checksumSql();
        String untouched = jdbc.queryForObject(checksumSql, String.class);
        Set<String> links = crawl(users);
        List<String> unreached = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (String route : formRoutes()) {
            Form form = form(route, links, users);
            if (form == null) {
                unreached.add(route);
            }
            else {
                forms.add(form);
            }
        }

        List<String> faults = new ArrayList<>();
        int cases = 0;
        int refused = 0;
        for (Form form : forms) {
            for (Map.Entry<String, Map<String, List<String>>> attempt : attempts(form).entrySet()) {
                cases++;
                boolean mustRefuse = !attempt.getKey().startsWith("may:");
                String label = form.route() + " " + attempt.getKey().replaceFirst("^(may|must):", "");
                String fault = transactions.execute(status -> {
                    status.setRollbackOnly();
                    return sendCase(form, attempt.getValue(), attempt.getKey().endsWith("no CSRF token"), mustRefuse,
                            checksumSql, untouched, users);
                });
                if (fault != null) {
                    faults.add(label + ": " + fault);
                }
                else if (mustRefuse) {
                    refused++;
                }
            }
        }
        int outsideTown = 0;
        Set<String> townRoutes = new java.util.TreeSet<>();
        for (Form form : forms) {
            Form townForm = form(form.route(), form.path(), List.of(TOWN_USER), users);
            if (townForm == null || !acceptsAsItIs(townForm, users)) {
                continue;
            }
            for (Map.Entry<String, Map<String, List<String>>> attempt : outsideTheTown(form, townForm).entrySet()) {
                cases++;
                outsideTown++;
                townRoutes.add(form.route());
                String fault = transactions.execute(status -> {
                    status.setRollbackOnly();
                    return sendCase(townForm, attempt.getValue(), false, true, checksumSql, untouched, users);
                });
                if (fault != null) {
                    faults.add(form.route() + " as " + TOWN_USER + " " + attempt.getKey() + ": " + fault);
                }
                else {
                    refused++;
                }
            }
        }
        System.out.printf("[hostile sweep] %d forms (%d routes not reached: %s), %d cases (%d choices outside a town on %s, "
                + "forms the town saves as they come), "
                + "%d refused as they must, %d faults%n",
                forms.size(), unreached.size(), unreached, cases, outsideTown, townRoutes, refused, faults.size());
        assertThat(outsideTown).as("cases of a town user choosing outside its town").isPositive();
        assertThat(forms).as("forms found").hasSizeGreaterThan(20);
        assertThat(faults).as("hostile cases answered wrongly").isEmpty();
        assertThat(jdbc.queryForObject(checksumSql, String.class)).as("the database after the sweep").isEqualTo(untouched);
    }

    /** What the MockMvc sweep leaves to the server: the page a post without its CSRF token gets. */
    @Test
    void aPostWithoutItsTokenGetsTheChinese403Page() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/service-centers/new"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("planYear=2015")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("无权访问").doesNotContainPattern(TECHNICAL);
    }

    /**
     * What MockMvc cannot send: multipart bodies that are malformed or declared larger than they are,
     * over a real socket with a logged-in office session, to every route that takes an uploaded file
     * (found from the handler mappings). Each gets a 4xx page in Chinese or a closed connection, never
     * a 5xx; nothing is saved; and the server answers the next request as before.
     */
    @Test
    void malformedAndOverDeclaredUploadsAreRefusedAndChangeNothing() throws Exception {
        List<String> routes = uploadRoutes();
        assertThat(routes).as("routes that take an uploaded file").isNotEmpty();
        String checksumSql = checksumSql();
        String untouched = jdbc.queryForObject(checksumSql, String.class);
        RealSession session = RealSession.logIn(port, "office", "Demo@2015");
        String boundary = "----sweep" + Long.toHexString(System.nanoTime());
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\nPK\u0003\u0004";
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("no closing boundary", new String[] {"multipart/form-data; boundary=" + boundary, part, null});
        bodies.put("no boundary declared", new String[] {"multipart/form-data", part + "\r\n--" + boundary + "--\r\n", null});
        bodies.put("another boundary than declared", new String[] {"multipart/form-data; boundary=elsewhere",
                part + "\r\n--" + boundary + "--\r\n", null});
        bodies.put("headers of a part never ended", new String[] {"multipart/form-data; boundary=" + boundary,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n" + "X: y\r\n".repeat(2000),
                null});
        bodies.put("declared longer than sent", new String[] {"multipart/form-data; boundary=" + boundary, part, "4000"});
        bodies.put("declared as 100 MB", new String[] {"multipart/form-data; boundary=" + boundary, part, "104857600"});
        List<String> faults = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        int cases = 0;
        for (String route : routes) {
            for (Map.Entry<String, String[]> body : bodies.entrySet()) {
                cases++;
                String[] spec = body.getValue();
                String answer = session.post(route, spec[0], spec[1], spec[2]);
                String status = answer.isEmpty() ? "closed" : answer.substring(0, Math.min(12, answer.length()));
                answers.put(route + " " + body.getKey(), status);
                if (answer.startsWith("HTTP/1.1 5")) {
                    faults.add(route + " " + body.getKey() + ": answered " + status);
                }
                else if (TECHNICAL.matcher(answer).find() || answer.contains("Apache Tomcat")) {
                    faults.add(route + " " + body.getKey() + ": showed technical text");
                }
                else if (answer.startsWith("HTTP/1.1 2") && !hasChinese(answer)) {
                    faults.add(route + " " + body.getKey() + ": answered " + status + " without a Chinese page");
                }
                else if (answer.matches("(?s)HTTP/1.1 4\\d\\d.*") && !hasChinese(answer)) {
                    faults.add(route + " " + body.getKey() + ": answered " + status + " without a Chinese page");
                }
                if (!session.stillServed()) {
                    faults.add(route + " " + body.getKey() + ": the server did not answer the next request");
                }
            }
        }
        System.out.printf("[hostile sweep] %d upload routes, %d malformed bodies, %d faults: %s%n", routes.size(), cases,
                faults.size(), answers);
        assertThat(faults).as("malformed uploads answered wrongly").isEmpty();
        assertThat(jdbc.queryForObject(checksumSql, String.class)).as("the database after the uploads").isEqualTo(untouched);
    }

    /** Every POST route with a {@code MultipartFile} parameter; a route with path variables must be added here by hand. */
    private List<String> uploadRoutes() {
        List<String> routes = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            boolean takesAFile = java.util.Arrays.stream(method.getMethodParameters())
                    .anyMatch(parameter -> org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
            if (takesAFile && info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                routes.addAll(info.getPatternValues());
            }
        });
        assertThat(routes).as("upload routes with path variables (give them a record here)").noneMatch(r -> r.contains("{"));
        return routes.stream().sorted().toList();
    }

    /** A browser's session over a real socket: its cookie and its CSRF token, sent as a header so the body is the server's to parse. */
    record RealSession(int port, String cookie, String token) {

        static RealSession logIn(int port, String username, String password) throws Exception {
            var client = java.net.http.HttpClient.newHttpClient();
            var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String cookie = sessionCookie(login);
            String token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").attr("value");
            var loggedIn = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                            + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + token))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.headers().firstValue("Location")).as("logged in").hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            cookie = sessionCookie(loggedIn);
            var home = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                    .header("Cookie", cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            Element meta = Jsoup.parse(home.body()).selectFirst("meta[name=_csrf], input[name=_csrf]");
            assertThat(meta).as("a CSRF token on the home page").isNotNull();
            return new RealSession(port, cookie, meta.hasAttr("content") ? meta.attr("content") : meta.attr("value"));
        }

        private static String sessionCookie(java.net.http.HttpResponse<String> response) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SQSESSION="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        }

        /** Sends a body under a declared type and length (the body's own length when null), then reads the answer. */
        String post(String path, String contentType, String body, String declaredLength) throws java.io.IOException {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\nX-CSRF-TOKEN: " + token
                    + "\r\nAccept: text/html\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + (declaredLength == null ? bytes.length : declaredLength) + "\r\nConnection: close\r\n\r\n";
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.setSoTimeout(30_000);
                try {
                    socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    socket.getOutputStream().write(bytes);
                    socket.getOutputStream().flush();
                    socket.shutdownOutput();
                }
                catch (java.io.IOException ex) {
                    // The server may answer and close before the whole body is sent; read what it said.
                }
                try {
                    return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                catch (java.net.SocketException ex) {
                    return "";
                }
            }
        }

        /** Whether the server still serves this session's pages. */
        boolean stillServed() throws Exception {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/")).header("Cookie", cookie).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        }
    }

    private String sendCase(Form form, Map<String, List<String>> params, boolean withoutCsrf, boolean mustRefuse,
            String checksumSql, String untouched, Users users) {
        try {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(form.path())
                    .with(users.as(form.username()));
            if (!withoutCsrf) {
                request.with(csrf());
            }
            params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String body = response.getContentAsString();
            if (response.getStatus() >= 500) {
                return "answered " + response.getStatus();
            }
            if (TECHNICAL.matcher(body).find()) {
                return "showed technical text: " + excerpt(body);
            }
            if (mustRefuse && response.getStatus() >= 300 && response.getStatus() < 400) {
                return "accepted (redirect to " + response.getRedirectedUrl() + ")";
            }
            // An empty 4xx body is an error the server turns into its page (MockMvc does not forward to it).
            if (mustRefuse && response.getStatus() >= 400 && !body.isEmpty() && !hasChinese(body)) {
                return "answered " + response.getStatus() + " without a Chinese page";
            }
            if (mustRefuse) {
                entityManager.flush();
                if (!untouched.equals(jdbc.queryForObject(checksumSql, String.class))) {
                    return "changed the database";
                }
            }
            return null;
        }
        catch (Exception ex) {
            return "failed: " + ex.getClass().getSimpleName() + " " + String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
        }
    }

    /** The hostile submissions of a form: each field in turn given each bad value, and whole-form cases. */
    private Map<String, Map<String, List<String>>> attempts(Form form) {
        Map<String, Map<String, List<String>>> attempts = new LinkedHashMap<>();
        Set<String> indexTried = new java.util.HashSet<>();
        for (Field field : form.fields()) {
            for (Value value : values(field)) {
                Map<String, List<String>> params = baseline(form);
                params.put(field.name(), List.of(value.text()));
                boolean mayBeValid = value.mayBeValid() || field.readOnly();
                attempts.put((mayBeValid ? "may:" : "must:") + field.name() + " = " + value.label(), params);
            }
            if (field.name().matches(".*\\[\\d+]\\..*") && indexTried.add(field.name().replaceFirst("\\[.*$", ""))) {
                for (String index : List.of("256", "-1", "abc", "99999")) {
                    Map<String, List<String>> params = baseline(form);
                    params.put(field.name().replaceFirst("\\[\\d+]", "[" + index + "]"), List.of(field.value()));
                    attempts.put("may:" + field.name() + " at index " + index, params);
                }
            }
        }
        Field first = form.fields().get(0);
        Map<String, List<String>> repeated = baseline(form);
        repeated.put(first.name(), List.of(first.value(), first.value() + "x"));
        attempts.put("may:" + first.name() + " repeated", repeated);
        Map<String, List<String>> noToken = baseline(form);
        attempts.put("must:no CSRF token", noToken);
        form.fields().stream().filter(f -> f.name().equals("version") && f.value().matches("\\d+")).findFirst()
                .ifPresent(version -> {
                    Map<String, List<String>> missing = baseline(form);
                    missing.remove("version");
                    attempts.put("must:version missing", missing);
                    Map<String, List<String>> stale = baseline(form);
                    stale.put("version", List.of(String.valueOf(Long.parseLong(version.value()) - 1)));
                    attempts.put("must:version stale", stale);
                });
        return attempts;
    }

    /**
     * Whether the form, sent as it comes (a record's edit form, filled in), is saved: only then does
     * its refusal of a choice outside the town show that the choice was refused, not the form.
     */
    private boolean acceptsAsItIs(Form form, Users users) {
        Boolean accepted = transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(form.path()).with(users.as(form.username()))
                        .with(csrf());
                baseline(form).forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
                int code = mvc.perform(request).andReturn().getResponse().getStatus();
                return code >= 300 && code < 400;
            }
            catch (Exception ex) {
                return false;
            }
        });
        return Boolean.TRUE.equals(accepted);
    }

    /**
     * A town user's form with one choice set, in turn, to a value the office's form offers and the
     * town's does not (another town's community, say): each must be refused.
     */
    private static Map<String, Map<String, List<String>>> outsideTheTown(Form office, Form town) {
        Map<String, Map<String, List<String>>> attempts = new LinkedHashMap<>();
        town.options().forEach((name, choices) -> {
            office.options().getOrDefault(name, Set.of()).stream().filter(value -> !value.isEmpty() && !choices.contains(value))
                    .limit(2).forEach(value -> {
                        Map<String, List<String>> params = baseline(town);
                        params.put(name, List.of(value));
                        attempts.put(name + " = " + value + " (outside the town)", params);
                    });
        });
        return attempts;
    }

    private static Map<String, List<String>> baseline(Form form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            params.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(field.value());
        }
        return params;
    }

    /** The bad values for a field of a kind: text, textarea, number, date, select, hidden. */
    private static List<Value> values(Field field) {
        List<Value> values = new ArrayList<>();
        switch (field.kind()) {
            case "number" -> {
                values.add(new Value("negative", "-1", true));
                values.add(new Value("huge negative", "-999999999999", false));
                values.add(new Value("huge", "99999999999999999999", false));
                values.add(new Value("1e309", "1e309", false));
                values.add(new Value("NaN", "NaN", false));
                values.add(new Value("not a number", "abc", false));
            }
            case "date" -> {
                values.add(new Value("impossible date", "2015-02-30", false));
                values.add(new Value("year 0", "0000-01-01", false));
                values.add(new Value("year 99999", "99999-01-01", false));
                values.add(new Value("not a date", "abc", false));
            }
            case "select" -> {
                values.add(new Value("unknown option", "BOGUS_VALUE", false));
                values.add(new Value("missing record", "999999999", false));
                values.add(new Value("negative id", "-1", false));
            }
            case "hidden" -> {
                if (!field.name().equals("version")) {
                    values.add(new Value("missing record", "999999999", true));
                }
            }
            default -> {
                boolean multiLine = field.kind().equals("textarea");
                values.add(new Value("empty", "", true));
                values.add(new Value("whitespace", "   \t ", true));
                values.add(new Value("100,000 characters", "长".repeat(100_000), false));
                values.add(new Value("NUL", "a\u0000b", false));
                values.add(new Value("ESC", "a\u001b[31mb", false));
                values.add(new Value("\\x01", "a\u0001b", false));
                values.add(new Value("CR LF", "a\r\nb", multiLine));
                values.add(new Value("right-to-left override", "abc\u202Edcb", false));
                values.add(new Value("script tag", "<script>alert(1)</script>", true));
                values.add(new Value("attribute breaker", "\"' onmouseover=alert(1) x='", true));
                values.add(new Value("SQL metacharacters", "'; drop table region; --", true));
                values.add(new Value("emoji", "社区🏠👍", true));
            }
        }
        return values;
    }

    /** Every POST route that takes a form object (a model attribute), as the handler mappings list it. */
    private Set<String> formRoutes() {
        Set<String> routes = new java.util.TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            boolean takesAForm = java.util.Arrays.stream(method.getMethodParameters()).anyMatch(parameter ->
                    parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)
                            || parameter.hasParameterAnnotation(jakarta.validation.Valid.class));
            if (takesAForm) {
                routes.addAll(info.getPatternValues());
            }
        });
        return routes;
    }

    /**
     * The form of a route: its path variables from a link of the pages, its fields from its GET twin
     * (or the page that holds a form posting to it), for the first user who may open it.
     */
    private Form form(String route, Set<String> links, Users users) throws Exception {
        String path = concrete(route, links);
        return path == null ? null : form(route, path, USERS, users);
    }

    /** The form posting to a path, as the first of the users who may open a page holding it. */
    private Form form(String route, String path, List<String> usernames, Users users) throws Exception {
        for (String username : usernames) {
            for (String page : pagesHolding(path)) {
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(page).with(users.as(username)))
                        .andReturn().getResponse();
                if (response.getStatus() != 200) {
                    continue;
                }
                Document document = Jsoup.parse(response.getContentAsString(), "http://localhost");
                for (Element element : document.select("form[method=post]")) {
                    String action = element.attr("action").replaceFirst("\\?.*$", "");
                    if (action.isEmpty() ? page.equals(path) : action.equals(path)) {
                        List<Field> fields = fields(element);
                        if (!fields.isEmpty()) {
                            return new Form(route, path, username, fields, options(element));
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The GET twin of a path, then pages of the same record that may hold a form posting to it. */
    private static List<String> pagesHolding(String path) {
        List<String> pages = new ArrayList<>();
        pages.add(path);
        String parent = path;
        while (parent.lastIndexOf('/') > 0) {
            parent = parent.substring(0, parent.lastIndexOf('/'));
            pages.add(parent);
        }
        return pages;
    }

    private static Map<String, Set<String>> options(Element form) {
        Map<String, Set<String>> options = new LinkedHashMap<>();
        for (Element select : form.select("select[name]")) {
            select.select("option").forEach(option -> options.computeIfAbsent(select.attr("name"), name -> new LinkedHashSet<>())
                    .add(option.attr("value")));
        }
        for (Element box : form.select("input[type=checkbox][name], input[type=radio][name]")) {
            options.computeIfAbsent(box.attr("name"), name -> new LinkedHashSet<>()).add(box.attr("value"));
        }
        return options;
    }

    private static List<Field> fields(Element form) {
        List<Field> fields = new ArrayList<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || name.startsWith("_") || input.hasAttr("disabled")) {
                continue;
            }
            switch (input.tagName()) {
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null) {
                        chosen = input.select("option").stream().filter(o -> !o.attr("value").isEmpty()).findFirst()
                                .orElse(input.selectFirst("option"));
                    }
                    fields.add(new Field(name, "select", chosen == null ? "" : chosen.attr("value")));
                }
                case "textarea" -> fields.add(new Field(name, "textarea", input.text()));
                default -> {
                    String type = input.attr("type").isEmpty() ? "text" : input.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    if (type.equals("file") || type.equals("submit") || type.equals("button")) {
                        continue;
                    }
                    if (type.equals("text") && input.attr("inputmode").equals("decimal")) {
                        type = "number";
                    }
                    String kind = switch (type) {
                        case "number" -> "number";
                        case "date" -> "date";
                        case "hidden" -> "hidden";
                        case "checkbox", "radio" -> "select";
                        default -> "text";
                    };
                    fields.add(new Field(name, kind, input.attr("value"), input.hasAttr("readonly")));
                }
            }
        }
        return fields;
    }

    /**
     * The route with its path variables taken from a link of the pages: a link to the route itself,
     * else to a page that shares its start up to its last variable (a record's page for its edit form).
     */
    private static String concrete(String route, Set<String> links) {
        if (!route.contains("{")) {
            return route;
        }
        String[] segments = route.split("/");
        for (int length = segments.length; length > 1; length--) {
            String stem = String.join("/", java.util.Arrays.copyOf(segments, length));
            if (stem.replaceAll("\\{[^}]+}", "").length() == stem.length()) {
                break;
            }
            long variables = stem.chars().filter(c -> c == '{').count();
            if (variables < route.chars().filter(c -> c == '{').count()) {
                break;
            }
            Pattern pattern = Pattern.compile("^" + stem.replaceAll("\\{year}", "(20\\\\d\\\\d)")
                    .replaceAll("\\{[^}]+}", "([0-9]+)") + "(?:/.*)?$");
            for (String link : links) {
                var matcher = pattern.matcher(link);
                if (matcher.matches()) {
                    String path = route;
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        path = path.replaceFirst("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(matcher.group(group)));
                    }
                    return path;
                }
            }
        }
        return null;
    }

    /** The addresses the pages link to, from every GET route without variables, and from the pages they link to, as office and admin. */
    private Set<String> crawl(Users users) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>();
        handlerMapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> !pattern.contains("{") && !pattern.startsWith("/api") && !pattern.equals("/error")
                        && !pattern.equals("/logout"))
                .sorted().forEach(queue::add);
        Set<String> links = new java.util.TreeSet<>();
        for (int depth = 0; depth < 2 && !queue.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String page : queue) {
                if (!seen.add(page) || seen.size() > MAX_PAGES) {
                    continue;
                }
                for (String username : List.of("office", "admin")) {
                    MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(page).with(users.as(username)))
                            .andReturn().getResponse();
                    if (response.getStatus() != 200 || response.getContentType() == null
                            || !response.getContentType().startsWith("text/html")) {
                        continue;
                    }
                    for (Element link : Jsoup.parse(response.getContentAsString()).select("a[href], form[action]")) {
                        String href = link.hasAttr("href") ? link.attr("href") : link.attr("action");
                        if (!href.startsWith("/") || href.startsWith("//")) {
                            continue;
                        }
                        String path = href.replaceFirst("[?#].*$", "");
                        links.add(path);
                        if (!path.endsWith(".xlsx") && !path.endsWith(".docx") && !path.contains("/logout")) {
                            next.add(path);
                        }
                    }
                }
            }
            queue = next;
        }
        return links;
    }

    /** One query that sums a checksum of every row of every table of the platform. */
    private String checksumSql() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
                + "and table_name not like 'flyway%' and table_name <> 'login_event' order by table_name", String.class);
        StringBuilder sql = new StringBuilder("select concat_ws(',' ");
        for (String table : tables) {
            sql.append(", (select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) from ").append(table).append(" t)");
        }
        return sql.append(")").toString();
    }

    private static boolean hasChinese(String body) {
        return body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String excerpt(String body) {
        var matcher = TECHNICAL.matcher(body);
        if (!matcher.find()) {
            return "";
        }
        int start = Math.max(0, matcher.start() - 60);
        return body.substring(start, Math.min(body.length(), matcher.end() + 60)).replaceAll("\\s+", " ");
    }
}
