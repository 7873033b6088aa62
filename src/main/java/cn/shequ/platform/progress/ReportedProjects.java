package cn.shequ.platform.progress;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

/**
 * A progress report changes its project, even when it repeats the last report's figures: the
 * project's version moves on with every report. So the same report form sent twice, or two reports
 * made from one version at once, save once; the others find the project changed and are told so.
 */
@Component
public class ReportedProjects {

    private final EntityManager entityManager;

    ReportedProjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the project for a report: its version is raised when the transaction commits, and the
     * commit fails if another report (or edit) raised it first.
     */
    public void claimForReport(Object project) {
        entityManager.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
