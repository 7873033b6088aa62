package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A plan (规划编制) of an eco-town or community, placed in its community: its type, status and, once
 * approved, the approval date; the areas (亩) of its functional zones 产业发展区, 集中居住区, 综合服务区
 * and 生态功能区. An eco-town key project counts as having finished its plans when its community has
 * an approved plan.
 */
@Entity
@Table(name = "eco_plan")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoPlan extends PlacedRecord {

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false, length = 24)
    private EcoPlanType planType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EcoPlanStatus status;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "industry_area", precision = 12, scale = 2)
    private BigDecimal industryArea;

    @Column(name = "residential_area", precision = 12, scale = 2)
    private BigDecimal residentialArea;

    @Column(name = "service_area", precision = 12, scale = 2)
    private BigDecimal serviceArea;

    @Column(name = "ecology_area", precision = 12, scale = 2)
    private BigDecimal ecologyArea;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, int year, String name, EcoPlanType planType,
            EcoPlanStatus status, LocalDate approvedOn, BigDecimal industryArea, BigDecimal residentialArea,
            BigDecimal serviceArea, BigDecimal ecologyArea, String notes) {
    }

    static EcoPlan draw(Details details) {
        EcoPlan plan = new EcoPlan();
        plan.describe(details);
        return plan;
    }

    /**
     * Sets the details after checking them: an approved plan carries its approval date and a plan
     * not (yet) approved carries none; dates sane; zone areas not negative.
     */
    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        if (details.status() == EcoPlanStatus.APPROVED && details.approvedOn() == null) {
            violations.add(new Violation("approvedOn", "ecotown.error.plan.approvedOnRequired"));
        }
        if (details.status() != EcoPlanStatus.APPROVED && details.approvedOn() != null) {
            violations.add(new Violation("approvedOn", "ecotown.error.plan.notApproved"));
        }
        SaneDates.check("approvedOn", details.approvedOn(), violations);
        nonNegative("industryArea", details.industryArea(), violations);
        nonNegative("residentialArea", details.residentialArea(), violations);
        nonNegative("serviceArea", details.serviceArea(), violations);
        nonNegative("ecologyArea", details.ecologyArea(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.year = details.year();
        this.name = details.name().trim();
        this.planType = details.planType();
        this.status = details.status();
        this.approvedOn = details.approvedOn();
        this.industryArea = details.industryArea();
        this.residentialArea = details.residentialArea();
        this.serviceArea = details.serviceArea();
        this.ecologyArea = details.ecologyArea();
        this.notes = clean(details.notes());
    }

    /** The sum of the zone areas given, 亩. */
    public BigDecimal getTotalArea() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal area : new BigDecimal[] {industryArea, residentialArea, serviceArea, ecologyArea}) {
            if (area != null) {
                total = total.add(area);
            }
        }
        return total;
    }

    static void nonNegative(String field, BigDecimal value, List<Violation> violations) {
        if (value != null && value.signum() < 0) {
            violations.add(new Violation(field, "validation.nonNegative"));
        }
    }
}
