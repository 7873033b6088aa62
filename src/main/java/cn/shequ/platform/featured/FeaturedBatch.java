package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.document.Document;
import cn.shequ.platform.record.Placed;
import cn.shequ.platform.region.Region;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;

/**
 * An appraisal batch (第一批, 第二批 …): the year, the document that launched it, the aspects it
 * offers, the application window, the scoring criteria with their weights, how many to name or the
 * pass mark, the publicity period and the reviewers assigned (by username). Naming closes the
 * batch: after that, neither the batch nor its applications change.
 */
@Entity
@Table(name = "featured_batch")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FeaturedBatch implements Placed {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{1,50}");
    static final int MAX_CRITERIA = 10;
    static final int MAX_REVIEWERS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, unique = true)
    private int number;

    /** The region whose office runs the batch (the county-level city). */
    @Refers(Region.class)
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    /** The launching document, cited by id (document module). */
    @Refers(Document.class)
    @Column(name = "document_id")
    private Long documentId;

    @ManyToMany
    @JoinTable(name = "featured_batch_aspect", joinColumns = @JoinColumn(name = "batch_id"),
            inverseJoinColumns = @JoinColumn(name = "aspect_id"))
    private Set<FeaturedAspect> aspects = new LinkedHashSet<>();

    @Column(name = "applications_open", nullable = false)
    private LocalDate applicationsOpen;

    @Column(name = "applications_close", nullable = false)
    private LocalDate applicationsClose;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder asc")
    private List<FeaturedCriterion> criteria = new ArrayList<>();

    /** How many communities to name (or null when a pass mark decides). */
    private Integer quota;

    @Column(name = "pass_mark", precision = 5, scale = 2)
    private BigDecimal passMark;

    @Column(name = "publicity_start")
    private LocalDate publicityStart;

    @Column(name = "publicity_end")
    private LocalDate publicityEnd;

    @ElementCollection
    @CollectionTable(name = "featured_batch_reviewer", joinColumns = @JoinColumn(name = "batch_id"))
    @Column(name = "username", nullable = false, length = 50)
    @SortNatural
    private SortedSet<String> reviewers = new TreeSet<>();

    @Column(length = 2000)
    private String notes;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 50)
    private String closedBy;

    @Version
    private Long version;

    /** A criterion as the form gives it. */
    record CriterionDraft(String name, int weight) {
    }

    /** What the batch form sets. */
    record Details(int year, int number, String regionPath, Long documentId, Set<FeaturedAspect> aspects,
            LocalDate applicationsOpen, LocalDate applicationsClose, List<CriterionDraft> criteria, Integer quota,
            BigDecimal passMark, LocalDate publicityStart, LocalDate publicityEnd, Set<String> reviewers, String notes) {
    }

    /** What the batch's applications already use, which an edit must respect. */
    record Usage(boolean scored, Set<Long> aspectsApplied) {

        static final Usage NONE = new Usage(false, Set.of());
    }

    static FeaturedBatch launch(Details details) {
        FeaturedBatch batch = new FeaturedBatch();
        batch.describe(details, Usage.NONE);
        return batch;
    }

    /**
     * Sets the batch's details after checking them: at least one aspect, one criterion and one
     * reviewer; the weights sum to 100; the window and the publicity period in order, publicity not
     * before the window closes; a quota or a pass mark; once scoring has begun the criteria stay as
     * they are, and an aspect applied in stays offered; a closed batch does not change.
     */
    void describe(Details details, Usage usage) {
        requireOpen();
        List<Violation> violations = new ArrayList<>();
        if (details.aspects() == null || details.aspects().isEmpty()) {
            violations.add(new Violation("aspectIds", "featured.error.batch.aspects"));
        }
        else {
            Set<Long> offered = new java.util.HashSet<>();
            details.aspects().forEach(a -> offered.add(a.getId()));
            if (!offered.containsAll(usage.aspectsApplied())) {
                violations.add(new Violation("aspectIds", "featured.error.batch.aspectInUse"));
            }
        }
        SaneDates.check("applicationsOpen", details.applicationsOpen(), violations);
        SaneDates.check("applicationsClose", details.applicationsClose(), violations);
        SaneDates.order(details.applicationsOpen(), "applicationsClose", details.applicationsClose(), violations);
        SaneDates.check("publicityStart", details.publicityStart(), violations);
        SaneDates.check("publicityEnd", details.publicityEnd(), violations);
        if ((details.publicityStart() == null) != (details.publicityEnd() == null)) {
            violations.add(new Violation(details.publicityStart() == null ? "publicityStart" : "publicityEnd",
                    "featured.error.batch.publicityBoth"));
        }
        SaneDates.order(details.publicityStart(), "publicityEnd", details.publicityEnd(), violations);
        if (details.publicityStart() != null && details.applicationsClose() != null
                && details.publicityStart().isBefore(details.applicationsClose())) {
            violations.add(new Violation("publicityStart", "featured.error.batch.publicityBeforeClose"));
        }
        if (details.quota() == null && details.passMark() == null) {
            violations.add(new Violation("quota", "featured.error.batch.quotaOrPassMark"));
        }
        checkCriteria(details.criteria(), usage, violations);
        checkReviewers(details.reviewers(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.year = details.year();
        this.number = details.number();
        this.regionPath = details.regionPath();
        this.documentId = details.documentId();
        this.aspects.clear();
        this.aspects.addAll(details.aspects());
        this.applicationsOpen = details.applicationsOpen();
        this.applicationsClose = details.applicationsClose();
        setCriteria(details.criteria());
        this.quota = details.quota();
        this.passMark = details.passMark();
        this.publicityStart = details.publicityStart();
        this.publicityEnd = details.publicityEnd();
        this.reviewers.clear();
        this.reviewers.addAll(details.reviewers());
        this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().trim();
    }

    private void checkCriteria(List<CriterionDraft> drafts, Usage usage, List<Violation> violations) {
        if (drafts == null || drafts.isEmpty()) {
            violations.add(new Violation("criteria", "featured.error.batch.criteria.none"));
            return;
        }
        if (drafts.size() > MAX_CRITERIA) {
            violations.add(new Violation("criteria", "featured.error.batch.criteria.tooMany", MAX_CRITERIA));
        }
        Set<String> names = new java.util.HashSet<>();
        int sum = 0;
        for (CriterionDraft draft : drafts) {
            if (!names.add(draft.name())) {
                violations.add(new Violation("criteria", "featured.error.batch.criteria.duplicate", draft.name()));
            }
            if (draft.weight() < 1 || draft.weight() > 100) {
                violations.add(new Violation("criteria", "featured.error.batch.criteria.weight", draft.name()));
            }
            sum += draft.weight();
        }
        if (sum != 100) {
            violations.add(new Violation("criteria", "featured.error.batch.criteria.sum", sum));
        }
        if (usage.scored() && !criteriaDrafts().equals(drafts)) {
            violations.add(new Violation("criteria", "featured.error.batch.criteria.locked"));
        }
    }

    private static void checkReviewers(Set<String> reviewers, List<Violation> violations) {
        if (reviewers == null || reviewers.isEmpty()) {
            violations.add(new Violation("reviewers", "featured.error.batch.reviewers"));
            return;
        }
        if (reviewers.size() > MAX_REVIEWERS) {
            violations.add(new Violation("reviewers", "featured.error.batch.reviewers.tooMany", MAX_REVIEWERS));
        }
        for (String reviewer : reviewers) {
            if (reviewer == null || !USERNAME.matcher(reviewer).matches()) {
                violations.add(new Violation("reviewers", "featured.error.batch.reviewers.form", reviewer));
            }
        }
    }

    /** Keeps each criterion's row (and id, which scores refer to) by position. */
    private void setCriteria(List<CriterionDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft draft = drafts.get(i);
            if (i < criteria.size()) {
                criteria.get(i).describe(i + 1, draft.name(), draft.weight());
            }
            else {
                criteria.add(new FeaturedCriterion(this, i + 1, draft.name(), draft.weight()));
            }
        }
        while (criteria.size() > drafts.size()) {
            criteria.remove(criteria.size() - 1);
        }
    }

    List<CriterionDraft> criteriaDrafts() {
        return criteria.stream().map(c -> new CriterionDraft(c.getName(), c.getWeight())).toList();
    }

    /** Criterion id → weight, in order. */
    Map<Long, Integer> weights() {
        Map<Long, Integer> weights = new LinkedHashMap<>();
        criteria.forEach(c -> weights.put(c.getId(), c.getWeight()));
        return weights;
    }

    /** Closes the batch: the named list is fixed from now on. */
    void close(String username, Instant at) {
        requireOpen();
        this.closedAt = at;
        this.closedBy = username;
    }

    /** Refuses any change once the batch is closed. */
    void requireOpen() {
        if (isClosed()) {
            throw RuleViolationException.global("featured.error.batch.closed", getNumberLabel());
        }
    }

    /** When the batch was closed, as pages show it (or null). */
    public String getClosedAtText() {
        return closedAt == null ? null : Times.format(closedAt);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** True while applications may be filed on that day. */
    boolean acceptsApplicationsOn(LocalDate day) {
        return !day.isBefore(applicationsOpen) && !day.isAfter(applicationsClose);
    }

    boolean offers(FeaturedAspect aspect) {
        return aspect != null && aspects.stream().anyMatch(a -> Objects.equals(a.getId(), aspect.getId()));
    }

    public boolean isReviewer(String username) {
        return username != null && reviewers.contains(username);
    }

    /** 第一批, 第二批 … */
    public String getNumberLabel() {
        return ChineseNumerals.batchLabel(number);
    }

    /** The aspects offered, in the reference list's order. */
    public List<FeaturedAspect> getAspectsInOrder() {
        return aspects.stream().sorted(java.util.Comparator.comparingInt(FeaturedAspect::getSortOrder)
                .thenComparing(FeaturedAspect::getId)).toList();
    }

    @Override
    public String toString() {
        return getNumberLabel() + "（" + year + "）";
    }
}
