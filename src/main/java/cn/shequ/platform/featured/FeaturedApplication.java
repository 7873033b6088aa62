package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.time.Instant;
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
 * A community's application in a batch: the aspect, the feature project (title, description and
 * supporting figures) and where it stands in the workflow. It moves only through
 * {@link #moveTo}, which keeps {@link FeaturedWorkflow}'s rules and returns the log entry.
 */
@Entity
@Table(name = "featured_application")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FeaturedApplication implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private FeaturedBatch batch;

    @Refers(Region.class)
    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @ShownBy("communityId")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aspect_id", nullable = false)
    private FeaturedAspect aspect;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    /** Investment in the feature project, 万元. */
    @Column(precision = 14, scale = 2)
    private BigDecimal investment;

    /** Households the project serves or benefits. */
    private Integer households;

    /** Other supporting figures, as text. */
    @Column(length = 2000)
    private String figures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeaturedState state = FeaturedState.DRAFT;

    @Column(name = "filed_by", nullable = false, length = 50)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Version
    private Long version;

    /** What the application form sets. */
    record Details(long communityId, String regionPath, FeaturedAspect aspect, String title, String description,
            BigDecimal investment, Integer households, String figures) {
    }

    /** Where the application stands in its batch when it is to enter publicity. */
    record Standing(BigDecimal score, long placed) {
    }

    /**
     * Files a draft application in the batch: only while the batch is open and inside its application
     * window, in an aspect the batch offers.
     */
    static FeaturedApplication file(FeaturedBatch batch, Details details, String filedBy, Instant at, LocalDate today) {
        batch.requireOpen();
        if (!batch.acceptsApplicationsOn(today)) {
            throw RuleViolationException.global("featured.error.window", batch.getApplicationsOpen(),
                    batch.getApplicationsClose());
        }
        FeaturedApplication application = new FeaturedApplication();
        application.batch = batch;
        application.filedBy = filedBy;
        application.filedAt = at;
        application.describe(details);
        return application;
    }

    /** The log entry of the filing itself (no state before it). */
    FeaturedTransition filing(Actor actor) {
        return new FeaturedTransition(this, null, FeaturedState.DRAFT, actor, filedAt, null);
    }

    /** Changes the details: only while a draft or submitted (before the town's recommendation). */
    void describe(Details details) {
        batch.requireOpen();
        if (state != FeaturedState.DRAFT && state != FeaturedState.SUBMITTED) {
            throw RuleViolationException.global("featured.error.application.fixed", FeaturedWorkflow.label(state));
        }
        List<Violation> violations = new ArrayList<>();
        if (!batch.offers(details.aspect())) {
            violations.add(new Violation("aspectId", "featured.error.aspect.notOffered"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.communityId = details.communityId();
        this.regionPath = details.regionPath();
        this.aspect = details.aspect();
        this.title = details.title().trim();
        this.description = details.description().trim();
        this.investment = details.investment();
        this.households = details.households();
        this.figures = details.figures() == null || details.figures().isBlank() ? null : details.figures().trim();
    }

    /**
     * Moves the application to {@code to}, or refuses: the batch is closed; the workflow has no such
     * step or not for this actor; a submission outside the application window; entering publicity
     * without a score, below the pass mark, or beyond the number to name.
     *
     * @param today    the day of the act (for the application window)
     * @param standing the score and how many of the batch are already in publicity or named (used
     *                 when entering publicity)
     */
    FeaturedTransition moveTo(FeaturedState to, Actor actor, String note, Instant at, LocalDate today, Standing standing) {
        batch.requireOpen();
        FeaturedState from = state;
        FeaturedWorkflow.step(from, to, actor, regionPath, note);
        if (to == FeaturedState.SUBMITTED && !batch.acceptsApplicationsOn(today)) {
            throw RuleViolationException.global("featured.error.window", batch.getApplicationsOpen(),
                    batch.getApplicationsClose());
        }
        if (to == FeaturedState.IN_PUBLICITY) {
            if (standing == null || standing.score() == null) {
                throw RuleViolationException.global("featured.error.publicity.unscored");
            }
            if (batch.getPassMark() != null && standing.score().compareTo(batch.getPassMark()) < 0) {
                throw RuleViolationException.global("featured.error.publicity.passMark", standing.score(),
                        batch.getPassMark());
            }
            if (batch.getQuota() != null && standing.placed() >= batch.getQuota()) {
                throw RuleViolationException.global("featured.error.publicity.quota", batch.getQuota());
            }
        }
        this.state = to;
        return new FeaturedTransition(this, from, to, actor, at, note);
    }

    /** Refuses scores unless the application is under review in an open batch. */
    void requireUnderReview() {
        batch.requireOpen();
        if (state != FeaturedState.UNDER_REVIEW) {
            throw RuleViolationException.global("featured.error.review.state", FeaturedWorkflow.label(state));
        }
    }

    /** True while the details may still change. */
    public boolean isEditable() {
        return (state == FeaturedState.DRAFT || state == FeaturedState.SUBMITTED) && !batch.isClosed();
    }
}
