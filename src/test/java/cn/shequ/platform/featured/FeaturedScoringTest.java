package cn.shequ.platform.featured;

import static cn.shequ.platform.featured.FeaturedFixtures.NOW;
import static cn.shequ.platform.featured.FeaturedFixtures.applicationIn;
import static cn.shequ.platform.featured.FeaturedFixtures.batch;
import static cn.shequ.platform.featured.FeaturedFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Scores: weighted totals, the (trimmed) mean over reviewers, the bounds, and when scoring is allowed. */
class FeaturedScoringTest {

    @Test
    void aReviewersTotalIsTheWeightedMeanOfTheCriteria() {
        Map<Long, Integer> weights = Map.of(1L, 60, 2L, 40);
        assertThat(FeaturedScoring.reviewerTotal(weights, Map.of(1L, 90, 2L, 80))).isEqualByComparingTo("86.00");
        assertThat(FeaturedScoring.reviewerTotal(weights, Map.of(1L, 100, 2L, 100))).isEqualByComparingTo("100");
        assertThat(FeaturedScoring.reviewerTotal(weights, Map.of(1L, 0, 2L, 0))).isEqualByComparingTo("0");
        assertThat(FeaturedScoring.reviewerTotal(Map.of(1L, 33, 2L, 67), Map.of(1L, 71, 2L, 88))).isEqualByComparingTo("82.39");
    }

    @Test
    void belowFiveReviewersTheScoreIsThePlainMean() {
        assertThat(FeaturedScoring.applicationScore(List.of())).isEmpty();
        assertThat(FeaturedScoring.applicationScore(List.of(bd("80")))).contains(bd("80.00"));
        assertThat(FeaturedScoring.applicationScore(List.of(bd("80"), bd("90"), bd("70")))).contains(bd("80.00"));
        assertThat(FeaturedScoring.applicationScore(List.of(bd("60"), bd("90"), bd("91"), bd("99"))))
                .contains(bd("85.00"));
        assertThat(FeaturedScoring.applicationScore(List.of(bd("80"), bd("81"), bd("81")))).contains(bd("80.67"));
    }

    @Test
    void fromFiveReviewersTheHighestAndLowestTotalsAreDropped() {
        // mean of 80, 82, 84 (dropping 20 and 100) = 82; the plain mean would be 73.2
        assertThat(FeaturedScoring.applicationScore(List.of(bd("100"), bd("80"), bd("20"), bd("84"), bd("82"))))
                .contains(bd("82.00"));
        // six reviewers: drop one 90 and the 50
        assertThat(FeaturedScoring.applicationScore(List.of(bd("90"), bd("90"), bd("50"), bd("70"), bd("80"), bd("60"))))
                .contains(bd("75.00"));
        assertThat(FeaturedScoring.isTrimmed(4)).isFalse();
        assertThat(FeaturedScoring.isTrimmed(5)).isTrue();
    }

    @Test
    void aReviewScoresEveryCriterionFromZeroToHundred() {
        FeaturedApplication application = applicationIn(batch(), FeaturedState.UNDER_REVIEW);
        FeaturedReview review = FeaturedReview.of(application, "reviewer1", scores(90, 80), "好", NOW);
        assertThat(review.getScores()).containsEntry(11L, 90).containsEntry(12L, 80);
        assertThat(review.total()).isEqualByComparingTo("86.00");
        FeaturedReview.of(application, "reviewer2", scores(0, 100), null, NOW);

        assertFieldRefused(application, scores(-1, 80), "scores[11]", "featured.error.review.range");
        assertFieldRefused(application, scores(90, 101), "scores[12]", "featured.error.review.range");
        Map<Long, Integer> missing = new HashMap<>();
        missing.put(11L, 90);
        assertFieldRefused(application, missing, "scores[12]", "validation.required");
        Map<Long, Integer> foreign = new HashMap<>(scores(90, 80));
        foreign.put(99L, 50);
        assertThatThrownBy(() -> FeaturedReview.of(application, "reviewer3", foreign, null, NOW))
                .hasMessage("featured.error.review.criterion");
    }

    @Test
    void scoresAreTakenOnlyWhileUnderReviewAndOnlyFromTheBatchsReviewers() {
        for (FeaturedState state : FeaturedState.values()) {
            if (state == FeaturedState.UNDER_REVIEW) {
                continue;
            }
            FeaturedApplication application = applicationIn(batch(), state);
            assertThatThrownBy(() -> FeaturedReview.of(application, "reviewer1", scores(90, 80), null, NOW))
                    .as(state.name()).hasMessage("featured.error.review.state");
        }
        FeaturedApplication underReview = applicationIn(batch(), FeaturedState.UNDER_REVIEW);
        assertThatThrownBy(() -> FeaturedReview.of(underReview, "reviewer9", scores(90, 80), null, NOW))
                .hasMessage("featured.error.review.notAssigned");

        FeaturedReview review = FeaturedReview.of(underReview, "reviewer1", scores(90, 80), null, NOW);
        underReview.moveTo(FeaturedState.IN_PUBLICITY, FeaturedFixtures.OFFICE, null, NOW, FeaturedFixtures.IN_WINDOW,
                FeaturedFixtures.standing());
        assertThatThrownBy(() -> review.score(scores(10, 10), null, NOW)).hasMessage("featured.error.review.state");
        assertThat(review.getScores()).containsEntry(11L, 90);
    }

    private static void assertFieldRefused(FeaturedApplication application, Map<Long, Integer> given, String field,
            String key) {
        assertThatThrownBy(() -> FeaturedReview.of(application, "reviewer3", given, null, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
