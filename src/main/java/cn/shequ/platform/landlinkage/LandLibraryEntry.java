package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.audit.ShownBy;
import cn.shequ.platform.record.Placed;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.Region;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A site of the project library (项目库): a village or an industrial or mining site of a town that
 * could be demolished and reclaimed. Its status only moves forward: 入库 → 列入计划 → 拆旧复垦 → 已验收.
 * Its year (for the year-end lock) is the year it was entered into the library.
 */
@Entity
@Table(name = "land_library_entry")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LandLibraryEntry implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LandSiteKind kind;

    @Refers(Region.class)
    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Refers(Region.class)
    @Column(name = "community_id")
    private Long communityId;

    @Refers(Region.class)
    @Column(name = "village_id")
    private Long villageId;

    /** The path of the village, else the community, else the town. */
    @ShownBy({"townId", "communityId", "villageId"})
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(name = "entered_year", nullable = false)
    private int enteredYear;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal area;

    @Column(name = "reclaimable_area", nullable = false, precision = 12, scale = 2)
    private BigDecimal reclaimableArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LandLibraryStatus status = LandLibraryStatus.IN_LIBRARY;

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    /** What the form (or a spreadsheet row) sets; the places are checked against the region tree by the service. */
    record Details(String name, LandSiteKind kind, long townId, Long communityId, Long villageId, String regionPath,
            int enteredYear, BigDecimal area, BigDecimal reclaimableArea, String notes) {
    }

    static LandLibraryEntry enter(Details details) {
        LandLibraryEntry entry = new LandLibraryEntry();
        entry.describe(details);
        return entry;
    }

    /**
     * Sets the details after checking them: a name; areas not negative, the reclaimable area not above
     * the site's area; a village site names its community and village.
     */
    void describe(Details details) {
        List<Violation> violations = check(details);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.name = details.name().trim();
        this.kind = details.kind();
        this.townId = details.townId();
        this.communityId = details.communityId();
        this.villageId = details.villageId();
        this.regionPath = details.regionPath();
        this.enteredYear = details.enteredYear();
        this.area = details.area();
        this.reclaimableArea = details.reclaimableArea();
        this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().trim();
    }

    /** The rules of the details, as violations (empty when they hold); the spreadsheet import shares them. */
    static List<Violation> check(Details details) {
        List<Violation> violations = new ArrayList<>();
        if (details.name() == null || details.name().isBlank()) {
            violations.add(new Violation("name", "validation.required"));
        }
        if (details.area() != null && details.area().signum() < 0) {
            violations.add(new Violation("area", "validation.nonNegative"));
        }
        if (details.reclaimableArea() != null && details.reclaimableArea().signum() < 0) {
            violations.add(new Violation("reclaimableArea", "validation.nonNegative"));
        }
        if (details.area() != null && details.reclaimableArea() != null && details.area().signum() >= 0
                && details.reclaimableArea().compareTo(details.area()) > 0) {
            violations.add(new Violation("reclaimableArea", "landlinkage.error.reclaimable.aboveArea"));
        }
        if (details.kind() == LandSiteKind.VILLAGE && details.villageId() == null) {
            violations.add(new Violation("villageId", "landlinkage.error.village.required"));
        }
        return violations;
    }

    /** Moves the status forward (to any later status); a step back or a standstill is refused. */
    void advanceTo(LandLibraryStatus target) {
        if (target == null || target.ordinal() <= status.ordinal()) {
            throw RuleViolationException.of("status", "landlinkage.error.status.backward");
        }
        this.status = target;
    }

    /** Moves the status forward to {@code target} unless it is there or beyond already. */
    void reach(LandLibraryStatus target) {
        if (target.ordinal() > status.ordinal()) {
            this.status = target;
        }
    }
}
