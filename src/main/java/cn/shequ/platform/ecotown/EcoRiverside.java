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
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A key community of a year's riverside development (沿潍河开发): a community along the river,
 * whether the work features it (突出抓), and the land quota (亩) it won that year.
 */
@Entity
@Table(name = "eco_riverside")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoRiverside extends PlacedRecord {

    @Column(name = "riverside_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "land_quota", nullable = false, precision = 12, scale = 2)
    private BigDecimal landQuota = BigDecimal.ZERO;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, boolean alongRiver, int year, boolean featured,
            BigDecimal landQuota, String notes) {
    }

    static EcoRiverside select(Details details) {
        EcoRiverside riverside = new EcoRiverside();
        riverside.describe(details);
        return riverside;
    }

    /** Sets the details after checking them: the community lies along the river; the quota is not negative. */
    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        if (!details.alongRiver()) {
            violations.add(new Violation("communityId", "ecotown.error.riverside.notAlongRiver"));
        }
        EcoPlan.nonNegative("landQuota", details.landQuota(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.year = details.year();
        this.featured = details.featured();
        this.landQuota = details.landQuota() == null ? BigDecimal.ZERO : details.landQuota();
        this.notes = clean(details.notes());
    }
}
