package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.document.Document;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProgressProject;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
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
 * A key project of the year (年度重点项目): a seat-town rural new community or an eco-town, placed in
 * its community. Its progress, actual investment (cumulative) and households relocated (cumulative)
 * move on only through its progress reports, and never go back.
 */
@Entity
@Table(name = "eco_project")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoProject extends ProgressProject<EcoProjectReport> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EcoProjectKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "project_year", nullable = false)
    private int year;

    @Column(name = "planned_investment", nullable = false, precision = 14, scale = 2)
    private BigDecimal plannedInvestment;

    @Column(name = "prefecture_assessed", nullable = false)
    private boolean prefectureAssessed;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_result", length = 24)
    private EcoAssessmentResult assessmentResult;

    @Refers(Document.class)
    @Column(name = "plan_document_id")
    private Long planDocumentId;

    @Column(name = "households_relocated", nullable = false)
    private int householdsRelocated;

    @NotAudited
    @OneToMany(mappedBy = "project")
    @OrderBy("reportDate desc, id desc")
    private List<EcoProjectReport> reports = new ArrayList<>();

    /** What the project form sets. */
    record Details(EcoProjectKind kind, String name, long communityId, String regionPath, int year,
            BigDecimal plannedInvestment, boolean prefectureAssessed, EcoAssessmentResult assessmentResult,
            Long planDocumentId, String notes, boolean ruralCommunity) {
    }

    static EcoProject plan(Details details) {
        EcoProject project = new EcoProject();
        project.describe(details);
        return project;
    }

    /**
     * Sets the details after checking them: the project lies in a rural new community, the planned
     * investment is given and not negative, and only a project the prefecture assesses carries an
     * assessment result.
     */
    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        if (!details.ruralCommunity()) {
            violations.add(new Violation("communityId", "ecotown.error.community.notRural"));
        }
        if (details.plannedInvestment() == null) {
            violations.add(new Violation("plannedInvestment", "validation.required"));
        }
        else if (details.plannedInvestment().signum() < 0) {
            violations.add(new Violation("plannedInvestment", "validation.nonNegative"));
        }
        if (!details.prefectureAssessed() && details.assessmentResult() != null) {
            violations.add(new Violation("assessmentResult", "ecotown.error.assessment.notAssessed"));
        }
        if (details.name() == null || details.name().isBlank()) {
            violations.add(new Violation("name", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.kind = details.kind();
        this.name = details.name().trim();
        this.year = details.year();
        this.plannedInvestment = details.plannedInvestment();
        this.prefectureAssessed = details.prefectureAssessed();
        this.assessmentResult = details.assessmentResult();
        this.planDocumentId = details.planDocumentId();
        setNotes(details.notes());
    }

    /**
     * Moves the project on by a progress report, or refuses it with every rule it breaks: the shared
     * progress rules (date, status, percentage, investment never below the last report) and the
     * households relocated, cumulative, never below the last report. A report without a households
     * figure keeps the last one.
     */
    EcoProjectReport report(Progress.ReportDraft draft, Integer households, String note, String reporter, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (households != null && households < 0) {
            violations.add(new Violation("householdsRelocated", "validation.nonNegative"));
        }
        else if (households != null && households < householdsRelocated) {
            violations.add(new Violation("householdsRelocated", "ecotown.error.households.belowLast", householdsRelocated));
        }
        EcoProjectReport report = advance(draft, null, violations,
                () -> new EcoProjectReport(this, draft, households, note, reporter, now));
        if (households != null) {
            this.householdsRelocated = households;
        }
        return report;
    }

    /** The planned investment in 亿元 (1 亿 = 10,000 万). */
    public BigDecimal getPlannedInvestmentYi() {
        return EcoTownFigures.toYi(plannedInvestment);
    }
}
