package cn.shequ.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shequ.platform.support.PoolRecycling;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The default profile, as {@code ./mvnw spring-boot:run} starts it: the same Flyway scripts on H2 in
 * PostgreSQL mode, the demo records, and the login page in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class H2SmokeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesLoadsTheDemoRecordsAndServesTheLoginPage() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
        assertThat(jdbc.queryForObject("select count(*) from region where level = 'TOWN'", Integer.class)).isEqualTo(13);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isGreaterThanOrEqualTo(5);

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("社区建设管理平台", "用户名", "密码");

        HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("UP");
    }

    /**
     * H2 2.4.240 evaluated a check constraint with an IN list through the session that created it:
     * once the pool retired Flyway's connection (Hikari's lifetime, 30 minutes), every such save failed.
     */
    @Test
    void savesAfterThePoolHasReplacedEveryConnection() throws Exception {
        PoolRecycling.retireAllConnections(jdbc.getDataSource());

        PoolRecycling.saveRowsWithCheckedValues(jdbc.getDataSource());

        assertThat(jdbc.queryForObject("select count(*) from meeting where title = '连接更替后的保存'", Integer.class)).isZero();
    }
}
