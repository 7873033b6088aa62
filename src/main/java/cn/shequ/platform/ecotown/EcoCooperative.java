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

/** A farmers' cooperative (农民专业合作社) of a community: its name, the date founded and its members. */
@Entity
@Table(name = "eco_cooperative")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoCooperative extends PlacedRecord {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    private Integer members;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, String name, LocalDate foundedOn, Integer members, String notes) {
    }

    static EcoCooperative found(Details details) {
        EcoCooperative cooperative = new EcoCooperative();
        cooperative.describe(details);
        return cooperative;
    }

    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("foundedOn", details.foundedOn(), violations);
        if (details.members() != null && details.members() < 0) {
            violations.add(new Violation("members", "validation.nonNegative"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.name = details.name().trim();
        this.foundedOn = details.foundedOn();
        this.members = details.members();
        this.notes = clean(details.notes());
    }
}
