package cn.shequ.platform.indicator;

import java.util.List;
import java.util.Optional;

import cn.shequ.platform.region.RegionRef;

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

    static <F> IndicatorSource<F> of(Figures<F> figures, List<IndicatorDefinition<F>> indicators) {
        return new IndicatorSource<>() {

            @Override
            public List<IndicatorDefinition<F>> indicators() {
                return indicators;
            }

            @Override
            public F figures(int year, RegionRef region) {
                return figures.of(year, region);
            }
        };
    }
}
