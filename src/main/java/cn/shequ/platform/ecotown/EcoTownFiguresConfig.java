package cn.shequ.platform.ecotown;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.ecotown.EcoTownFigures.Summary;
import cn.shequ.platform.indicator.DashboardChart;
import cn.shequ.platform.indicator.DashboardCharts;
import cn.shequ.platform.indicator.IndicatorDefinition;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.indicator.Unit;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearbook.EntryFactSource;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The eco towns' and rural communities' indicators, dashboard chart, yearbook table and entry facts. */
@Configuration(proxyBeanMethods = false)
class EcoTownFiguresConfig {

    static final WorkStream STREAM = WorkStream.ECO_TOWN;

    @Bean
    @Order(60)
    IndicatorSource<Summary> ecoTownIndicators(EcoTownFigures figures) {
        return IndicatorSource.of(figures::summary, List.of(
                new IndicatorDefinition<>("eco.rural_community_key_projects", STREAM, Unit.COUNT, true,
                        Summary::ruralCommunityKeyProjects, null, list("/eco-towns", "kind=" + EcoProjectKind.SEAT_COMMUNITY)),
                new IndicatorDefinition<>("eco.eco_town_key_projects", STREAM, Unit.COUNT, true, Summary::ecoTownKeyProjects,
                        null, list("/eco-towns", "kind=" + EcoProjectKind.ECO_TOWN)),
                new IndicatorDefinition<>("eco.investment_wan_yuan", STREAM, Unit.WAN_YUAN, false, Summary::actualInvestment,
                        Summary::plannedInvestment, list("/eco-towns")),
                new IndicatorDefinition<>("eco.households_relocated", STREAM, Unit.HOUSEHOLD, true,
                        Summary::householdsRelocated, null, list("/eco-towns", "sort=householdsRelocated,desc")),
                new IndicatorDefinition<>("eco.assessed_basically_built", STREAM, Unit.COUNT, false,
                        Summary::assessedBasicallyBuilt, Summary::assessedProjects,
                        list("/eco-towns", "assessed=true", "built=true")),
                new IndicatorDefinition<>("eco.provincial_demonstration_communities", STREAM, Unit.COUNT, true,
                        Summary::provincialDemonstrationCommunities, null, list("/eco-towns/designations", "level=PROVINCE")),
                new IndicatorDefinition<>("eco.demonstration_awards_wan_yuan", STREAM, Unit.WAN_YUAN, false,
                        Summary::demonstrationAwards, null, list("/eco-towns/designations", "level=PROVINCE")),
                new IndicatorDefinition<>("eco.plans_completed", STREAM, Unit.COUNT, true, Summary::plansCompleted,
                        Summary::ecoTownKeyProjects, list("/eco-towns", "kind=" + EcoProjectKind.ECO_TOWN, "planned=true")),
                new IndicatorDefinition<>("eco.riverside_key_communities", STREAM, Unit.COUNT, true,
                        Summary::riversideKeyCommunities, null, list("/eco-towns/riverside")),
                new IndicatorDefinition<>("eco.riverside_towns", STREAM, Unit.COUNT, false, Summary::riversideTowns, null,
                        list("/eco-towns/riverside", "sort=regionPath,asc")),
                new IndicatorDefinition<>("eco.riverside_land_quota_mu", STREAM, Unit.MU, false, Summary::riversideLandQuota,
                        null, list("/eco-towns/riverside")),
                new IndicatorDefinition<>("eco.communities_falling_short", STREAM, Unit.COUNT, false,
                        Summary::communitiesFallingShort, null, list("/eco-towns/compliance"))));
    }

