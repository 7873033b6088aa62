package cn.shequ.platform.ecotown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.audit.Refers;
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

/** An infrastructure item a community achieved, and the date it did. One per community and item. */
@Entity
@Table(name = "eco_infrastructure")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoInfrastructure extends PlacedRecord {

    @Refers(EcoInfrastructureItem.class)
    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    static EcoInfrastructure achieve(long communityId, String regionPath, long itemId, LocalDate achievedOn, String field) {
        EcoInfrastructure achievement = new EcoInfrastructure();
        achievement.placeAt(communityId, regionPath);
        achievement.itemId = itemId;
        achievement.redate(achievedOn, field);
        return achievement;
    }

    /** Sets the date achieved; {@code field} names the form field a refusal concerns. */
    void redate(LocalDate achievedOn, String field) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check(field, achievedOn, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.achievedOn = achievedOn;
    }
}
