package cn.shequ.platform.smartcommunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.document.Document;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProgressProject;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A community's smart-community construction in a plan year: the batch it belongs to (1 is the pilot
 * batch 试点, 首批; 2 the second batch …), the partner, the application systems deployed, set-top boxes
 * installed and households connected to the cable network, and the date the standardized display
 * platform (标准化展示平台) was completed. Its status moves on only through its progress reports.
 */
@Entity
@Table(name = "smart_community")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SmartCommunity extends ProgressProject<SmartCommunityReport> {

    /** The pilot batch (试点, the first batch). */
    public static final int PILOT_BATCH = 1;

    /** The highest batch number the form accepts. */
    public static final int LAST_BATCH = 20;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(nullable = false)
    private int batch;

    @Column(length = 100)
    private String partner;

    @ManyToMany
    @JoinTable(name = "smart_community_system", joinColumns = @JoinColumn(name = "smart_community_id"),
            inverseJoinColumns = @JoinColumn(name = "system_id"))
    private Set<SmartApplicationSystem> systems = new LinkedHashSet<>();

    @Column(name = "set_top_boxes", nullable = false)
    private int setTopBoxes;

    @Column(name = "households_connected", nullable = false)
    private int householdsConnected;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "platform_completed_on")
    private LocalDate platformCompletedOn;

    @Refers(Document.class)
    @Column(name = "plan_document_id")
    private Long planDocumentId;

    @NotAudited
    @OneToMany(mappedBy = "smartCommunity")
    @OrderBy("reportDate desc, id desc")
    private List<SmartCommunityReport> reports = new ArrayList<>();

    /**
     * What the record's form sets.
     *
     * @param communityHouseholds the community's registered households (0 when unknown): no more can be
     *                            connected
     */
    record Details(long communityId, String regionPath, int planYear, int batch, String partner,
            Set<SmartApplicationSystem> systems, int setTopBoxes, int householdsConnected, int communityHouseholds,
            LocalDate startDate, LocalDate platformCompletedOn, Long planDocumentId, String notes) {
    }

    static SmartCommunity record(Details details, LocalDate today) {
        SmartCommunity record = new SmartCommunity();
        record.describe(details, today);
        return record;
    }

    /**
     * Sets the record's details after checking them: dates within sane bounds; the display platform
     * completed neither before the record's start (its start date, or the date a report first put it
     * under construction) nor after today; a start date not after a reported completion; the batch
     * between 1 and {@value #LAST_BATCH}; counts not negative and households connected not more than
     * the community has.
     */
    void describe(Details details, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("startDate", details.startDate(), violations);
        SaneDates.check("platformCompletedOn", details.platformCompletedOn(), violations);
        LocalDate start = details.startDate() != null ? details.startDate() : getProgress().getStartedOn();
        LocalDate platform = details.platformCompletedOn();
        if (platform != null && start != null && platform.isBefore(start)) {
            violations.add(new Violation("platformCompletedOn", "smartcommunity.error.platformBeforeStart", start));
        }
        if (platform != null && platform.isAfter(today)) {
            violations.add(new Violation("platformCompletedOn", "smartcommunity.error.platformInFuture"));
        }
        LocalDate completed = getProgress().getCompletedOn();
        if (completed != null && details.startDate() != null && details.startDate().isAfter(completed)) {
            violations.add(new Violation("startDate", "smartcommunity.error.startAfterCompletion", completed));
        }
        if (details.batch() < PILOT_BATCH || details.batch() > LAST_BATCH) {
            violations.add(new Violation("batch", "smartcommunity.error.batch", LAST_BATCH));
        }
        if (details.setTopBoxes() < 0) {
            violations.add(new Violation("setTopBoxes", "validation.nonNegative"));
        }
        if (details.householdsConnected() < 0) {
            violations.add(new Violation("householdsConnected", "validation.nonNegative"));
        }
        else if (details.communityHouseholds() > 0 && details.householdsConnected() > details.communityHouseholds()) {
            violations.add(new Violation("householdsConnected", "smartcommunity.error.households",
                    details.communityHouseholds()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.planYear = details.planYear();
        this.batch = details.batch();
        this.partner = clean(details.partner());
        this.systems.clear();
        this.systems.addAll(details.systems());
        this.setTopBoxes = details.setTopBoxes();
        this.householdsConnected = details.householdsConnected();
        this.startDate = details.startDate();
        this.platformCompletedOn = platform;
        this.planDocumentId = details.planDocumentId();
        setNotes(details.notes());
    }

    @Override
    public int getYear() {
        return planYear;
    }

    /** Moves the record on by a progress report, or refuses the report (see {@link ProgressProject#advance}). */
    SmartCommunityReport report(Progress.ReportDraft draft, String note, String reporter, Instant now) {
        return advance(draft, startDate, List.of(), () -> new SmartCommunityReport(this, draft, note, reporter, now));
    }

    public boolean isPilot() {
        return batch == PILOT_BATCH;
    }

    /** True when the display platform was completed on or before 31 December of {@code year}. */
    public boolean isPlatformCompletedBy(int year) {
        return platformCompletedOn != null && !platformCompletedOn.isAfter(LocalDate.of(year, 12, 31));
    }

    /** The deployed systems in the list's order. */
    public List<SmartApplicationSystem> getSortedSystems() {
        return systems.stream()
                .sorted(Comparator.comparingInt(SmartApplicationSystem::getSortOrder).thenComparing(SmartApplicationSystem::getId))
                .toList();
    }
}
