package cn.shequ.platform.yearbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.indicator.AreaRow;

/** The regions below a table's region (the towns of a county, …): their names by code, and the label column's header. */
public final class TableAreas {

    private final Map<String, String> names = new HashMap<>();
    private final String header;

    TableAreas(Map<String, String> names, String header) {
        this.names.putAll(names);
        this.header = header;
    }

    /** The name of the area with this code (the code itself if it is not one of them). */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** A table's rows, one per area, labelled with the area's name. */
    public <S> List<StatTable.Row> rows(List<AreaRow<S>> rows, Function<S, Object[]> cells) {
        return rows.stream().map(row -> StatTable.Row.of(name(row.areaCode()), cells.apply(row.figures()))).toList();
    }

    /** 镇街 under a county, …; 区域 below the lowest level. */
    public String header() {
        return header;
    }
}
