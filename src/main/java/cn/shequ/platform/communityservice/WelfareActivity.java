package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A public-welfare activity (公益活动): what it was (one or several kinds), when, where (towns and
 * communities), who organised it and with which enterprise, how many people it helped (students aided
 * among them, for student aid), and the money and goods given, in 万元.
 *
 * <p>Scope: an activity's {@code region_path} is the deepest region common to all its places — the
 * community when it took place in one community, the town when in several communities of one town,
 * the county when in several towns. A town user therefore sees, counts and edits the activities held
 * only in their town; activities across towns are the office's.
 */
@Entity
@Table(name = "welfare_activity")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class WelfareActivity implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 25)
    @CollectionTable(name = "welfare_activity_kind", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private Set<WelfareActivityKind> kinds = EnumSet.noneOf(WelfareActivityKind.class);

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** Where it took place: region ids of towns and communities. */
    @Refers(Region.class)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 25)
    @CollectionTable(name = "welfare_activity_place", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "region_id", nullable = false)
    private Set<Long> placeIds = new LinkedHashSet<>();

    @ShownBy("placeIds")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(nullable = false, length = 100)
    private String organiser;

    @Column(name = "partner_enterprise", length = 100)
    private String partnerEnterprise;

    @Column(name = "people_helped", nullable = false)
    private int peopleHelped;

    @Column(name = "students_aided", nullable = false)
    private int studentsAided;

    @Column(precision = 12, scale = 2)
    private BigDecimal money;

    @Column(length = 2000)
    private String notes;

    @Version
    private Long version;

    /**
     * What the activity's form sets.
     *
     * @param placePaths the region paths of the places, in the order of {@code placeIds}
     */
    record Details(String title, Set<WelfareActivityKind> kinds, LocalDate heldOn, Set<Long> placeIds,
            List<String> placePaths, String organiser, String partnerEnterprise, int peopleHelped, int studentsAided,
            BigDecimal money, String notes) {
    }

    static WelfareActivity hold(Details details, LocalDate today) {
        WelfareActivity activity = new WelfareActivity();
        activity.describe(details, today);
        return activity;
    }

    /**
     * Sets the activity after checking it: at least one kind and one place; a date within sane bounds
     * and not after today; students aided only for student aid, and a student aid aids at least one
     * student; students aided are among the people helped; counts and money not negative.
     */
    void describe(Details details, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (details.kinds() == null || details.kinds().isEmpty()) {
            violations.add(new Violation("kinds", "communityservice.error.kinds"));
        }
        if (details.placeIds() == null || details.placeIds().isEmpty()) {
            violations.add(new Violation("townIds", "communityservice.error.places"));
        }
        SaneDates.check("heldOn", details.heldOn(), violations);
        if (details.heldOn() != null && details.heldOn().isAfter(today)) {
            violations.add(new Violation("heldOn", "communityservice.error.future"));
        }
        boolean studentAid = details.kinds() != null && details.kinds().contains(WelfareActivityKind.STUDENT_AID);
        if (details.studentsAided() < 0) {
            violations.add(new Violation("studentsAided", "validation.nonNegative"));
        }
        else if (details.studentsAided() > 0 && !studentAid) {
            violations.add(new Violation("studentsAided", "communityservice.error.students.kind"));
        }
        else if (studentAid && details.studentsAided() == 0) {
            violations.add(new Violation("studentsAided", "communityservice.error.students.required"));
        }
        if (details.peopleHelped() < 0) {
            violations.add(new Violation("peopleHelped", "validation.nonNegative"));
        }
        else if (details.studentsAided() > details.peopleHelped()) {
            violations.add(new Violation("peopleHelped", "communityservice.error.students.people", details.studentsAided()));
        }
        if (details.money() != null && details.money().signum() < 0) {
            violations.add(new Violation("money", "validation.nonNegative"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.title = details.title().trim();
        this.kinds.clear();
        this.kinds.addAll(details.kinds());
        this.heldOn = details.heldOn();
        this.placeIds.clear();
        this.placeIds.addAll(details.placeIds());
        this.regionPath = commonAncestor(details.placePaths());
        this.organiser = details.organiser().trim();
        this.partnerEnterprise = blankToNull(details.partnerEnterprise());
        this.peopleHelped = details.peopleHelped();
        this.studentsAided = details.studentsAided();
        this.money = details.money();
        this.notes = blankToNull(details.notes());
    }

    /** The kinds in their declared order, for display. */
    public Set<WelfareActivityKind> getSortedKinds() {
        return new TreeSet<>(kinds);
    }

    /**
     * The deepest region path every one of {@code paths} lies in: {@code /a/b/c/} and {@code /a/b/d/}
     * give {@code /a/b/}. Paths are compared code by code, never by characters.
     */
    static String commonAncestor(Collection<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("an activity takes place somewhere");
        }
        List<String[]> split = paths.stream().map(p -> p.substring(1).split("/")).toList();
        StringBuilder common = new StringBuilder("/");
        for (int level = 0; ; level++) {
            String code = level < split.get(0).length ? split.get(0)[level] : null;
            final int at = level;
            if (code == null || code.isEmpty() || !split.stream().allMatch(s -> at < s.length && s[at].equals(code))) {
                break;
            }
            common.append(code).append('/');
        }
        return common.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
