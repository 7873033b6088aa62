package cn.shequ.platform.ecotown;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;
import static cn.shequ.platform.indicator.Unit.COUNT;
import static cn.shequ.platform.indicator.Unit.HOUSEHOLD;
import static cn.shequ.platform.indicator.Unit.MU;
import static cn.shequ.platform.indicator.Unit.WAN_YUAN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.ecotown.EcoTownFigures.Summary;
import cn.shequ.platform.indicator.DashboardChart;
import cn.shequ.platform.indicator.IndicatorSource;
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

    static final String LIST = "/eco-towns";

    @Bean
    @Order(60)
    IndicatorSource<Summary> ecoTownIndicators(EcoTownFigures figures) {
        String designations = "/eco-towns/designations";
        String riverside = "/eco-towns/riverside";
        return IndicatorSource.of(STREAM, figures::summary)
                .headline("eco.rural_community_key_projects", COUNT, Summary::ruralCommunityKeyProjects,
                        list(LIST, "kind=" + EcoProjectKind.SEAT_COMMUNITY))
                .headline("eco.eco_town_key_projects", COUNT, Summary::ecoTownKeyProjects,
                        list(LIST, "kind=" + EcoProjectKind.ECO_TOWN))
                .add("eco.investment_wan_yuan", WAN_YUAN, Summary::actualInvestment, list(LIST))
                .plan(Summary::plannedInvestment)
                .headline("eco.households_relocated", HOUSEHOLD, Summary::householdsRelocated,
                        list(LIST, "sort=householdsRelocated,desc"))
                .add("eco.assessed_basically_built", COUNT, Summary::assessedBasicallyBuilt,
                        list(LIST, "assessed=true", "built=true")).plan(Summary::assessedProjects)
                .headline("eco.provincial_demonstration_communities", COUNT, Summary::provincialDemonstrationCommunities,
                        list(designations, "level=PROVINCE"))
                .add("eco.demonstration_awards_wan_yuan", WAN_YUAN, Summary::demonstrationAwards,
                        list(designations, "level=PROVINCE"))
                .headline("eco.plans_completed", COUNT, Summary::plansCompleted,
                        list(LIST, "kind=" + EcoProjectKind.ECO_TOWN, "planned=true")).plan(Summary::ecoTownKeyProjects)
                .headline("eco.riverside_key_communities", COUNT, Summary::riversideKeyCommunities, list(riverside))
                .add("eco.riverside_towns", COUNT, Summary::riversideTowns, list(riverside, "sort=regionPath,asc"))
                .add("eco.riverside_land_quota_mu", MU, Summary::riversideLandQuota, list(riverside))
                .add("eco.communities_falling_short", COUNT, Summary::communitiesFallingShort, list("/eco-towns/compliance"));
    }

    /** Key projects by area: planned against actual investment. */
    @Bean
    @Order(20)
    DashboardChart ecoInvestmentChart(EcoTownFigures figures) {
        return dashboard -> dashboard.byArea("dashboard.chart.ecoInvestment", "indicator.unit.WAN_YUAN",
                figures::byArea, LIST, (bars, f, link) -> bars
                        .value("dashboard.series.planInvestment", f.plannedInvestment(), link)
                        .value("dashboard.series.actualInvestment", f.actualInvestment(), link)).toJson();
    }

    @Bean
    @Order(50)
    StatTableSource ecoTownTable(EcoTownFigures figures) {
        return (year, region, areas) -> {
            Summary total = figures.summary(year, region);
            return List.of(new StatTable("生态小镇", year + "年生态小镇和农村新型社区重点项目建设情况", "单位：个、万元、%、户",
                    List.of(areas.header(), "重点项目", "驻地农村新型社区", "生态小镇", "计划投资", "完成投资", "完成率",
                            "搬迁入住户数", "省级示范社区", "完成规划编制"),
                    areas.rows(figures.byArea(year, region), EcoTownFiguresConfig::cells), StatTable.Row.of("合计", cells(total)),
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
