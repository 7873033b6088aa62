package cn.shequ.platform.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work stream's figures {@code S} of a year under a region, summed by SQL over one row per counted
 * record ({@code rows}, read as {@code t}), each row carrying its {@code area}: the record's region path
 * cut to {@code :areaLength}. A work stream's figures service extends it with its own queries.
 */
@Transactional(readOnly = true)
public class AreaSums<S> {

    protected final NamedParameterJdbcTemplate jdbc;
    private final String rows;
    private final String totalColumns;
    private final String areaColumns;
    private final RowMapper<S> figures;
    private final Map<String, ?> constants;

    /** {@code columns} sums the rows, {@code figures} reads the sums, {@code constants} are more parameters. */
    protected AreaSums(NamedParameterJdbcTemplate jdbc, String rows, String columns, RowMapper<S> figures,
            Map<String, ?> constants) {
        this(jdbc, rows, columns, columns, figures, constants);
    }

    /** As above, with other columns for the whole region than for its areas. */
    protected AreaSums(NamedParameterJdbcTemplate jdbc, String rows, String totalColumns, String areaColumns,
            RowMapper<S> figures, Map<String, ?> constants) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.totalColumns = totalColumns;
        this.areaColumns = areaColumns;
        this.figures = figures;
        this.constants = constants;
    }

    /** The figures of a year under a region the caller may see. */
    public S summary(int year, RegionRef region) {
        return jdbc.queryForObject("select " + totalColumns + " from (" + rows + ") t",
                parameters(year, region).addValues(constants), figures);
    }

    /** The figures by child region of {@code region} (by town for a county), in code order. */
    public List<AreaRow<S>> byArea(int year, RegionRef region) {
        String sql = "select t.area, " + areaColumns + " from (" + rows + ") t group by t.area order by t.area";
        return byArea(region, level -> jdbc.query(sql, parameters(year, region, level).addValues(constants),
                (rs, n) -> new AreaRow<>(rs.getString("area"), figures.mapRow(rs, n))));
    }

    /** The values in a query's second column, listed by the id in its first, in the query's order. */
    protected <V> Map<Long, List<V>> listsById(String sql, MapSqlParameterSource parameters, Class<V> type) {
        Map<Long, List<V>> lists = new LinkedHashMap<>();
        jdbc.query(sql, parameters, rs -> {
            lists.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getObject(2, type));
        });
        return lists;
    }

    /** The rows a query gives for the level below the region (by town for a county); none below the lowest level. */
    public static <S> List<AreaRow<S>> byArea(RegionRef region, Function<RegionLevel, List<AreaRow<S>>> query) {
        RegionLevel childLevel = region.level().childLevel();
        return childLevel == null ? List.of() : query.apply(childLevel);
    }

    /** The parameters of a year under a region, with the region's own level as {@code :areaLength}. */
    public static MapSqlParameterSource parameters(int year, RegionRef region) {
        return parameters(year, region, region.level());
    }

    /**
     * {@code :year}; {@code :from} and {@code :to}, its first and last day, {@code :asOf} its last;
     * {@code :path} for {@code region_path like :path} (the region's subtree), {@code :regionPath};
     * {@code :areaLength}, the path length of the areas' level.
     */
    public static MapSqlParameterSource parameters(int year, RegionRef region, RegionLevel areaLevel) {
        return new MapSqlParameterSource()
                .addValue("year", year)
                .addValue("from", LocalDate.of(year, 1, 1))
                .addValue("to", LocalDate.of(year, 12, 31))
                .addValue("asOf", LocalDate.of(year, 12, 31))
                .addValue("path", region.path() + "%")
                .addValue("regionPath", region.path())
                .addValue("areaLength", areaLevel.pathLength());
    }
}
