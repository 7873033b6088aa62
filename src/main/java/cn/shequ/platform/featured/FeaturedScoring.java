package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How scores add up. A reviewer's total is the weighted mean of their criterion scores (the weights
 * sum to 100). An application's score is the mean of its reviewers' totals; when five or more
 * reviewers scored it, the highest and the lowest total are dropped first (a trimmed mean). Two
 * decimals, rounded half up.
 */
final class FeaturedScoring {

    /** From this many reviewers on, the highest and lowest totals are dropped. */
    static final int TRIM_FROM = 5;

    static final int SCALE = 2;

    private FeaturedScoring() {
    }

    /**
     * A reviewer's total: Σ weight × score / 100 over the criteria.
     *
     * @param weights criterion id → weight
     * @param scores  criterion id → score (0–100)
     */
    static BigDecimal reviewerTotal(Map<Long, Integer> weights, Map<Long, Integer> scores) {
        long sum = 0;
        for (Map.Entry<Long, Integer> weight : weights.entrySet()) {
            Integer score = scores.get(weight.getKey());
            if (score != null) {
                sum += (long) weight.getValue() * score;
            }
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
    }

    /** The application's score from its reviewers' totals; empty when nobody scored it. */
    static Optional<BigDecimal> applicationScore(Collection<BigDecimal> reviewerTotals) {
        if (reviewerTotals.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> totals = new ArrayList<>(reviewerTotals);
        if (totals.size() >= TRIM_FROM) {
            totals.sort(Comparator.naturalOrder());
            totals = totals.subList(1, totals.size() - 1);
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(totals.size()), SCALE, RoundingMode.HALF_UP));
    }

    /** True when the score counts as trimmed (five or more reviewers). */
    static boolean isTrimmed(int reviewers) {
        return reviewers >= TRIM_FROM;
    }
}
