package cn.shequ.platform.yearlock;

import java.util.List;

import cn.shequ.platform.shared.RuleViolationException;

/** A save refused because the record's year is published (locked) for its region. */
public class YearLockedException extends RuleViolationException {

    public YearLockedException(int year, String regionName) {
        super(List.of(new Violation(null, "yearlock.error.locked", year, regionName)));
    }
}
