package cn.shequ.platform.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's {@link Clock} in the integration tests: the system clock, unless a test stops it
 * at a moment ({@link #stopAt}) and moves it on ({@link #advance}) to let a wait pass without
 * sleeping. A test that stops it puts it back with {@link #resume} (in {@code @AfterEach}).
 */
public final class TestClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private final AtomicReference<Instant> stopped = new AtomicReference<>();

    /** Stops the clock at a moment. */
    public void stopAt(Instant moment) {
        stopped.set(moment);
    }

    /** Moves a stopped clock on. */
    public void advance(Duration duration) {
        stopped.updateAndGet(moment -> {
            if (moment == null) {
                throw new IllegalStateException("stop the clock before moving it on");
            }
            return moment.plus(duration);
        });
    }

    /** Back to the system clock. */
    public void resume() {
        stopped.set(null);
    }

    @Override
    public Instant instant() {
        Instant moment = stopped.get();
        return moment != null ? moment : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    /** Puts the test clock in the context, in front of the application's system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
