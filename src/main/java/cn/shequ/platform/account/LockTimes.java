package cn.shequ.platform.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * When a refused login may be tried again, as the pages say it ({@code @lockTimes} in templates): in
 * the platform's time zone, rounded up (to the minute for a lock, to the second for a wait), so
 * that an attempt at the time shown is taken; with the date when it is not today.
 */
@Component("lockTimes")
class LockTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd ");

    private final Clock clock;

    LockTimes(Clock clock) {
        this.clock = clock;
    }

    /** A lock's end, e.g. {@code 10:17}. */
    public String minutes(Instant until) {
        return format(until, ChronoUnit.MINUTES, MINUTES);
    }

    /** A wait's end, e.g. {@code 10:00:40}. */
    public String seconds(Instant until) {
        return format(until, ChronoUnit.SECONDS, SECONDS);
    }

    private String format(Instant until, ChronoUnit unit, DateTimeFormatter pattern) {
        Instant rounded = until.truncatedTo(unit);
        if (rounded.isBefore(until)) {
            rounded = rounded.plus(1, unit);
        }
        LocalDateTime local = LocalDateTime.ofInstant(rounded, clock.getZone());
        String time = pattern.format(local);
        return local.toLocalDate().equals(LocalDateTime.ofInstant(clock.instant(), clock.getZone()).toLocalDate())
                ? time : DATE.format(local) + time;
    }
}
