package cn.shequ.platform.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.audit.ShownBy;
import cn.shequ.platform.region.Region;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A construction project of a work stream: placed in a community (whose region path the data scope
 * filters on; each entity carries the scope filter itself), planned in a year, its progress moved on
 * only by its progress reports. Each work stream keeps its projects in its own table, a subclass
 * that adds what its projects are and keeps the list of its reports.
 *
 * @param <R> the work stream's progress report
 */
@MappedSuperclass
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class ProgressProject<R extends ProgressReport> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Refers(Region.class)
    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @ShownBy("communityId")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Embedded
    private Progress progress = Progress.planned();

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    /** The year the project is planned in: its figures count in it, and that year's lock guards it. */
    public abstract int getYear();

    /** The project's reports, newest first. */
    public abstract List<R> getReports();

    protected void placeAt(long communityId, String regionPath) {
        this.communityId = communityId;
        this.regionPath = regionPath;
    }

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

    /** A text as stored: trimmed, and null when blank. */
    protected static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
