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

/** A featured industrial park (特色产业园区) of a community: name, kind, area (亩) and the date established. */
@Entity
@Table(name = "eco_park")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoPark extends PlacedRecord {

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EcoParkKind kind;

    @Column(precision = 12, scale = 2)
    private BigDecimal area;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, String name, EcoParkKind kind, BigDecimal area,
            LocalDate establishedOn, String notes) {
    }

    static EcoPark establish(Details details) {
        EcoPark park = new EcoPark();
        park.describe(details);
        return park;
    }

    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("establishedOn", details.establishedOn(), violations);
        EcoPlan.nonNegative("area", details.area(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.name = details.name().trim();
        this.kind = details.kind();
        this.area = details.area();
        this.establishedOn = details.establishedOn();
        this.notes = clean(details.notes());
    }
}
