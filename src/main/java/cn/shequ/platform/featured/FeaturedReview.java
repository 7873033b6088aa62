package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * One reviewer's scores of one application: a score from 0 to 100 on each of the batch's criteria.
 * Given, and changed, only while the application is under review.
 */
@Entity
@Table(name = "featured_review")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FeaturedReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private FeaturedApplication application;

    @Column(nullable = false, length = 50, updatable = false)
    private String reviewer;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Refers(FeaturedCriterion.class)
    @ElementCollection
    @CollectionTable(name = "featured_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new LinkedHashMap<>();

    @Column(length = 1000)
    private String note;

    @Version
    private Long version;

    /** A reviewer's first scores of an application. */
    static FeaturedReview of(FeaturedApplication application, String reviewer, Map<Long, Integer> scores, String note,
            Instant at) {
        FeaturedReview review = new FeaturedReview();
        review.application = application;
        review.reviewer = reviewer;
        review.score(scores, note, at);
        return review;
    }

    /**
     * Sets the scores: the application must be under review (in an open batch), the reviewer one of
     * the batch's, and every criterion scored from 0 to 100.
     */
    void score(Map<Long, Integer> given, String note, Instant at) {
        application.requireUnderReview();
        if (!application.getBatch().isReviewer(reviewer)) {
            throw RuleViolationException.global("featured.error.review.notAssigned");
        }
        List<Violation> violations = new ArrayList<>();
        Map<Long, Integer> checked = new LinkedHashMap<>();
        for (Long criterion : application.getBatch().weights().keySet()) {
            Integer score = given == null ? null : given.get(criterion);
            String field = "scores[" + criterion + "]";
            if (score == null) {
                violations.add(new Violation(field, "validation.required"));
            }
            else if (score < 0 || score > 100) {
                violations.add(new Violation(field, "featured.error.review.range"));
            }
            else {
                checked.put(criterion, score);
            }
        }
        if (given != null && !application.getBatch().weights().keySet().containsAll(given.keySet())) {
            violations.add(new Violation(null, "featured.error.review.criterion"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.scores.clear();
        this.scores.putAll(checked);
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.scoredAt = at;
    }

    /** This reviewer's weighted total. */
    BigDecimal total() {
        return FeaturedScoring.reviewerTotal(application.getBatch().weights(), scores);
    }
}
