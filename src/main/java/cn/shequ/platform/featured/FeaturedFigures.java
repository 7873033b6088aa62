package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The featured-community figures of a year for a region subtree, as SQL aggregates over the
 * applications' states (a fixed number of statements whatever the number of records). An
 * application belongs to the year of its batch and to the region of its community. The caller passes
 * a region the user may see (see {@code RegionDirectory.resolve}).
 */
@Service
class FeaturedFigures extends AreaSums<FeaturedFigures.Summary> {

    /** The counts over the applications {@code t} selects (columns batch_id and state). */
    static final String FIGURES = """
            count(*) filter (where t.state <> 'DRAFT') as applications,
            count(*) filter (where t.state = 'UNDER_REVIEW') as under_review,
            count(*) filter (where t.state = 'IN_PUBLICITY') as in_publicity,
            count(*) filter (where t.state = 'NAMED') as named,
            count(*) filter (where t.state = 'NOT_PASSED') as not_passed
            """;

    /** The applications of the year's batches under the region, with their area at the given length. */
    static final String APPLICATIONS = """
            select a.batch_id, a.state, substring(a.region_path, 1, :areaLength) as area
            from featured_application a
            join featured_batch b on b.id = a.batch_id
            where b.year = :year and a.region_path like :path
            """;

    /** Batches of the year run for the region, above it or below it. */
    static final String BATCHES = """
            select count(*) from featured_batch b
            where b.year = :year and (b.region_path like :path or :regionPath like b.region_path || '%')
            """;

    private final FeaturedStandings standings;
    private final RegionDirectory regions;

    FeaturedFigures(NamedParameterJdbcTemplate jdbc, FeaturedStandings standings, RegionDirectory regions) {
        super(jdbc, APPLICATIONS, "(" + BATCHES + ") as batches, " + FIGURES,
                "count(distinct t.batch_id) as batches, " + FIGURES, (rs, n) -> read(rs, rs.getLong("batches")), Map.of());
        this.standings = standings;
        this.regions = regions;
    }

    /**
     * The figures of a year under a region.
     *
     * @param batches      batches of the year (run by the region or a region above or below it)
     * @param applications applications filed (submitted or beyond: drafts are not counted)
     * @param underReview  applications under review (评审中)
     * @param inPublicity  applications in publicity (公示中)
     * @param named        communities named featured communities (已命名)
     * @param notPassed    applications not passed (未通过)
     */
    public record Summary(long batches, long applications, long underReview, long inPublicity, long named,
            long notPassed) {
    }

    /** A named community as the yearbook lists it. */
    public record NamedCommunity(int batchNumber, String communityFullName, String aspect, String projectTitle,
            BigDecimal score) {
    }

    /** The year's batch: its number (2) and label (第二批), the launching document, the aspects offered, how many named. */
    public record BatchFact(int number, String numberLabel, Long documentId, List<String> aspects, long named) {
    }

    /** The communities named in the year's batches under the region, by batch and town, with their scores. */
    public List<NamedCommunity> named(int year, RegionRef region) {
        MapSqlParameterSource parameters = AreaSums.parameters(year, region);
        String condition = "b.year = :year and a.region_path like :path and a.state = 'NAMED'";
        List<Object[]> rows = jdbc.query("""
                select a.id, b.number, a.community_id, asp.name as aspect, a.title
                from featured_application a
                join featured_batch b on b.id = a.batch_id
                join featured_aspect asp on asp.id = a.aspect_id
                where %s
                order by b.number, a.region_path, a.id
                """.formatted(condition), parameters, (rs, n) -> new Object[] {rs.getLong("id"), rs.getInt("number"),
                rs.getLong("community_id"), rs.getString("aspect"), rs.getString("title")});
        Map<Long, FeaturedStandings.Score> scores = standings.where(condition, parameters);
        Map<Long, CommunityRef> communities = regions.communities(rows.stream().map(r -> (Long) r[2]).toList());
        List<NamedCommunity> named = new ArrayList<>();
        for (Object[] row : rows) {
            CommunityRef community = communities.get((Long) row[2]);
            FeaturedStandings.Score score = scores.get((Long) row[0]);
            named.add(new NamedCommunity((Integer) row[1], community == null ? "" : community.fullName(), (String) row[3],
                    (String) row[4], score == null ? null : score.value()));
        }
        return named;
    }

    /** The year's batch (the latest, should a year have two), with its named count over the whole batch. */
    public Optional<BatchFact> batch(int year) {
        List<Object[]> found = jdbc.query("""
                select b.id, b.number, b.document_id,
                       (select count(*) from featured_application a where a.batch_id = b.id and a.state = 'NAMED') as named
                from featured_batch b where b.year = :year order by b.number desc limit 1
                """, new MapSqlParameterSource("year", year), (rs, n) -> new Object[] {rs.getLong("id"), rs.getInt("number"),
                (Long) rs.getObject("document_id", Long.class), rs.getLong("named")});
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] batch = found.get(0);
        List<String> aspects = jdbc.queryForList("""
                select asp.name from featured_batch_aspect ba join featured_aspect asp on asp.id = ba.aspect_id
                where ba.batch_id = :batch order by asp.sort_order, asp.id
                """, new MapSqlParameterSource("batch", batch[0]), String.class);
        int number = (Integer) batch[1];
        return Optional.of(new BatchFact(number, ChineseNumerals.batchLabel(number), (Long) batch[2], aspects,
                (Long) batch[3]));
    }

    /** The figures of one batch under a region (its batches figure is 1). */
    Summary ofBatch(long batchId, RegionRef region) {
        return byBatch(region).getOrDefault(batchId, new Summary(1, 0, 0, 0, 0, 0));
    }

    /** The figures of every batch under a region, by batch id. */
    Map<Long, Summary> byBatch(RegionRef region) {
        Map<Long, Summary> figures = new LinkedHashMap<>();
        jdbc.query("select t.batch_id, " + FIGURES + " from featured_application t where t.region_path like :path "
                + "group by t.batch_id", new MapSqlParameterSource("path", region.path() + "%"),
                rs -> {
                    figures.put(rs.getLong("batch_id"), read(rs, 1));
                });
        return figures;
    }

    private static Summary read(ResultSet rs, long batches) throws SQLException {
        return new Summary(batches, rs.getLong("applications"), rs.getLong("under_review"), rs.getLong("in_publicity"),
                rs.getLong("named"), rs.getLong("not_passed"));
    }
}
