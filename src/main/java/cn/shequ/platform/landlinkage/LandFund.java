package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.audit.ShownBy;
import cn.shequ.platform.record.Placed;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * Money (资金) received for land linkage: its date, source, amount in 万元 and purpose, and the one
 * aggregation zone or linkage plot it went to (whose region it takes). Its year is the year of its date.
 */
@Entity
@Table(name = "land_fund")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LandFund implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private LandFundSource source;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 200)
    private String purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    private LandZone zone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plot_id")
    private LinkagePlot plot;

    @ShownBy({"zone", "plot"})
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    record Details(LocalDate receivedOn, LandFundSource source, BigDecimal amount, String purpose, String notes) {
    }

    static LandFund receive(LandZone zone, LinkagePlot plot, Details details) {
        LandFund fund = new LandFund();
        fund.describe(zone, plot, details);
        return fund;
    }

    /** Sets the details after checking them: the amount is not negative; exactly one zone or plot. */
    void describe(LandZone zone, LinkagePlot plot, Details details) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("receivedOn", details.receivedOn(), violations);
        if (details.amount() != null && details.amount().signum() < 0) {
            violations.add(new Violation("amount", "validation.nonNegative"));
        }
        if ((zone == null) == (plot == null)) {
            violations.add(new Violation("zoneId", "landlinkage.error.fund.target"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.receivedOn = details.receivedOn();
        this.source = details.source();
        this.amount = details.amount();
        this.purpose = details.purpose().trim();
        this.zone = zone;
        this.plot = plot;
        this.regionPath = zone != null ? zone.getRegionPath() : plot.getRegionPath();
        this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().trim();
    }

    /** The name of the zone or plot the money went to. */
    public String targetName() {
        return zone != null ? zone.getName() : plot.getName();
    }
}
