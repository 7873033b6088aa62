package cn.shequ.platform.yearbook;

import cn.shequ.platform.region.RegionRef;

/**
 * The facts a work stream's part of the yearbook entry names (names, documents, dates, phrases), from
 * its records' fields: a bean the work stream declares, asked in {@code @Order}. A fact the records
 * lack is left out, so the entry shows a gap instead of a wrong figure.
 */
@FunctionalInterface
public interface EntryFactSource {

    void addFacts(int year, RegionRef region, EntryFacts facts);
}
