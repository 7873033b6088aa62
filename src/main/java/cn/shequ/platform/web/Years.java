package cn.shequ.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The years a year picker offers: from 2010 to next year, newest first. */
public final class Years {

    public static final int FIRST = 2010;

    private Years() {
    }

    public static List<Integer> options(Clock clock) {
        int last = LocalDate.now(clock).getYear() + 1;
        return IntStream.rangeClosed(FIRST, last).map(y -> last - (y - FIRST)).boxed().toList();
    }
}
