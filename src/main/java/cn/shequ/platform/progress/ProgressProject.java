package cn.shequ.platform.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A construction project of a work stream: a record placed in a community ({@link PlacedRecord}),
 * planned in a year, its progress moved on
 * only by its progress reports. Each work stream keeps its projects in its own table, a subclass
 * that adds what its projects are and keeps the list of its reports.
 *
 * @param <R> the work stream's progress report
 */
@MappedSuperclass
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class ProgressProject<R extends ProgressReport> extends PlacedRecord {

    @Embedded
    private Progress progress = Progress.planned();

    @Column(length = 2000)
    private String notes;

    /** The year the project is planned in: its figures count in it, and that year's lock guards it. */
    public abstract int getYear();

    /** The project's reports, newest first. */
    public abstract List<R> getReports();

    protected void setNotes(String notes) {
        this.notes = clean(notes);
    }

    /**
     * Moves the project on by a progress report, or refuses it with every rule it breaks: a report
     * date within sane bounds, the rules of {@link Progress#advance}, and {@code broken}, the rules of
     * the work stream's own the report breaks.
     *
     * @param plannedStart the project's planned start; a report may not complete it before that
     * @param report the report, made once it is accepted
     */
    protected R advance(Progress.ReportDraft draft, LocalDate plannedStart, List<Violation> broken, Supplier<R> report) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("reportDate", draft.reportDate(), violations);
        violations.addAll(broken);
        Progress next = null;
        try {
            next = progress.advance(draft, plannedStart);
        }
        catch (RuleViolationException ex) {
            violations.addAll(ex.violations());
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.progress = next;
        R accepted = report.get();
        getReports().add(0, accepted);
        return accepted;
    }
}
