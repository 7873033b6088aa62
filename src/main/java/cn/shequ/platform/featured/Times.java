package cn.shequ.platform.featured;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as the pages show them: to the minute, in the server's zone. */
final class Times {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
    }
}