    /** Eco-town and rural-community key projects by area: planned against actual investment. */
    @Bean
    @Order(20)
    DashboardChart ecoInvestmentChart(EcoTownFigures figures) {
        return dashboard -> {
            var names = dashboard.areaNames();
            DashboardCharts.Bars bars = dashboard.bars("dashboard.chart.ecoInvestment", new Object[] {dashboard.year()},
                    "indicator.unit.WAN_YUAN");
            for (EcoTownFigures.AreaRow row : figures.byArea(dashboard.year(), dashboard.area())) {
                String link = list("/eco-towns").of(dashboard.year(), row.areaCode());
                bars.category(names.apply(row.areaCode()))
                        .value("dashboard.series.planInvestment", row.figures().plannedInvestment(), link)
                        .value("dashboard.series.actualInvestment", row.figures().actualInvestment(), link);
            }
            return bars.toJson();
        };
    }

    @Bean
    @Order(50)
    StatTableSource ecoTownTable(EcoTownFigures figures) {
        return (year, region, areas) -> {
            List<StatTable.Row> rows = figures.byArea(year, region).stream()
                    .map(row -> StatTable.Row.of(areas.name(row.areaCode()), cells(row.figures()))).toList();
            Summary total = figures.summary(year, region);
            return List.of(new StatTable("生态小镇", year + "年生态小镇和农村新型社区重点项目建设情况", "单位：个、万元、%、户",
                    List.of(areas.header(), "重点项目", "驻地农村新型社区", "生态小镇", "计划投资", "完成投资", "完成率",
                            "搬迁入住户数", "省级示范社区", "完成规划编制"),
                    rows, StatTable.Row.of("合计", cells(total)),
                    List.of("注：完成投资和搬迁入住户数按" + year + "年12月31日前的进度报告累计；纳入潍坊市考核"
                            + total.assessedProjects() + "个，其中基本建成" + total.assessedBasicallyBuilt() + "个。")));
        };
    }

    private static Object[] cells(Summary s) {
        Object rate = s.plannedInvestment() == null || s.plannedInvestment().signum() == 0 ? ""
                : s.actualInvestment().multiply(BigDecimal.valueOf(100)).divide(s.plannedInvestment(), 1, RoundingMode.HALF_UP);
        return new Object[] {s.keyProjects(), s.ruralCommunityKeyProjects(), s.ecoTownKeyProjects(), s.plannedInvestment(),
                s.actualInvestment(), rate, s.householdsRelocated(), s.provincialDemonstrationCommunities(),
                s.plansCompleted()};
    }

    @Bean
    @Order(40)
    EntryFactSource ecoTownFacts(EcoTownFigures figures, DocumentRegister documents) {
        return (year, region, facts) -> {
            documents.ofStream(STREAM, year).stream().findFirst()
                    .ifPresent(d -> facts.document("eco.plan", d.citation(), d.number(), d.issuedOn()));
            facts.put("eco.demonstration.names", figures.demonstrationCommunityNames(year, region));
            figures.demonstrationCohortSize(year, region).ifPresent(size -> facts.put("eco.demonstration.cohort", size));
            facts.put("eco.riverside.featured", figures.riversideFeaturedNames(year, region))
                    .put("eco.households_per_worker", CommunityStandards.HOUSEHOLDS_PER_WORKER)
                    .put("eco.min_workers", CommunityStandards.MIN_WORKERS);
            long short_ = figures.shortfalls(year, region).stream()
                    .filter(CommunityStandards.Result::keyProject)
                    .filter(r -> r.shortfalls().stream().anyMatch(f -> f.kind() == CommunityStandards.EcoShortfall.TOO_FEW_COOPERATIVES
                            || f.kind() == CommunityStandards.EcoShortfall.TOO_FEW_PARKS))
                    .count();
            facts.put("eco.cooperatives_phrase", short_ == 0
                    ? "全市规划建设的农村新型社区，都已至少成立1家农民专业合作社，建立起1个特色产业园区。"
                    : "全市规划建设的农村新型社区中，尚有" + short_ + "个未达到至少成立1家农民专业合作社、建立1个特色产业园区的要求。");
        };
    }
}
