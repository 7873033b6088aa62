package cn.shequ.platform.progress;

import java.util.stream.Collectors;

/** SQL fragments the work streams' figure queries share. Built from constants only, never from input. */
public final class ProgressSql {

    private ProgressSql() {
    }

    /**
     * A CASE expression giving the rank of a status column (0 planned … 3 in use). Since a status
     * never goes backwards, the highest rank among a project's reports up to a date is its status
     * at that date.
     */
    public static String rankOf(String statusColumn) {
        return "case " + statusColumn + " "
                + java.util.Arrays.stream(ProjectStatus.values())
                        .map(s -> "when '" + s.name() + "' then " + s.ordinal())
                        .collect(Collectors.joining(" "))
                + " else 0 end";
    }

    /** The rank {@link #rankOf(String)} gives a status. */
    public static int rank(ProjectStatus status) {
        return status.ordinal();
    }
}
