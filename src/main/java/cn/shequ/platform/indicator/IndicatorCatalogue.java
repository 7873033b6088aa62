package cn.shequ.platform.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The catalogue of indicators, in the order the dashboard and the yearbook show them: the indicators
 * the work streams declare ({@link IndicatorSource} beans, in {@code @Order}). Every indicator links
 * to the records it counts.
 */
@Component
public class IndicatorCatalogue {

    private final List<IndicatorSource<?>> sources;

    IndicatorCatalogue(List<IndicatorSource<?>> sources) {
        this.sources = sources;
    }

    List<IndicatorSource<?>> sources() {
        return sources;
    }

    public List<IndicatorDefinition<?>> definitions() {
        return sources.stream().<IndicatorDefinition<?>>flatMap(s -> s.indicators().stream()).toList();
    }

    public Optional<IndicatorDefinition<?>> find(String key) {
        return definitions().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The latest year the first work stream that tells has records of. */
    Optional<Integer> latestYear() {
        return sources.stream().map(IndicatorSource::latestYear).flatMap(Optional::stream).findFirst();
    }
}
