package cn.shequ.platform.document;

import cn.shequ.platform.indicator.AreaSums;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of documents issued and meetings held in a year by a region (or the regions below it). */
@Service
@Transactional(readOnly = true)
public class DocumentFigures {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Documents issued in the year, of one work stream or (when {@code stream} is null) all. */
    public long documentsIssued(int year, RegionRef region, WorkStream stream) {
        String sql = """
                select count(*) from document d
                where d.issued_on between :from and :to and d.region_path like :path
                  and (:stream = '' or exists (select 1 from document_stream s where s.document_id = d.id and s.stream = :stream))
                """;
        return jdbc.queryForObject(sql, parameters(year, region, stream), Long.class);
    }

    /** Meetings of a kind held in the year for a work stream. */
    public long meetingsHeld(int year, RegionRef region, WorkStream stream, MeetingKind kind) {
        String sql = """
                select count(*) from meeting m
                where m.held_on between :from and :to and m.region_path like :path
                  and (:stream = '' or m.stream = :stream) and m.kind = :kind
                """;
        return jdbc.queryForObject(sql, parameters(year, region, stream).addValue("kind", kind.name()), Long.class);
    }

    private static MapSqlParameterSource parameters(int year, RegionRef region, WorkStream stream) {
        return AreaSums.parameters(year, region).addValue("stream", stream == null ? "" : stream.name());
    }
}
