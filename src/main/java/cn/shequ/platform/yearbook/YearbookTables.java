package cn.shequ.platform.yearbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.indicator.IndicatorDefinition;
import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's statistical tables, built from the indicators and the work streams' figures by area. */
@Component
class YearbookTables {

    private final Indicators indicators;
    private final ServiceCenterFigures serviceCenters;
    private final RegionDirectory regions;
    private final MessageSource messages;

    YearbookTables(Indicators indicators, ServiceCenterFigures serviceCenters, RegionDirectory regions,
            MessageSource messages) {
        this.indicators = indicators;
        this.serviceCenters = serviceCenters;
        this.regions = regions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<StatTable> of(int year, RegionRef region) {
        Function<String, String> areaNames = areaNames(region);
        List<StatTable> tables = new ArrayList<>();
        tables.add(mainIndicators(year, region));
        tables.add(serviceCenters(year, region, areaNames));
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
            IndicatorDefinition definition = value.definition();
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

    private StatTable serviceCenters(int year, RegionRef region, Function<String, String> areaNames) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (ServiceCenterFigures.AreaRow row : serviceCenters.byArea(year, region)) {
            rows.add(StatTable.Row.of(areaNames.apply(row.areaCode()), serviceCenterCells(row.figures())));
        }
        ServiceCenterFigures.Summary total = serviceCenters.summary(year, region);
        return new StatTable("服务中心", year + "年社区服务中心改造提升情况", "单位：个、万元",
                List.of(areaHeader(region), "列入计划", "其中新建", "改造提升", "已完工", "投入使用", "其中新建投入使用",
                        "计划投资", "完成投资"),
                rows, StatTable.Row.of("合计", serviceCenterCells(total)),
                List.of("注：已完工含投入使用；状态和完成投资按" + year + "年12月31日前的进度报告计。"));
    }

    /** now − before, as a whole number when both are. */
    static Number change(Number now, Number before) {
        if (now instanceof java.math.BigDecimal || before instanceof java.math.BigDecimal) {
            return new java.math.BigDecimal(now.toString()).subtract(new java.math.BigDecimal(before.toString()));
        }
        return now.longValue() - before.longValue();
    }

    private static Object[] serviceCenterCells(ServiceCenterFigures.Summary s) {
        return new Object[] {s.planned(), s.newBuild(), s.renovation(), s.completed(), s.inUse(), s.newBuildInUse(),
                s.plannedInvestment(), s.invested()};
    }

    private String areaHeader(RegionRef region) {
        return region.level().childLevel() == null ? "区域"
                : message("enum.RegionLevel." + region.level().childLevel());
    }

    private Function<String, String> areaNames(RegionRef region) {
        Map<String, String> names = new java.util.HashMap<>();
        regions.children(region.id()).forEach(r -> names.put(r.code(), r.name()));
        return code -> names.getOrDefault(code, code);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
