package cn.shequ.platform.yearlock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which years are locked where. A lock on a region covers every record of that year in the region's
 * subtree: publishing 诸城市's 2015 locks the 2015 records of all its towns.
 */
@Service
@Transactional
public class YearLocks {

    private final JdbcTemplate jdbc;

    YearLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses (with a message naming the lock) a change to a record of {@code year} at {@code regionPath}. */
    @Transactional(readOnly = true)
    public void requireOpen(int year, String regionPath) {
        Optional<String> lockedBy = lockingRegion(year, regionPath);
        if (lockedBy.isPresent()) {
            throw new YearLockedException(year, lockedBy.get());
        }
    }

    @Transactional(readOnly = true)
    public boolean isLocked(int year, String regionPath) {
        return lockingRegion(year, regionPath).isPresent();
    }

    /** Locks a year for a region (again, if it was reopened). */
    public void lock(int year, String regionPath, String regionName, String username, Instant at) {
        int updated = jdbc.update("update year_lock set locked = true, region_name = ?, changed_by = ?, changed_at = ? "
                + "where lock_year = ? and region_path = ?", regionName, username, java.sql.Timestamp.from(at), year, regionPath);
        if (updated == 0) {
            jdbc.update("insert into year_lock (lock_year, region_path, region_name, locked, changed_by, changed_at) "
                    + "values (?, ?, ?, true, ?, ?)", year, regionPath, regionName, username, java.sql.Timestamp.from(at));
        }
    }

    /** Reopens a year for a region. */
    public void reopen(int year, String regionPath, String username, Instant at) {
        jdbc.update("update year_lock set locked = false, changed_by = ?, changed_at = ? where lock_year = ? and region_path = ?",
                username, java.sql.Timestamp.from(at), year, regionPath);
    }

    /** The years locked for a region or above it. */
    @Transactional(readOnly = true)
    public List<Integer> lockedYears(String regionPath) {
        return jdbc.queryForList("select distinct lock_year from year_lock where locked and ? like region_path || '%' order by lock_year",
                Integer.class, regionPath);
    }

    private Optional<String> lockingRegion(int year, String regionPath) {
        List<String> names = jdbc.queryForList(
                "select region_name from year_lock where locked and lock_year = ? and ? like region_path || '%' order by length(region_path)",
                String.class, year, regionPath);
        return names.stream().findFirst();
    }
}
