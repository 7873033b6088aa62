package cn.shequ.platform.yearbook;

import java.util.List;

import cn.shequ.platform.region.RegionRef;

/**
 * A work stream's statistical tables of the yearbook: a bean the work stream declares; the workbook
 * prints them after the main indicators, in {@code @Order}.
 */
@FunctionalInterface
public interface StatTableSource {

    /** The tables of a year for a region the caller may see; {@code areas} names the regions below it. */
    List<StatTable> tables(int year, RegionRef region, TableAreas areas);
}
