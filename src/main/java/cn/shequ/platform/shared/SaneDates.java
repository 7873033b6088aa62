package cn.shequ.platform.shared;

import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.shared.RuleViolationException.Violation;

/** Dates a record may carry: between 2000 and 2100, and a finish not before its start. */
public final class SaneDates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private SaneDates() {
    }

    /** Adds a violation on {@code field} unless the date is empty or lies within the sane bounds. */
    public static void check(String field, LocalDate date, List<Violation> violations) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            violations.add(new Violation(field, "validation.date.range"));
        }
    }

    /** Adds a violation on {@code finishField} when the finish lies before the start. */
    public static void order(LocalDate start, String finishField, LocalDate finish, List<Violation> violations) {
        if (start != null && finish != null && finish.isBefore(start)) {
            violations.add(new Violation(finishField, "validation.date.finishBeforeStart"));
        }
    }
}
