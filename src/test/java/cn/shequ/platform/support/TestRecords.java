package cn.shequ.platform.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes what a test that commits (a browser journey, an audit test) left behind: its records with
 * their audit rows, and its logins. The application itself never deletes audit or login records.
 */
public final class TestRecords {

    private TestRecords() {
    }

    /** The audit revisions that touched the given rows of an audited table. */
    public static List<Long> revisionsOf(JdbcTemplate jdbc, String table, String where, Object... args) {
        return jdbc.queryForList("select distinct rev from " + table + "_aud where " + where, Long.class, args);
    }

    /** Deletes rows of an audited table and their audit rows. */
    public static void deleteAudited(JdbcTemplate jdbc, String table, String where, Object... args) {
        jdbc.update("delete from " + table + "_aud where " + where, args);
        jdbc.update("delete from " + table + " where " + where, args);
    }

    /**
     * Deletes the rows of an audited table that {@code where} matches, with the rows of its audited child
     * tables that refer to them (each named {@code table.column}), all their audit rows and the revisions
     * that touched nothing else.
     */
    public static void deleteWithChildren(JdbcTemplate jdbc, String table, String where, Object arg, String... children) {
        List<Long> revisions = new ArrayList<>();
        for (Long id : jdbc.queryForList("select id from " + table + " where " + where, Long.class, arg)) {
            for (String child : children) {
                String[] tableAndColumn = child.split("\\.");
                revisions.addAll(revisionsOf(jdbc, tableAndColumn[0], tableAndColumn[1] + " = ?", id));
                deleteAudited(jdbc, tableAndColumn[0], tableAndColumn[1] + " = ?", id);
            }
            revisions.addAll(revisionsOf(jdbc, table, "id = ?", id));
            deleteAudited(jdbc, table, "id = ?", id);
        }
        deleteRevisions(jdbc, revisions);
    }

    /** Deletes audit revisions (after the audit rows that referred to them). */
    public static void deleteRevisions(JdbcTemplate jdbc, Collection<Long> revisions) {
        for (Long revision : revisions) {
            jdbc.update("delete from audit_revision_change where revision_id = ?", revision);
            jdbc.update("delete from audit_revision where id = ? and not exists "
                    + "(select 1 from audit_revision_change where revision_id = ?)", revision, revision);
        }
    }

    /** Deletes the login log entries written since a moment (a journey's logins). */
    public static void deleteLoginsSince(JdbcTemplate jdbc, Instant since) {
        jdbc.update("delete from login_event where occurred_at >= ?", java.sql.Timestamp.from(since));
    }
}
