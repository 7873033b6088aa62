package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications' scores, computed from the reviewers' criterion scores with {@link FeaturedScoring}
 * (one statement for any number of applications), and a batch's standing counts.
 */
@Component
@Transactional(readOnly = true)
class FeaturedStandings {

    /** The criterion scores of the reviews of the applications the condition selects. */
    static final String SCORE_ROWS = """
            select r.application_id, r.id as review_id, c.id as criterion_id, c.weight, s.score
            from featured_review r
            join featured_review_score s on s.review_id = r.id
            join featured_criterion c on c.id = s.criterion_id
            where %s
            order by r.application_id, r.id
            """;

    /** An application's score and how many reviewers gave it (trimmed from five on). */
    record Score(BigDecimal value, int reviewers) {

        public boolean trimmed() {
            return FeaturedScoring.isTrimmed(reviewers);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    FeaturedStandings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The scores of these applications (those nobody scored are missing). */
    Map<Long, Score> of(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return query("r.application_id in (:ids)", new MapSqlParameterSource("ids", applicationIds));
    }

    /** The scores of every application of the batch, whatever the user's scope (for ranks). */
    Map<Long, Score> ofBatch(long batchId) {
        return query("r.application_id in (select a.id from featured_application a where a.batch_id = :batch)",
                new MapSqlParameterSource("batch", batchId));
    }

    /** Scores of the applications a condition on {@code a} (featured_application) and {@code b} (featured_batch) selects. */
    Map<Long, Score> where(String condition, MapSqlParameterSource parameters) {
        return query("r.application_id in (select a.id from featured_application a join featured_batch b on b.id = a.batch_id where "
                + condition + ")", parameters);
    }

    /** How many of the batch's applications are in publicity or named (for the number to name). */
    long placed(long batchId) {
        Long placed = jdbc.queryForObject("select count(*) from featured_application where batch_id = :batch "
                + "and state in ('IN_PUBLICITY', 'NAMED')", new MapSqlParameterSource("batch", batchId), Long.class);
        return placed == null ? 0 : placed;
    }

    /** How many of the batch's applications are still on their way (submitted, recommended or under review). */
    long pending(long batchId) {
        Long pending = jdbc.queryForObject("select count(*) from featured_application where batch_id = :batch "
                + "and state in ('SUBMITTED', 'RECOMMENDED', 'UNDER_REVIEW')", new MapSqlParameterSource("batch", batchId),
                Long.class);
        return pending == null ? 0 : pending;
    }

    private Map<Long, Score> query(String condition, MapSqlParameterSource parameters) {
        // application → review → (criterion → weight, criterion → score)
        Map<Long, Map<Long, Map<Long, Integer>[]>> rows = new LinkedHashMap<>();
        jdbc.query(SCORE_ROWS.formatted(condition), parameters, rs -> {
            @SuppressWarnings("unchecked")
            Map<Long, Integer>[] review = rows.computeIfAbsent(rs.getLong("application_id"), a -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getLong("review_id"), r -> new Map[] {new HashMap<>(), new HashMap<>()});
            long criterion = rs.getLong("criterion_id");
            review[0].put(criterion, rs.getInt("weight"));
            review[1].put(criterion, rs.getInt("score"));
        });
        Map<Long, Score> scores = new HashMap<>();
        rows.forEach((application, reviews) -> {
            var totals = reviews.values().stream().map(r -> FeaturedScoring.reviewerTotal(r[0], r[1])).toList();
            FeaturedScoring.applicationScore(totals).ifPresent(score -> scores.put(application, new Score(score, totals.size())));
        });
        return scores;
    }
}
