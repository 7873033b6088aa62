package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
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
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A completion acceptance (竣工验收) of linkage plots by the land authority: its date, document number
 * and the land saved, which is not above the covered plots' planned area. Accepting moves the plots'
 * sites to 已验收. Its region is the nearest region holding all its plots; its year is the year of its date.
 */
@Entity
@Table(name = "land_acceptance")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LandAcceptance implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accepted_on", nullable = false)
    private LocalDate acceptedOn;

    @Column(nullable = false, length = 100)
    private String authority;

    @Column(name = "document_number", nullable = false, length = 60)
    private String documentNumber;

    @Column(name = "land_saved", nullable = false, precision = 12, scale = 2)
    private BigDecimal landSaved;

    @ShownBy("plotIds")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    /** The linkage plots it covers (each plot is covered by one acceptance at most). */
    @Refers(LinkagePlot.class)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "land_acceptance_plot", joinColumns = @JoinColumn(name = "acceptance_id"))
    @Column(name = "plot_id", nullable = false)
    private Set<Long> plotIds = new LinkedHashSet<>();

    record Details(LocalDate acceptedOn, String authority, String documentNumber, BigDecimal landSaved, String notes) {
    }

    /** Accepts the plots: at least one, each planned no later than the acceptance's year. */
    static LandAcceptance of(Collection<LinkagePlot> plots, Details details) {
        if (plots.isEmpty()) {
            throw RuleViolationException.of("plotIds", "landlinkage.error.acceptance.noPlots");
        }
        LandAcceptance acceptance = new LandAcceptance();
        plots.forEach(plot -> acceptance.plotIds.add(plot.getId()));
        acceptance.regionPath = commonPath(plots.stream().map(LinkagePlot::getRegionPath).toList());
        acceptance.describe(plots, details);
        plots.forEach(plot -> plot.getEntry().reach(LandLibraryStatus.ACCEPTED));
        return acceptance;
    }

    /** Sets the details after checking them against the covered plots. */
    void describe(Collection<LinkagePlot> plots, Details details) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("acceptedOn", details.acceptedOn(), violations);
        BigDecimal covered = plannedArea(plots);
        if (details.landSaved() != null && details.landSaved().signum() < 0) {
            violations.add(new Violation("landSaved", "validation.nonNegative"));
        }
        else if (details.landSaved() != null && details.landSaved().compareTo(covered) > 0) {
            violations.add(new Violation("landSaved", "landlinkage.error.acceptance.aboveArea",
                    covered.stripTrailingZeros().toPlainString()));
        }
        if (details.acceptedOn() != null) {
            for (LinkagePlot plot : plots) {
                if (plot.getPlanYear() > details.acceptedOn().getYear()) {
                    violations.add(new Violation("acceptedOn", "landlinkage.error.acceptance.beforePlan", plot.getName(),
                            plot.getPlanYear()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.acceptedOn = details.acceptedOn();
        this.authority = details.authority().trim();
        this.documentNumber = details.documentNumber().trim();
        this.landSaved = details.landSaved();
        this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().trim();
    }

    /** The plots' planned area, 亩. */
    static BigDecimal plannedArea(Collection<LinkagePlot> plots) {
        return plots.stream().map(LinkagePlot::getPlannedArea).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The nearest region path holding all the given ones (cut at whole codes). */
    static String commonPath(List<String> paths) {
        String common = paths.get(0);
        for (String path : paths) {
            while (!path.startsWith(common)) {
                common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
            }
        }
        return common;
    }
}
