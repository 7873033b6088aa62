package cn.shequ.platform.ecotown;

import java.time.Instant;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProgressReport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A progress report of a key project: the shared report (date, status, percentage, cumulative
 * investment to date) plus the households relocated so far (cumulative; empty when not reported).
 */
@Entity
@Table(name = "eco_project_report")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoProjectReport extends ProgressReport {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private EcoProject project;

    @Column(name = "households_relocated")
    private Integer householdsRelocated;

    EcoProjectReport(EcoProject project, Progress.ReportDraft draft, Integer householdsRelocated, String note,
            String reporter, Instant recordedAt) {
        super(draft, note, reporter, recordedAt);
        this.project = project;
        this.householdsRelocated = householdsRelocated;
    }
}
