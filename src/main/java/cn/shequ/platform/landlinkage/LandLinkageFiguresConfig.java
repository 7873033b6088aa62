package cn.shequ.platform.landlinkage;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;
import static cn.shequ.platform.indicator.Unit.COUNT;
import static cn.shequ.platform.indicator.Unit.HOUSEHOLD;
import static cn.shequ.platform.indicator.Unit.MU;
import static cn.shequ.platform.indicator.Unit.SQUARE_METRE;
import static cn.shequ.platform.indicator.Unit.WAN_YUAN;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.indicator.AreaRow;
import cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.landlinkage.LandLinkageFigures.ResettlementFact;
import cn.shequ.platform.landlinkage.LandLinkageFigures.Summary;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearbook.EntryFactSource;
import cn.shequ.platform.yearbook.EntryFacts;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Land linkage's and the aggregation zones' indicators, yearbook tables and entry facts. */
@Configuration(proxyBeanMethods = false)
class LandLinkageFiguresConfig {

    static final WorkStream STREAM = WorkStream.LAND_LINKAGE;

    /** The zones at year end: their cumulative figures as of 31 December. */
    static final RecordsLink ZONES = (y, r) -> "/land-linkage/zones?region=" + r + "&asOf=" + y + "-12-31";

    @Bean
    @Order(50)
    IndicatorSource<Summary> landLinkageIndicators(LandLinkageFigures figures) {
        String resettlements = "/land-linkage/resettlements";
        return IndicatorSource.of(STREAM, figures::summary)
                .add("land_linkage.library_entries", COUNT, Summary::libraryEntries,
                        (y, r) -> "/land-linkage/library?region=" + r + "&upTo=" + y)
                .headline("land_linkage.plots_planned", COUNT, Summary::plotsPlanned, list("/land-linkage/plots"))
                .headline("land_linkage.accepted_land_saved_mu", MU, Summary::acceptedLandSaved, list("/land-linkage/acceptances"))
                .add("land_linkage.subsidy_wan_yuan", WAN_YUAN, Summary::subsidies,
                        list("/land-linkage/funds", "source=" + LandFundSource.CITY_FINANCE))
                .add("land_linkage.funds_wan_yuan", WAN_YUAN, Summary::funds, list("/land-linkage/funds"))
                .headline("land_linkage.households_resettled", HOUSEHOLD, Summary::householdsResettled, list(resettlements))
                .part("land_linkage.households_linkage", HOUSEHOLD, Summary::linkageHouseholds,
                        list(resettlements, "mode=" + ResettlementMode.LINKAGE))
                .part("land_linkage.households_homestead", HOUSEHOLD, Summary::homesteadHouseholds,
                        list(resettlements, "mode=" + ResettlementMode.HOMESTEAD))
                .part("land_linkage.households_commercial", HOUSEHOLD, Summary::commercialHouseholds,
                        list(resettlements, "mode=" + ResettlementMode.COMMERCIAL))
                .add("aggregation_zone.completed_area_m2", SQUARE_METRE, Summary::zoneCompletedArea, ZONES)
                .headline("aggregation_zone.households_moved_in", HOUSEHOLD, Summary::zoneHouseholdsMovedIn, ZONES)
                .add("aggregation_zone.land_saved_mu", MU, Summary::zoneLandSaved, ZONES);
    }

