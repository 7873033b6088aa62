package cn.shequ.platform.yearbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.indicator.IndicatorDefinition;
import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.communityservice.CommunityServiceFigures;
import cn.shequ.platform.ecotown.EcoTownFigures;
import cn.shequ.platform.featured.FeaturedFigures;
import cn.shequ.platform.landlinkage.LandLinkageFigures;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.smartcommunity.SmartCommunityFigures;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's statistical tables, built from the indicators and the work streams' figures by area. */
@Component
class YearbookTables {

    private final Indicators indicators;
    private final ServiceCenterFigures serviceCenters;
    private final SmartCommunityFigures smart;
    private final CommunityServiceFigures services;
    private final EcoTownFigures eco;
    private final FeaturedFigures featured;
    private final LandLinkageFigures land;
    private final RegionDirectory regions;
    private final MessageSource messages;

    YearbookTables(Indicators indicators, ServiceCenterFigures serviceCenters, SmartCommunityFigures smart,
            CommunityServiceFigures services, EcoTownFigures eco, FeaturedFigures featured, LandLinkageFigures land,
            RegionDirectory regions, MessageSource messages) {
        this.land = land;
        this.featured = featured;
        this.indicators = indicators;
        this.serviceCenters = serviceCenters;
        this.smart = smart;
        this.services = services;
        this.eco = eco;
        this.regions = regions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<StatTable> of(int year, RegionRef region) {
        Function<String, String> areaNames = areaNames(region);
        List<StatTable> tables = new ArrayList<>();
        tables.add(mainIndicators(year, region));
        tables.add(serviceCenters(year, region, areaNames));
        tables.add(smartCommunities(year, region, areaNames));
        tables.add(communityServices(year, region, areaNames));
        tables.add(landLinkage(year, region, areaNames));
        tables.add(aggregationZones(year, region, areaNames));
        tables.add(ecoTowns(year, region, areaNames));
        tables.add(featuredNamed(year, region));
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

    private StatTable smartCommunities(int year, RegionRef region, Function<String, String> areaNames) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (SmartCommunityFigures.AreaRow row : smart.byArea(year, region)) {
            rows.add(StatTable.Row.of(areaNames.apply(row.areaCode()), smartCells(row.figures())));
        }
        return new StatTable("智慧社区", year + "年智慧社区建设情况", "单位：个、户", List.of(areaHeader(region), "建设社区",
                "其中试点", "建设中或已建成", "完成标准化展示平台", "开通广电网络户数", "安装机顶盒"), rows,
                StatTable.Row.of("合计", smartCells(smart.summary(year, region))),
                List.of("注：完成标准化展示平台按" + year + "年12月31日前的完成日期计。"));
    }

    private static Object[] smartCells(SmartCommunityFigures.Summary s) {
        return new Object[] {s.records(), s.pilots(), s.building(), s.platformsCompleted(), s.householdsConnected(),
                s.setTopBoxes()};
    }

    private StatTable communityServices(int year, RegionRef region, Function<String, String> areaNames) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (CommunityServiceFigures.AreaRow row : services.byArea(year, region)) {
            String label = row.areaPath().equals(region.path()) ? region.name() + "（跨镇街活动）" : areaNames.apply(row.areaCode());
            rows.add(StatTable.Row.of(label, serviceCells(row.figures())));
        }
        return new StatTable("社区服务", year + "年社区服务情况", "单位：次、名、个、万元", List.of(areaHeader(region),
                "公益活动", "捐助学生", "受益人数", "活动资金物资", "结对帮扶", "结对捐资捐物", "“四社联动”试点"), rows,
                StatTable.Row.of("合计", serviceCells(services.summary(year, region))),
                List.of("注：在两个以上镇街举办的活动计入“跨镇街活动”行。"));
    }

    private static Object[] serviceCells(CommunityServiceFigures.Summary s) {
        return new Object[] {s.activities(), s.studentsAided(), s.peopleHelped(), s.activityMoney(), s.pairings(),
                s.pairingDonations(), s.fourPartyPilots()};
    }

