package cn.shequ.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The years of the platform: a record's year lies from {@link #MIN} to {@link #MAX} (as the schema's
 * checks say); a year picker offers 2010 to next year, newest first.
 */
public final class Years {

    public static final int MIN = 2000;
    public static final int MAX = 2100;
    public static final int FIRST = 2010;

    private Years() {
    }

    public static boolean inRange(int year) {
        return year >= MIN && year <= MAX;
    }

    public static List<Integer> options(Clock clock) {
        int last = LocalDate.now(clock).getYear() + 1;
        return IntStream.rangeClosed(FIRST, last).map(y -> last - (y - FIRST)).boxed().toList();
    }
}
