package cn.shequ.platform.support;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every browser journey starts from: the shared context's real server ({@link #port}) for
 * {@link Browser#open(int)}, Chromium (a journey fails under {@code CI=true} when it is missing, see
 * {@link Browser.Available}), and JDBC to remove what the journey committed. The journey's logins are
 * removed after it, after the subclass's own clean-up.
 */
@IntegrationTest
@ExtendWith(Browser.Available.class)
public abstract class JourneyTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected final Instant started = Instant.now();

    @AfterEach
    void removeTheLogins() {
        TestRecords.deleteLoginsSince(jdbc, started);
    }
}
