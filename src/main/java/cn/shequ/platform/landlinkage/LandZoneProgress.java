package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * One dated progress entry of an aggregation zone: the floor area completed, households moved in and
 * land saved since the entry before (an increment), or, for the opening balance, everything before.
 */
@Entity
@Table(name = "land_zone_progress")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LandZoneProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zone_id", nullable = false, updatable = false)
    private LandZone zone;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "opening_balance", nullable = false)
    private boolean openingBalance;

    @Column(name = "completed_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal completedArea;

    @Column(nullable = false)
    private int households;

    @Column(name = "land_saved", nullable = false, precision = 12, scale = 2)
    private BigDecimal landSaved;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    /** What a progress form sets. */
    record Draft(LocalDate entryDate, boolean openingBalance, BigDecimal completedArea, int households,
            BigDecimal landSaved, String note) {
    }

    /** What this entry adds to its zone's figures. */
    LandZone.Totals totals() {
        return new LandZone.Totals(completedArea, households, landSaved);
    }

    LandZoneProgress(LandZone zone, Draft draft, String recordedBy) {
        this.zone = zone;
        this.entryDate = draft.entryDate();
        this.openingBalance = draft.openingBalance();
        this.completedArea = draft.completedArea() == null ? BigDecimal.ZERO : draft.completedArea();
        this.households = draft.households();
        this.landSaved = draft.landSaved() == null ? BigDecimal.ZERO : draft.landSaved();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
        this.recordedBy = recordedBy;
    }
}
