package cn.shequ.platform.indicator;

import java.util.function.Function;

import cn.shequ.platform.shared.WorkStream;

/**
 * One indicator: its stable key, its work stream and unit, how it is computed from its work stream's
 * figures of a year ({@code F}, see {@link IndicatorSource}), its plan value if it has one, and the
 * list of records it counts; {@code partOf} names the indicator it is a part of (其中 …), if any. Work
 * streams declare theirs with {@link IndicatorSource#of}. Its name and definition (指标解释) are the messages
 * {@code indicator.<key>.name} and {@code indicator.<key>.definition}.
 */
public record IndicatorDefinition<F>(String key, WorkStream stream, Unit unit, boolean headline, String partOf,
        Function<F, Number> value, Function<F, Number> plan, RecordsLink records) {

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

        /**
         * A list page filtered by year and region and by the given filters, e.g.
         * {@code list("/service-centers", "kind=NEW_BUILD")} → {@code /service-centers?year=2015&region=370782&kind=NEW_BUILD}.
         */
        static RecordsLink list(String path, String... filters) {
            String rest = filters.length == 0 ? "" : "&" + String.join("&", filters);
            return (year, region) -> path + "?year=" + year + "&region=" + region + rest;
        }
    }
}
