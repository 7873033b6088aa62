package cn.shequ.platform.yearbook;

import java.util.List;
import java.util.Map;

import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a year that the entry's templates name: every indicator (by its key, with
 * {@code <key>.plan} for its plan), then what the work streams add ({@link EntryFactSource} beans):
 * the names, documents and dates the sentences carry.
 */
@Component
class YearbookFacts {

    private final Indicators indicators;
    private final List<EntryFactSource> sources;
    private final RegionDirectory regions;

    YearbookFacts(Indicators indicators, List<EntryFactSource> sources, RegionDirectory regions) {
        this.indicators = indicators;
        this.sources = sources;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Map<String, Object> of(int year, RegionRef region) {
        EntryFacts facts = new EntryFacts(() -> regions.towns().stream().map(RegionRef::name).toList());
        facts.put("year", year).put("region", region.name());
        for (Indicators.Value value : indicators.values(year, region)) {
            facts.put(value.key(), value.value());
            if (value.plan() != null) {
                facts.put(value.key() + ".plan", value.plan());
            }
        }
        sources.forEach(source -> source.addFacts(year, region, facts));
        return facts.asMap();
    }
}
