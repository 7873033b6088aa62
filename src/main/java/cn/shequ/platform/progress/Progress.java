package cn.shequ.platform.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a project stands: the status, percentage and investment of its latest progress report, and
 * the dates the reports put it under construction, completed and in use. Only
 * {@link #advance(ReportDraft, LocalDate)} changes it, and that is where the progress rules live.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Progress {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ProjectStatus status = ProjectStatus.PLANNED;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "investment_to_date", precision = 14, scale = 2)
    private BigDecimal investmentToDate;

    @Column(name = "last_report_date")
    private LocalDate lastReportDate;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "in_use_on")
    private LocalDate inUseOn;

    /** A project with no report yet: planned, nothing done. */
    public static Progress planned() {
        return new Progress();
    }

    /**
     * The progress after a new report, or a refusal listing every rule the report breaks: a report
     * dated before the latest one, a percentage below the last one, a status that goes backwards,
     * less invested than already reported, a completion (or start) before the planned start.
     *
     * @param plannedStart the project's planned start; a report may not complete it before that
     */
    public Progress advance(ReportDraft report, LocalDate plannedStart) {
        List<Violation> violations = new ArrayList<>();
        if (lastReportDate != null && report.reportDate().isBefore(lastReportDate)) {
            violations.add(new Violation("reportDate", "progress.error.date.beforeLatest", lastReportDate));
        }
        if (report.status().ordinal() < status.ordinal()) {
            violations.add(new Violation("status", "progress.error.status.backwards",
                    new DefaultMessageSourceResolvable("enum.ProjectStatus." + status.name())));
        }
        if (report.percentComplete() < percentComplete) {
            violations.add(new Violation("percentComplete", "progress.error.percent.belowLast", percentComplete));
        }
        if (investmentToDate != null && report.investmentToDate() != null
                && report.investmentToDate().compareTo(investmentToDate) < 0) {
            violations.add(new Violation("investmentToDate", "progress.error.investment.belowLast",
                    investmentToDate.stripTrailingZeros().toPlainString()));
        }
        if (report.status().hasReached(ProjectStatus.COMPLETED) && report.percentComplete() < 100) {
            violations.add(new Violation("percentComplete", "progress.error.percent.completed"));
        }
        if (report.status() == ProjectStatus.PLANNED && report.percentComplete() > 0) {
            violations.add(new Violation("status", "progress.error.status.plannedWithWork"));
        }
        LocalDate start = startedOn != null ? startedOn : plannedStart;
        if (report.status().hasReached(ProjectStatus.COMPLETED) && start != null && report.reportDate().isBefore(start)) {
            violations.add(new Violation("reportDate", "progress.error.date.completedBeforeStart", start));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Progress next = new Progress();
        next.status = report.status();
        next.percentComplete = report.percentComplete();
        next.investmentToDate = report.investmentToDate() != null ? report.investmentToDate() : investmentToDate;
        next.lastReportDate = report.reportDate();
        next.startedOn = startedOn != null || !report.status().hasReached(ProjectStatus.UNDER_CONSTRUCTION)
                ? startedOn : report.reportDate();
        next.completedOn = completedOn != null || !report.status().hasReached(ProjectStatus.COMPLETED)
                ? completedOn : report.reportDate();
        next.inUseOn = inUseOn != null || !report.status().hasReached(ProjectStatus.IN_USE) ? inUseOn : report.reportDate();
        return next;
    }

    /** What a progress report says, before it is accepted. */
    public record ReportDraft(LocalDate reportDate, ProjectStatus status, int percentComplete,
            BigDecimal investmentToDate) {
    }
}
