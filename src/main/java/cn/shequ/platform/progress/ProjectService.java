package cn.shequ.platform.progress;

import java.time.Instant;
import java.util.List;

/**
 * What a work stream's service does with its projects, for {@link ProjectPages}: each checks the
 * data scope, the year locks and its own rules.
 *
 * @param <P> the project
 * @param <E> the project's form
 * @param <F> the progress report's form
 */
public interface ProjectService<P extends ProgressProject<?>, E, F extends ProgressReportForm> {

    /** The project, or 404 when it does not exist or lies outside the user's scope. */
    P get(long id);

    /** The project's reports, newest first (the project must be one the user may see). */
    List<? extends ProgressReport> reportsOf(long id);

    /** The edit form of the project as it is now. */
    E formFor(long id);

    /** Plans a project; its id. */
    long create(E form);

    void update(long id, E form);

    /**
     * The project's report as the form gives it, made by the project (which refuses it when it
     * breaks a rule); {@link ProjectChanges#report} saves it.
     */
    ProgressReport reportOf(P project, F form, String reporter, Instant now);
}
