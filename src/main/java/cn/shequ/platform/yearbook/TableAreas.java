package cn.shequ.platform.yearbook;

import java.util.HashMap;
import java.util.Map;

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

    /** 镇街 under a county, …; 区域 below the lowest level. */
    public String header() {
        return header;
    }
}
