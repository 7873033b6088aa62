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
 * A linkage plot (挂钩地块): a library site taken into a county's plan of a year, with its planned
 * area. Only a site of the same county, still 入库, may be taken, once; taking it moves the site to
 * 列入计划. The plot's year (for the lock) is its plan year.
 */
@Entity
@Table(name = "land_linkage_plot")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LinkagePlot implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private LandLibraryEntry entry;

    /** The site's name when it was taken into the plan (how lists and the audit trail name the plot). */
    @Column(nullable = false, length = 100)
    private String name;

    /** The county whose plan the plot belongs to. */
    @Refers(Region.class)
    @Column(name = "county_path", nullable = false, length = 128)
    private String countyPath;

    @ShownBy("entry")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(name = "planned_area", nullable = false, precision = 12, scale = 2)
    private BigDecimal plannedArea;

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    /**
     * Takes a library site into the plan of a county: the site must lie in that county and still be
     * 入库 (not in a plan yet); the planned area is not negative and not above the site's reclaimable area.
     */
    static LinkagePlot take(LandLibraryEntry entry, String countyPath, int planYear, BigDecimal plannedArea, String notes) {
        List<Violation> violations = new ArrayList<>();
        if (countyPath == null || !entry.getRegionPath().startsWith(countyPath)) {
            violations.add(new Violation("entryId", "landlinkage.error.plot.county"));
        }
        if (entry.getStatus() != LandLibraryStatus.IN_LIBRARY) {
            violations.add(new Violation("entryId", "landlinkage.error.plot.taken"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        LinkagePlot plot = new LinkagePlot();
        plot.entry = entry;
        plot.name = entry.getName();
        plot.countyPath = countyPath;
        plot.regionPath = entry.getRegionPath();
        plot.plan(planYear, plannedArea, notes);
        entry.reach(LandLibraryStatus.IN_PLAN);
        return plot;
    }

    /** Sets the plan year, planned area and notes (the site stays the one taken). */
    void plan(int planYear, BigDecimal plannedArea, String notes) {
        List<Violation> violations = new ArrayList<>();
        if (plannedArea == null) {
            violations.add(new Violation("plannedArea", "validation.required"));
        }
        else if (plannedArea.signum() < 0) {
            violations.add(new Violation("plannedArea", "validation.nonNegative"));
        }
        else if (plannedArea.compareTo(entry.getReclaimableArea()) > 0) {
            violations.add(new Violation("plannedArea", "landlinkage.error.plot.aboveReclaimable",
                    entry.getReclaimableArea().stripTrailingZeros().toPlainString()));
        }
        if (entry.getEnteredYear() > planYear) {
            violations.add(new Violation("planYear", "landlinkage.error.plot.beforeEntered", entry.getEnteredYear()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.planYear = planYear;
        this.plannedArea = plannedArea;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }
}
