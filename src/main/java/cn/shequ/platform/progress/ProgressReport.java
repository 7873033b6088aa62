package cn.shequ.platform.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A dated progress report, as entered by office or town staff. Each work stream keeps its reports in
 * its own table (a subclass that adds the link to its project); reports are never edited afterwards.
 */
@MappedSuperclass
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProjectStatus status;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "investment_to_date", precision = 14, scale = 2)
    private BigDecimal investmentToDate;

    @Column(length = 1000)
    private String note;

    @Column(name = "reporter", nullable = false, length = 50)
    private String reporter;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgressReport(Progress.ReportDraft draft, String note, String reporter, Instant recordedAt) {
        this.reportDate = draft.reportDate();
        this.status = draft.status();
        this.percentComplete = draft.percentComplete();
        this.investmentToDate = draft.investmentToDate();
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.reporter = reporter;
        this.recordedAt = recordedAt;
    }
}
