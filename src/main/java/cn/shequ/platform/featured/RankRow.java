package cn.shequ.platform.featured;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A line of a batch's ranking: the application's rank among all scored applications of the batch
 * (ties share a rank), and whether it is within the line (the number to name, or the pass mark).
 */
record RankRow(int rank, ApplicationRow row, boolean withinLine) {

    /**
     * Ranks the rows shown by the scores of the whole batch (a town user sees their own communities'
     * ranks in the batch).
     */
    static List<RankRow> rank(List<ApplicationRow> shown, Map<Long, FeaturedStandings.Score> batchScores,
            FeaturedBatch batch) {
        List<java.math.BigDecimal> all = batchScores.values().stream().map(FeaturedStandings.Score::value)
                .sorted(Comparator.reverseOrder()).toList();
        List<RankRow> ranked = new ArrayList<>();
        shown.stream().filter(r -> r.score() != null)
                .sorted(Comparator.comparing((ApplicationRow r) -> r.score().value()).reversed()
                        .thenComparing(r -> r.application().getRegionPath()))
                .forEach(r -> {
                    int rank = 1 + (int) all.stream().filter(v -> v.compareTo(r.score().value()) > 0).count();
                    boolean within = (batch.getQuota() == null || rank <= batch.getQuota())
                            && (batch.getPassMark() == null || r.score().value().compareTo(batch.getPassMark()) >= 0);
                    ranked.add(new RankRow(rank, r, within));
                });
        return ranked;
    }
}
