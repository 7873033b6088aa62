package cn.shequ.platform.indicator;

import java.util.function.Function;

import cn.shequ.platform.shared.WorkStream;

/**
 * One indicator of the catalogue: its stable key, its work stream and unit, how it is computed
 * from a year's figures, its plan value if it has one, and the list of records it counts. Its name
 * and definition (指标解释) are the messages {@code indicator.<key>.name} and
 * {@code indicator.<key>.definition}.
 */
public record IndicatorDefinition(String key, WorkStream stream, Unit unit, boolean headline, String partOf,
        Function<Snapshot, Number> value, Function<Snapshot, Number> plan, RecordsLink records) {

    /** An indicator that counts a whole: no part of another. */
    public IndicatorDefinition(String key, WorkStream stream, Unit unit, boolean headline, Function<Snapshot, Number> value,
            Function<Snapshot, Number> plan, RecordsLink records) {
        this(key, stream, unit, headline, null, value, plan, records);
    }

    /** An indicator that counts a part of another (其中 …), shown under it. */
    static IndicatorDefinition part(String key, String of, WorkStream stream, Unit unit, Function<Snapshot, Number> value,
            Function<Snapshot, Number> plan, RecordsLink records) {
        return new IndicatorDefinition(key, stream, unit, false, of, value, plan, records);
    }

    public boolean hasPlan() {
        return plan != null;
    }

    public String nameKey() {
        return "indicator." + key + ".name";
    }

    public String definitionKey() {
        return "indicator." + key + ".definition";
    }

    /** Where the records an indicator counts are listed, for a year and a region code. */
    @FunctionalInterface
    public interface RecordsLink {

        String of(int year, String regionCode);
    }
}
