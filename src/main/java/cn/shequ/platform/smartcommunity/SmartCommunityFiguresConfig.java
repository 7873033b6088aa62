package cn.shequ.platform.smartcommunity;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;
import static cn.shequ.platform.indicator.Unit.COUNT;
import static cn.shequ.platform.indicator.Unit.HOUSEHOLD;
import static cn.shequ.platform.indicator.Unit.TIMES;

import java.util.List;

import cn.shequ.platform.document.DocumentFigures;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.document.MeetingRef;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.smartcommunity.SmartCommunityFigures.Summary;
import cn.shequ.platform.yearbook.EntryFactSource;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The smart communities' indicators, yearbook table and entry facts. */
@Configuration(proxyBeanMethods = false)
class SmartCommunityFiguresConfig {

    static final WorkStream STREAM = WorkStream.SMART_COMMUNITY;

    static final String LIST = "/smart-communities";

    /** The year's figures and the promotion meetings held (the document register's). */
    record YearFigures(Summary summary, long promotionMeetings) {
    }

    @Bean
    @Order(20)
    IndicatorSource<YearFigures> smartCommunityIndicators(SmartCommunityFigures figures, DocumentFigures documents) {
        return IndicatorSource.<YearFigures>of(STREAM, (year, region) -> new YearFigures(figures.summary(year, region),
                        documents.meetingsHeld(year, region, STREAM, MeetingKind.PROMOTION)))
                .headline("smart_community.pilots", COUNT, f -> f.summary().pilots(), list(LIST, "batch=1"))
                .add("smart_community.building", COUNT, f -> f.summary().building(), list(LIST, "reached=UNDER_CONSTRUCTION"))
                .plan(f -> f.summary().records())
                .headline("smart_community.platforms_completed", COUNT, f -> f.summary().platformsCompleted(),
                        list(LIST, "platform=true")).plan(f -> f.summary().records())
                .add("smart_community.households_connected", HOUSEHOLD, f -> f.summary().householdsConnected(),
                        list(LIST, "connected=true"))
                .add("smart_community.promotion_meetings", TIMES, YearFigures::promotionMeetings,
                        (y, r) -> "/meetings?year=" + y + "&stream=SMART_COMMUNITY&kind=PROMOTION");
    }

    @Bean
    @Order(20)
    StatTableSource smartCommunityTable(SmartCommunityFigures figures) {
        return (year, region, areas) -> List.of(new StatTable("智慧社区", year + "年智慧社区建设情况", "单位：个、户",
                List.of(areas.header(), "建设社区", "其中试点", "建设中或已建成", "完成标准化展示平台", "开通广电网络户数", "安装机顶盒"),
                areas.rows(figures.byArea(year, region), SmartCommunityFiguresConfig::cells),
                StatTable.Row.of("合计", cells(figures.summary(year, region))),
                List.of("注：完成标准化展示平台按" + year + "年12月31日前的完成日期计。")));
    }
    private static Object[] cells(Summary s) {
        return new Object[] {s.records(), s.pilots(), s.building(), s.platformsCompleted(), s.householdsConnected(),
                s.setTopBoxes()};
    }

    @Bean
    @Order(20)
    EntryFactSource smartCommunityFacts(SmartCommunityFigures figures, DocumentRegister documents) {
        return (year, region, facts) -> {
            documents.ofStream(STREAM, year).stream().findFirst()
                    .ifPresent(d -> facts.document("smart.plan", d.citation(), d.number(), d.issuedOn()));
            List<MeetingRef> meetings = documents.meetings(STREAM, MeetingKind.PROMOTION, year);
            if (!meetings.isEmpty()) {
                facts.put("smart.meetings.organiser", meetings.get(0).organiser());
            }
            facts.put("smart.partners", figures.partners(year, region))
                    .put("smart.systems", figures.applicationSystems(year, region))
                    .put("smart.pilots", figures.pilotNames(year, region))
                    .put("smart.platform_communities", figures.platformCommunityNames(year, region));
        };
    }
}
