package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.RuleViolationException;
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
 * A title a community was named with in a year (命名, e.g. 山东省农村新型示范社区), by the province,
 * the prefecture or the city, with the award money (万元) it brought and what that is for (e.g.
 * 污水处理). {@code cohortTotal} is how many communities the whole prefecture had named with the
 * title that year, as recorded (the yearbook's “潍坊市共10个”). A community holds a title once a year.
 */
@Entity
@Table(name = "eco_designation")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoDesignation extends PlacedRecord {

    @Column(name = "designation_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EcoDesignationLevel level;

    @Column(name = "award_amount", precision = 12, scale = 2)
    private BigDecimal awardAmount;

    @Column(name = "award_purpose", length = 100)
    private String awardPurpose;

    @Column(name = "cohort_total")
    private Integer cohortTotal;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, int year, String title, EcoDesignationLevel level,
            BigDecimal awardAmount, String awardPurpose, Integer cohortTotal, String notes) {
    }

    static EcoDesignation designate(Details details) {
        EcoDesignation designation = new EcoDesignation();
        designation.describe(details);
        return designation;
    }

    /** Sets the details after checking them: money not negative, a purpose only with an amount, a cohort of at least one. */
    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        EcoPlan.nonNegative("awardAmount", details.awardAmount(), violations);
        if (clean(details.awardPurpose()) != null && details.awardAmount() == null) {
            violations.add(new Violation("awardAmount", "ecotown.error.award.purposeWithoutAmount"));
        }
        if (details.cohortTotal() != null && details.cohortTotal() < 1) {
            violations.add(new Violation("cohortTotal", "validation.min", 1));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.year = details.year();
        this.title = details.title().trim();
        this.level = details.level();
        this.awardAmount = details.awardAmount();
        this.awardPurpose = clean(details.awardPurpose());
        this.cohortTotal = details.cohortTotal();
        this.notes = clean(details.notes());
    }
}
