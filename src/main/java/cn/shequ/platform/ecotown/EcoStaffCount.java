package cn.shequ.platform.ecotown;

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
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * How many community workers (社区工作人员) a community had on a date. The standards check of a year
 * reads the latest count dated on or before 31 December; one count per community and date.
 */
@Entity
@Table(name = "eco_staff")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoStaffCount extends PlacedRecord {

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(nullable = false)
    private int workers;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, LocalDate asOf, int workers, String notes) {
    }

    static EcoStaffCount count(Details details) {
        EcoStaffCount count = new EcoStaffCount();
        count.describe(details);
        return count;
    }

    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("asOf", details.asOf(), violations);
        if (details.workers() < 0) {
            violations.add(new Violation("workers", "validation.nonNegative"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.asOf = details.asOf();
        this.workers = details.workers();
        this.notes = clean(details.notes());
    }
}
