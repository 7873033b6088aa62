package cn.shequ.platform.progress;

import java.util.function.Function;
import java.util.function.LongFunction;

import cn.shequ.platform.record.Placements;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks every change of a saved project passes, and the saving of its progress reports. A
 * change is refused outside the user's data scope, from a form made from an older version, or in a
 * locked year.
 *
 * <p>A progress report changes its project, even when it repeats the last report's figures: the
 * project's version moves on with every report. So the same report form sent twice, or two reports
 * made from one version at once, save once; the others find the project changed and are told so.
 */
@Component
@Transactional
public class ProjectChanges {

    private final Placements placements;
    private final EntityManager entityManager;

    ProjectChanges(Placements placements, EntityManager entityManager) {
        this.placements = placements;
        this.entityManager = entityManager;
    }

    /**
     * Before a change of a saved project: the user's scope covers it, the form was made from its
     * current version, and its year is open.
     */
    public void requireChangeable(ProgressProject<?> project, Long formVersion) {
        placements.change(project, project.getYear(), formVersion);
    }

    /**
     * Saves a progress report on the project {@code find} gives (404 outside the user's scope) after
     * {@link #requireChangeable the checks of a change}. The project's version is raised when the
     * transaction commits, and the commit fails if another report (or edit) raised it first.
     *
     * @param report the project's report, made by the project (which refuses it when it breaks a rule)
     */
    public <P extends ProgressProject<?>> ProgressReport report(long id, LongFunction<P> find, Long formVersion,
            Function<P, ? extends ProgressReport> report) {
        P project = find.apply(id);
        requireChangeable(project, formVersion);
        entityManager.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        ProgressReport saved = report.apply(project);
        entityManager.persist(saved);
        return saved;
    }
}
