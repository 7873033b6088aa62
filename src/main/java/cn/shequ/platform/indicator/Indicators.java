package cn.shequ.platform.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators' values for a year and a region subtree: the public API of this module. */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final IndicatorCatalogue catalogue;

    Indicators(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One indicator's value (and plan) for a year and region, with the link to its records. */
    public record Value(IndicatorDefinition<?> definition, Number value, Number plan, String link) {

        public String key() {
            return definition.key();
        }

        /** value ÷ plan as a percentage, or null without a plan. */
        public BigDecimal completionRate() {
            if (plan == null || new BigDecimal(plan.toString()).signum() == 0) {
                return null;
            }
            return new BigDecimal(value.toString()).multiply(BigDecimal.valueOf(100))
                    .divide(new BigDecimal(plan.toString()), 1, RoundingMode.HALF_UP);
        }
    }

    /** Every indicator of the catalogue, in order, for a year and a region the caller may see. */
    public List<Value> values(int year, RegionRef region) {
        List<Value> values = new ArrayList<>();
        catalogue.sources().forEach(source -> add(values, source, year, region));
        return values;
    }

    /** A work stream's values: its figures read once, each indicator computed from them. */
    private static <F> void add(List<Value> values, IndicatorSource<F> source, int year, RegionRef region) {
        List<IndicatorDefinition<F>> definitions = source.indicators();
        if (definitions.isEmpty()) {
            return;
        }
        F figures = source.figures(year, region);
        for (IndicatorDefinition<F> d : definitions) {
            values.add(new Value(d, d.value().apply(figures), d.hasPlan() ? d.plan().apply(figures) : null,
                    d.records().of(year, region.code())));
        }
    }

    /** The same values, by key. */
    public Map<String, Value> byKey(int year, RegionRef region) {
        Map<String, Value> map = new LinkedHashMap<>();
        values(year, region).forEach(v -> map.put(v.key(), v));
        return map;
    }

    /** The values grouped by work stream, in catalogue order. */
    public static Map<WorkStream, List<Value>> byStream(List<Value> values) {
        Map<WorkStream, List<Value>> map = new LinkedHashMap<>();
        values.forEach(v -> map.computeIfAbsent(v.definition().stream(), s -> new ArrayList<>()).add(v));
        return map;
    }
}
