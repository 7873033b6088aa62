package cn.shequ.platform.servicecenter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProgressProject;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A community service center in a year's upgrade plan: renovated in an existing building or built
 * new. Its progress moves on only through its progress reports.
 */
@Entity
@Table(name = "service_center_project")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ServiceCenterProject extends ProgressProject<ServiceCenterReport> {

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceCenterKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "reused_building", length = 16)
    private ReusedBuilding reusedBuilding;

    @Column(nullable = false)
    private boolean showcase;

    @Column(name = "floor_area", precision = 12, scale = 2)
    private BigDecimal floorArea;

    @Column(name = "planned_investment", precision = 14, scale = 2)
    private BigDecimal plannedInvestment;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_finish")
    private LocalDate plannedFinish;

    @NotAudited
    @OneToMany(mappedBy = "project")
    @OrderBy("reportDate desc, id desc")
    private List<ServiceCenterReport> reports = new ArrayList<>();

    /** What the project form sets. */
    record Details(long communityId, String regionPath, int planYear, ServiceCenterKind kind,
            ReusedBuilding reusedBuilding, boolean showcase, BigDecimal floorArea, BigDecimal plannedInvestment,
            LocalDate plannedStart, LocalDate plannedFinish, String notes) {
    }

    static ServiceCenterProject plan(Details details) {
        ServiceCenterProject project = new ServiceCenterProject();
        project.describe(details);
        return project;
    }

    /**
     * Sets the project's details after checking them: a renovation names the building it reuses and a
     * new build does not; the planned finish is not before the planned start; a completed project is
     * not planned to start after it was completed.
     */
    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        if (details.kind() == ServiceCenterKind.RENOVATION && details.reusedBuilding() == null) {
            violations.add(new Violation("reusedBuilding", "servicecenter.error.reused.required"));
        }
        if (details.kind() == ServiceCenterKind.NEW_BUILD && details.reusedBuilding() != null) {
            violations.add(new Violation("reusedBuilding", "servicecenter.error.reused.newBuild"));
        }
        SaneDates.check("plannedStart", details.plannedStart(), violations);
        SaneDates.check("plannedFinish", details.plannedFinish(), violations);
        SaneDates.order(details.plannedStart(), "plannedFinish", details.plannedFinish(), violations);
        LocalDate completed = getProgress().getCompletedOn();
        if (completed != null && details.plannedStart() != null && completed.isBefore(details.plannedStart())) {
            violations.add(new Violation("plannedStart", "servicecenter.error.startAfterCompletion", completed));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.planYear = details.planYear();
        this.kind = details.kind();
        this.reusedBuilding = details.reusedBuilding();
        this.showcase = details.showcase();
        this.floorArea = details.floorArea();
        this.plannedInvestment = details.plannedInvestment();
        this.plannedStart = details.plannedStart();
        this.plannedFinish = details.plannedFinish();
        setNotes(details.notes());
    }

    @Override
    public int getYear() {
        return planYear;
    }

    /** Moves the project on by a progress report, or refuses the report (see {@link ProgressProject#advance}). */
    ServiceCenterReport report(Progress.ReportDraft draft, String note, String reporter, Instant now) {
        return advance(draft, plannedStart, List.of(), () -> new ServiceCenterReport(this, draft, note, reporter, now));
    }
}
