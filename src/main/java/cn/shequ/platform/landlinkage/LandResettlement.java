package cn.shequ.platform.landlinkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.audit.ShownBy;
import cn.shequ.platform.record.Placed;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.Region;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * A resettlement (搬迁安置): one or more villages moved into an aggregation zone, by a mode, with the
 * households moved (more than none). It lies in the destination zone's community; its year is the
 * year of its date.
 */
@Entity
@Table(name = "land_resettlement")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LandResettlement implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resettled_on", nullable = false)
    private LocalDate resettledOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResettlementMode mode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zone_id", nullable = false)
    private LandZone zone;

    @Column(nullable = false)
    private int households;

    @ShownBy("zone")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(length = 2000)
    private String notes;

    /** The pilot the resettlement was run as (试点, e.g. 北老屯生态小镇), when it was one: the yearbook names it. */
    @Column(length = 100)
    private String pilot;

    @Version
    private Long version;

    /** The villages moved (region ids of level VILLAGE). */
    @Refers(Region.class)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "land_resettlement_village", joinColumns = @JoinColumn(name = "resettlement_id"))
    @Column(name = "village_id", nullable = false)
    private Set<Long> villageIds = new LinkedHashSet<>();

    record Details(LocalDate resettledOn, ResettlementMode mode, int households, String notes) {
    }

    static LandResettlement of(LandZone zone, Collection<Long> villageIds, Details details) {
        LandResettlement resettlement = new LandResettlement();
        resettlement.describe(zone, villageIds, details);
        return resettlement;
    }

    /** Names the pilot the resettlement was run as. */
    LandResettlement asPilot(String name) {
        this.pilot = name == null || name.isBlank() ? null : name.strip();
        return this;
    }

    /** Sets the details after checking them: at least one village; households more than none. */
    void describe(LandZone zone, Collection<Long> villageIds, Details details) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("resettledOn", details.resettledOn(), violations);
        if (villageIds == null || villageIds.isEmpty()) {
            violations.add(new Violation("villageIds", "landlinkage.error.resettlement.villages"));
        }
        if (details.households() <= 0) {
            violations.add(new Violation("households", "landlinkage.error.resettlement.households"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.resettledOn = details.resettledOn();
        this.mode = details.mode();
        this.households = details.households();
        this.zone = zone;
        this.regionPath = zone.getRegionPath();
        this.villageIds.clear();
        this.villageIds.addAll(villageIds);
        this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().trim();
    }
}