    private StatTable landLinkage(int year, RegionRef region, Function<String, String> areaNames) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (LandLinkageFigures.AreaRow row : land.byArea(year, region)) {
            rows.add(StatTable.Row.of(areaNames.apply(row.areaCode()), landCells(row.figures())));
        }
        LandLinkageFigures.Summary total = land.summary(year, region);
        List<StatTable.Row> byMode = List.of(
                StatTable.Row.partOf("增减挂钩", "", "", "", "", "", total.linkageHouseholds()),
                StatTable.Row.partOf("宅基地置换", "", "", "", "", "", total.homesteadHouseholds()),
                StatTable.Row.partOf("商业开发", "", "", "", "", "", total.commercialHouseholds()));
        return new StatTable("增减挂钩", year + "年城乡建设用地增减挂钩和搬迁安置情况", "单位：处、亩、万元、户",
                List.of(areaHeader(region), "项目库地块", "列入计划地块", "计划面积", "验收节约土地", "市财政补助资金",
                        "搬迁安置户数"),
                rows, StatTable.Row.of("合计", landCells(total)), byMode, List.of("注：验收节约土地一次验收覆盖多个地块的，按地块计划面积分摊到镇街；“其中”为搬迁安置方式。"));
    }

    private static Object[] landCells(LandLinkageFigures.Summary s) {
        return new Object[] {s.libraryEntries(), s.plotsPlanned(), s.plotsPlannedArea(), s.acceptedLandSaved(),
                s.subsidies(), s.householdsResettled()};
    }

    private StatTable aggregationZones(int year, RegionRef region, Function<String, String> areaNames) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (LandLinkageFigures.AreaRow row : land.byArea(year, region)) {
            rows.add(StatTable.Row.of(areaNames.apply(row.areaCode()), zoneCells(row.figures())));
        }
        return new StatTable("聚合区", year + "年底社区聚合区建设情况（累计）", "单位：平方米、户、亩",
                List.of(areaHeader(region), "累计竣工面积", "累计搬迁入住户数", "累计土地节余"), rows,
                StatTable.Row.of("合计", zoneCells(land.summary(year, region))),
                List.of("注：累计数为期初数加至" + year + "年12月31日的各期登记数，含增减挂钩和商业开发。"));
    }

    private static Object[] zoneCells(LandLinkageFigures.Summary s) {
        return new Object[] {s.zoneCompletedArea(), s.zoneHouseholdsMovedIn(), s.zoneLandSaved()};
    }

    private StatTable ecoTowns(int year, RegionRef region, Function<String, String> areaNames) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (EcoTownFigures.AreaRow row : eco.byArea(year, region)) {
            rows.add(StatTable.Row.of(areaNames.apply(row.areaCode()), ecoCells(row.figures())));
        }
        EcoTownFigures.Summary total = eco.summary(year, region);
        return new StatTable("生态小镇", year + "年生态小镇和农村新型社区重点项目建设情况", "单位：个、万元、%、户",
                List.of(areaHeader(region), "重点项目", "驻地农村新型社区", "生态小镇", "计划投资", "完成投资", "完成率",
                        "搬迁入住户数", "省级示范社区", "完成规划编制"),
                rows, StatTable.Row.of("合计", ecoCells(total)),
                List.of("注：完成投资和搬迁入住户数按" + year + "年12月31日前的进度报告累计；纳入潍坊市考核"
                        + total.assessedProjects() + "个，其中基本建成" + total.assessedBasicallyBuilt() + "个。"));
    }

    private static Object[] ecoCells(EcoTownFigures.Summary s) {
        Object rate = s.plannedInvestment() == null || s.plannedInvestment().signum() == 0 ? ""
                : s.actualInvestment().multiply(java.math.BigDecimal.valueOf(100))
                        .divide(s.plannedInvestment(), 1, java.math.RoundingMode.HALF_UP);
        return new Object[] {s.keyProjects(), s.ruralCommunityKeyProjects(), s.ecoTownKeyProjects(), s.plannedInvestment(),
                s.actualInvestment(), rate, s.householdsRelocated(), s.provincialDemonstrationCommunities(),
                s.plansCompleted()};
    }

    private StatTable featuredNamed(int year, RegionRef region) {
        List<StatTable.Row> rows = new ArrayList<>();
        int index = 1;
        for (FeaturedFigures.NamedCommunity named : featured.named(year, region)) {
            rows.add(StatTable.Row.of(String.valueOf(index++), named.communityFullName(), named.aspect(), named.projectTitle(),
                    named.score()));
        }
        String batch = featured.batch(year).map(FeaturedFigures.BatchFact::numberLabel).orElse("");
        return new StatTable("特色社区", year + "年命名的" + batch + "特色社区", "单位：分", List.of("序号", "社区", "创建方面",
                "特色项目", "评审得分"), rows, null, List.of("注：评审得分为评审专家按评分标准加权的平均分（五人以上评分时去掉最高、最低分）。"));
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
