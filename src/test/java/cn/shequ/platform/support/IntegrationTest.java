package cn.shequ.platform.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of the integration tests: the whole application on the run's PostgreSQL
 * (see {@link TestDatabase}) with the demo records, a real server on a random port (for the browser
 * journeys), MockMvc and a {@link TestClock} a test may stop and move on. Every test that uses it
 * shares the cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"postgres", "demo", "test"})
@Import({StatementCounter.Config.class, TestClock.Config.class, ExtraIndicator.Config.class})
public @interface IntegrationTest {
}
