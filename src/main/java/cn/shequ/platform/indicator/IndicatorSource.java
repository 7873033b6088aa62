package cn.shequ.platform.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;

/**
 * A work stream's indicators: a bean that the work stream declares and the catalogue discovers, in
 * {@code @Order}. The figures {@code F} of a year and a region subtree are read once (a fixed number
 * of SQL statements) and every indicator's value and plan computed from them.
 */
public interface IndicatorSource<F> {

    /** The indicators, in the order the dashboard and the yearbook show them. */
    List<IndicatorDefinition<F>> indicators();

    /** The figures of a year under a region the caller may see. */
    F figures(int year, RegionRef region);

    /** The latest year the work stream has records of, if it tells: the dashboard opens on it. */
    default Optional<Integer> latestYear() {
        return Optional.empty();
    }

    /** Figures of a year and a region, e.g. a figures service's {@code summary} method. */
    @FunctionalInterface
    interface Figures<F> {

        F of(int year, RegionRef region);
    }

    /** A work stream's indicators over its figures, declared one a line, in order. */
    static <F> Declared<F> of(WorkStream stream, Figures<F> figures) {
        return new Declared<>(stream, figures);
    }

    /** Indicators declared in order, each added to the work stream's list as it is declared. */
    final class Declared<F> implements IndicatorSource<F> {

        private final WorkStream stream;
        private final Figures<F> figures;
        private final List<IndicatorDefinition<F>> indicators = new ArrayList<>();
        private Supplier<Optional<Integer>> latestYear = Optional::empty;
        private String whole;

        private Declared(WorkStream stream, Figures<F> figures) {
            this.stream = stream;
            this.figures = figures;
        }

        public Declared<F> add(String key, Unit unit, Function<F, Number> value, RecordsLink records) {
            return add(new IndicatorDefinition<>(key, stream, unit, false, null, value, null, records));
        }

        /** An indicator the dashboard's trend shows (if it counts) and the yearbook's summary leads with. */
        public Declared<F> headline(String key, Unit unit, Function<F, Number> value, RecordsLink records) {
            return add(new IndicatorDefinition<>(key, stream, unit, true, null, value, null, records));
        }

        /** A part (其中 …) of the last indicator added that is no part. */
        public Declared<F> part(String key, Unit unit, Function<F, Number> value, RecordsLink records) {
            return add(new IndicatorDefinition<>(key, stream, unit, false, whole, value, null, records));
        }

        /** The plan of the last indicator added. */
        public Declared<F> plan(Function<F, Number> plan) {
            IndicatorDefinition<F> d = indicators.remove(indicators.size() - 1);
            return add(new IndicatorDefinition<>(d.key(), stream, d.unit(), d.headline(), d.partOf(), d.value(), plan,
                    d.records()));
        }

        public Declared<F> latestYearFrom(Supplier<Optional<Integer>> latestYear) {
            this.latestYear = latestYear;
            return this;
        }

        @Override
        public List<IndicatorDefinition<F>> indicators() {
            return Collections.unmodifiableList(indicators);
        }

        @Override
        public F figures(int year, RegionRef region) {
            return figures.of(year, region);
        }

        @Override
        public Optional<Integer> latestYear() {
            return latestYear.get();
        }

        private Declared<F> add(IndicatorDefinition<F> definition) {
            if (definition.partOf() == null) {
                whole = definition.key();
            }
            indicators.add(definition);
            return this;
        }
    }
}
