package cn.shequ.platform.servicecenter;

import java.time.Instant;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProgressReport;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A progress report of a service-center project. */
@Entity
@Table(name = "service_center_report")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ServiceCenterReport extends ProgressReport {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private ServiceCenterProject project;

    ServiceCenterReport(ServiceCenterProject project, Progress.ReportDraft draft, String note, String reporter,
            Instant recordedAt) {
        super(draft, note, reporter, recordedAt);
        this.project = project;
    }
}
