/**
 * The year-end lock (年报锁定): once a year's figures are published for a region, no record of that
 * year inside the region may change until an administrator reopens it. Work-stream services ask
 * {@link cn.shequ.platform.yearlock.YearLocks#requireOpen(int, String)} before every write; the
 * yearbook module publishes and reopens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Year-end lock")
package cn.shequ.platform.yearlock;
