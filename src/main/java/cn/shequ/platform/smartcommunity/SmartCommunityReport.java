package cn.shequ.platform.smartcommunity;

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

/** A progress report of a smart-community construction record. */
@Entity
@Table(name = "smart_community_report")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SmartCommunityReport extends ProgressReport {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "smart_community_id", nullable = false, updatable = false)
    private SmartCommunity smartCommunity;

    SmartCommunityReport(SmartCommunity smartCommunity, Progress.ReportDraft draft, String note, String reporter,
            Instant recordedAt) {
        super(draft, note, reporter, recordedAt);
        this.smartCommunity = smartCommunity;
    }
}
