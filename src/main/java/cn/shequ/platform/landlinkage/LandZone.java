package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.audit.ShownBy;
import cn.shequ.platform.record.Placed;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.Region;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An aggregation zone (社区聚合区) of a community, where villagers are resettled, with its dated progress
 * entries. Each entry is an increment (what was done since the entry before); the one opening-balance
 * entry holds everything done before the platform was used and is dated before every other entry. A
 * zone's figure at a date is the sum of its entries dated on or before it.
 */
@Entity
@Table(name = "land_aggregation_zone")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LandZone implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The community, fixed once the zone is created (its figures belong to that community). */
    @Refers(Region.class)
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @ShownBy("communityId")
    @Column(name = "region_path", nullable = false, updatable = false, length = 128)
    private String regionPath;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    @NotAudited
    @OneToMany(mappedBy = "zone")
    @OrderBy("entryDate, id")
    private List<LandZoneProgress> entries = new ArrayList<>();

    static LandZone of(long communityId, String regionPath, String name, String notes) {
        LandZone zone = new LandZone();
        zone.communityId = communityId;
        zone.regionPath = regionPath;
        zone.rename(name, notes);
        return zone;
    }

    void rename(String name, String notes) {
        if (name == null || name.isBlank()) {
            throw RuleViolationException.of("name", "validation.required");
        }
        this.name = name.trim();
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    /**
     * Adds a progress entry after checking it: amounts not negative; at most one opening balance,
     * dated before every other entry.
     */
    LandZoneProgress record(LandZoneProgress.Draft draft, String recordedBy) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("entryDate", draft.entryDate(), violations);
        nonNegative("completedArea", draft.completedArea(), violations);
        nonNegative("landSaved", draft.landSaved(), violations);
        if (draft.households() < 0) {
            violations.add(new Violation("households", "validation.nonNegative"));
        }
        LocalDate date = draft.entryDate();
        if (draft.openingBalance()) {
            if (entries.stream().anyMatch(LandZoneProgress::isOpeningBalance)) {
                violations.add(new Violation("openingBalance", "landlinkage.error.zone.secondOpening"));
            }
            if (entries.stream().anyMatch(e -> !e.getEntryDate().isAfter(date))) {
                violations.add(new Violation("entryDate", "landlinkage.error.zone.openingNotFirst"));
            }
        }
        else {
            entries.stream().filter(LandZoneProgress::isOpeningBalance).findFirst()
                    .filter(opening -> !date.isAfter(opening.getEntryDate()))
                    .ifPresent(opening -> violations.add(new Violation("entryDate",
                            "landlinkage.error.zone.beforeOpening", opening.getEntryDate())));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        LandZoneProgress entry = new LandZoneProgress(this, draft, recordedBy);
        entries.add(entry);
        entries.sort(java.util.Comparator.comparing(LandZoneProgress::getEntryDate));
        return entry;
    }

    /** The zone's figures as of a date: the sum of its entries dated on or before it. */
    public Totals totalsAsOf(LocalDate date) {
        return entries.stream().filter(entry -> !entry.getEntryDate().isAfter(date)).map(LandZoneProgress::totals)
                .reduce(Totals.NONE, Totals::plus);
    }

    /** Cumulative completed floor area (m²), households moved in, land saved (亩). */
    public record Totals(BigDecimal completedArea, long households, BigDecimal landSaved) {

        static final Totals NONE = new Totals(BigDecimal.ZERO, 0, BigDecimal.ZERO);

        Totals plus(Totals other) {
            return new Totals(completedArea.add(other.completedArea), households + other.households,
                    landSaved.add(other.landSaved));
        }
    }

    private static void nonNegative(String field, BigDecimal value, List<Violation> violations) {
        if (value != null && value.signum() < 0) {
            violations.add(new Violation(field, "validation.nonNegative"));
        }
    }
}