    /** Land linkage and resettlement by area, then the aggregation zones (cumulative) by area. */
    @Bean
    @Order(40)
    StatTableSource landLinkageTables(LandLinkageFigures figures) {
        return (year, region, areas) -> {
            List<AreaRow<Summary>> byArea = figures.byArea(year, region);
            Summary total = figures.summary(year, region);
            List<StatTable.Row> byMode = List.of(
                    StatTable.Row.partOf("增减挂钩", "", "", "", "", "", total.linkageHouseholds()),
                    StatTable.Row.partOf("宅基地置换", "", "", "", "", "", total.homesteadHouseholds()),
                    StatTable.Row.partOf("商业开发", "", "", "", "", "", total.commercialHouseholds()));
            StatTable land = new StatTable("增减挂钩", year + "年城乡建设用地增减挂钩和搬迁安置情况", "单位：处、亩、万元、户",
                    List.of(areas.header(), "项目库地块", "列入计划地块", "计划面积", "验收节约土地", "市财政补助资金",
                            "搬迁安置户数"),
                    areas.rows(byArea, LandLinkageFiguresConfig::landCells), StatTable.Row.of("合计", landCells(total)), byMode,
                    List.of("注：验收节约土地一次验收覆盖多个地块的，按地块计划面积分摊到镇街；“其中”为搬迁安置方式。"));
            StatTable zones = new StatTable("聚合区", year + "年底社区聚合区建设情况（累计）", "单位：平方米、户、亩",
                    List.of(areas.header(), "累计竣工面积", "累计搬迁入住户数", "累计土地节余"),
                    areas.rows(byArea, LandLinkageFiguresConfig::zoneCells), StatTable.Row.of("合计", zoneCells(total)),
                    List.of("注：累计数为期初数加至" + year + "年12月31日的各期登记数，含增减挂钩和商业开发。"));
            return List.of(land, zones);
        };
    }

    private static Object[] landCells(Summary s) {
        return new Object[] {s.libraryEntries(), s.plotsPlanned(), s.plotsPlannedArea(), s.acceptedLandSaved(),
                s.subsidies(), s.householdsResettled()};
    }

    private static Object[] zoneCells(Summary s) {
        return new Object[] {s.zoneCompletedArea(), s.zoneHouseholdsMovedIn(), s.zoneLandSaved()};
    }

    @Bean
    @Order(50)
    EntryFactSource landLinkageFacts(LandLinkageFigures figures, DocumentRegister documents, MessageSource messages) {
        return (year, region, facts) -> {
            documents.ofStream(STREAM, year).stream().findFirst()
                    .ifPresent(d -> facts.document("land.plan", d.citation(), d.number(), d.issuedOn()));
            figures.acceptances(year, region).stream()
                    .max(Comparator.comparing(LandLinkageFigures.AcceptanceFact::landSaved))
                    .ifPresent(acceptance -> facts.put("land.acceptance.month", acceptance.date().getMonthValue() + "月")
                            .put("land.acceptance.authority", acceptance.authority()));
            figures.funds(year, region).stream().filter(f -> f.source() == LandFundSource.CITY_FINANCE)
                    .max(Comparator.comparing(LandLinkageFigures.FundFact::amount))
                    .ifPresent(fund -> facts.put("land.subsidy.month", fund.date().getMonthValue() + "月")
                            .put("land.subsidy.source", messages.getMessage("enum.LandFundSource." + fund.source(), null,
                                    fund.source().name(), Locale.SIMPLIFIED_CHINESE)));
            List<ResettlementFact> resettlements = figures.resettlements(year, region);
            largest(resettlements, ResettlementMode.LINKAGE).ifPresent(pilot -> {
                String town = facts.townOf(pilot.zoneCommunityFullName());
                List<String> villages = pilot.villageNames().stream()
                        .map(v -> v.endsWith("村") ? v.substring(0, v.length() - 1) : v).toList();
                facts.put("land.pilot.place", town + (pilot.pilot() != null ? pilot.pilot()
                                : pilot.zoneCommunityFullName().substring(town.length())))
                        .put("land.pilot.villages", EntryFacts.joinedWithAnd(villages))
                        .put("land.pilot.village_count", villages.size())
                        .put("land.pilot.zone", pilot.zoneName())
                        .put("land.pilot.households", pilot.households());
            });
            largest(resettlements, ResettlementMode.HOMESTEAD).ifPresent(homestead -> facts
                    .put("land.homestead.place", homestead.zoneCommunityFullName() + String.join("、", homestead.villageNames()))
                    .put("land.homestead.households", homestead.households()));
        };
    }

    private static java.util.Optional<ResettlementFact> largest(List<ResettlementFact> resettlements, ResettlementMode mode) {
        return resettlements.stream().filter(r -> r.mode() == mode).max(Comparator.comparingLong(ResettlementFact::households));
    }
}
