package cn.shequ.platform.yearbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.shequ.platform.indicator.IndicatorDefinition;
import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's statistical tables: the main indicators, then the work streams' tables ({@link StatTableSource} beans). */
@Component
class YearbookTables {

    private final Indicators indicators;
    private final List<StatTableSource> sources;
    private final RegionDirectory regions;
    private final MessageSource messages;

    YearbookTables(Indicators indicators, List<StatTableSource> sources, RegionDirectory regions, MessageSource messages) {
        this.indicators = indicators;
        this.sources = sources;
        this.regions = regions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<StatTable> of(int year, RegionRef region) {
        TableAreas areas = areas(region);
        List<StatTable> tables = new ArrayList<>();
        tables.add(mainIndicators(year, region));
        sources.forEach(source -> tables.addAll(source.tables(year, region, areas)));
        return tables;
    }

    /** The definitions printed on the last sheet. */
    List<TablesWorkbook.Definition> definitions(int year, RegionRef region) {
        return indicators.values(year, region).stream()
                .map(v -> new TablesWorkbook.Definition(message(v.definition().nameKey()),
                        message("indicator.unit." + v.definition().unit()), message(v.definition().definitionKey())))
                .toList();
    }

    private StatTable mainIndicators(int year, RegionRef region) {
        List<Indicators.Value> now = indicators.values(year, region);
        Map<String, Indicators.Value> before = indicators.byKey(year - 1, region);
        List<StatTable.Row> rows = new ArrayList<>();
        for (Indicators.Value value : now) {
            IndicatorDefinition<?> definition = value.definition();
            Number previous = before.get(value.key()).value();
            Object[] cells = {message("indicator.unit." + definition.unit()), value.value(), previous,
                    change(value.value(), previous)};
            String name = message(definition.nameKey());
            rows.add(definition.partOf() != null ? StatTable.Row.partOf(name.replaceFirst("^其中", ""), cells)
                    : StatTable.Row.of(name, cells));
        }
        return new StatTable("主要指标", year + "年社区建设主要指标", "", List.of("指标", "计量单位", year + "年",
                (year - 1) + "年", "比上年增减"), rows, null,
                List.of("注：各项指标均由平台记录计算，口径见“指标解释”；项目状态按当年12月31日前的进度报告计。"));
    }

    /** now − before, as a whole number when both are. */
    static Number change(Number now, Number before) {
        if (now instanceof BigDecimal || before instanceof BigDecimal) {
            return new BigDecimal(now.toString()).subtract(new BigDecimal(before.toString()));
        }
        return now.longValue() - before.longValue();
    }

    private TableAreas areas(RegionRef region) {
        Map<String, String> names = new HashMap<>();
        regions.children(region.id()).forEach(r -> names.put(r.code(), r.name()));
        String header = region.level().childLevel() == null ? "区域"
                : message("enum.RegionLevel." + region.level().childLevel());
        return new TableAreas(names, header);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
