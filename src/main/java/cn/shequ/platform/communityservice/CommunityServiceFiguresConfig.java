package cn.shequ.platform.communityservice;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;
import static cn.shequ.platform.indicator.Unit.COUNT;
import static cn.shequ.platform.indicator.Unit.PERSON;
import static cn.shequ.platform.indicator.Unit.TIMES;
import static cn.shequ.platform.indicator.Unit.WAN_YUAN;

import java.util.Comparator;
import java.util.List;

import cn.shequ.platform.communityservice.CommunityServiceFigures.ActivityFact;
import cn.shequ.platform.communityservice.CommunityServiceFigures.PairingFact;
import cn.shequ.platform.communityservice.CommunityServiceFigures.Summary;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearbook.EntryFactSource;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The community services' indicators, yearbook table and entry facts. */
@Configuration(proxyBeanMethods = false)
class CommunityServiceFiguresConfig {

    static final String ACTIVITIES = "/community-services/activities";
    static final String PAIRINGS = "/community-services/pairings";

    @Bean
    @Order(30)
    IndicatorSource<Summary> communityServiceIndicators(CommunityServiceFigures figures) {
        return IndicatorSource.of(WorkStream.COMMUNITY_SERVICE, figures::summary)
                .add("community_service.activities", TIMES, Summary::activities, list(ACTIVITIES))
                .headline("community_service.students_aided", PERSON, Summary::studentsAided,
                        list(ACTIVITIES, "kind=STUDENT_AID"))
                .add("community_service.pairings", COUNT, Summary::pairings, list(PAIRINGS))
                .add("community_service.pairing_donations_wan_yuan", WAN_YUAN, Summary::pairingDonations,
                        list(PAIRINGS, "donated=true"))
                .headline("community_service.four_party_pilots", COUNT, Summary::fourPartyPilots,
                        list("/community-services/four-party"));
    }

    /** By town, with a row for the activities held across towns. */
    @Bean
    @Order(30)
    StatTableSource communityServiceTable(CommunityServiceFigures figures) {
        return (year, region, areas) -> List.of(new StatTable("社区服务", year + "年社区服务情况", "单位：次、名、个、万元",
                List.of(areas.header(), "公益活动", "捐助学生", "受益人数", "活动资金物资", "结对帮扶", "结对捐资捐物", "“四社联动”试点"),
                figures.byArea(year, region).stream().map(row -> StatTable.Row.of(row.areaPath().equals(region.path())
                        ? region.name() + "（跨镇街活动）" : areas.name(row.areaCode()), cells(row.figures()))).toList(),
                StatTable.Row.of("合计", cells(figures.summary(year, region))),
                List.of("注：在两个以上镇街举办的活动计入“跨镇街活动”行。")));
    }

    private static Object[] cells(Summary s) {
        return new Object[] {s.activities(), s.studentsAided(), s.peopleHelped(), s.activityMoney(), s.pairings(),
                s.pairingDonations(), s.fourPartyPilots()};
    }

    @Bean
    @Order(30)
    EntryFactSource communityServiceFacts(CommunityServiceFigures figures) {
        return (year, region, facts) -> {
            List<ActivityFact> activities = figures.activities(year, region);
            facts.put("services.themes", activities.stream()
                    .filter(a -> !a.kinds().contains(WelfareActivityKind.STUDENT_AID) && a.title().contains("——"))
                    .map(a -> a.title().substring(0, a.title().indexOf("——"))).distinct().toList());
            activities.stream().filter(a -> a.kinds().contains(WelfareActivityKind.STUDENT_AID))
                    .max(Comparator.comparingInt(ActivityFact::studentsAided))
                    .ifPresent(aid -> facts.put("services.aid.title", aid.title())
                            .put("services.aid.towns", aid.townNames())
                            .put("services.aid.clinic", aid.kinds().contains(WelfareActivityKind.FREE_CLINIC)
                                    ? "并现场开展了健康义诊，" : ""));
            figures.pairings(year, region).stream()
                    .filter(p -> p.donationsInYear() != null && p.donationsInYear().signum() > 0)
                    .max(Comparator.comparing(PairingFact::donationsInYear))
                    .ifPresent(pairing -> facts.put("services.pairing.enterprise", pairing.enterprise())
                            .put("services.pairing.community", pairing.communityFullName())
                            .put("services.pairing.built", pairing.built()));
            facts.put("services.four_party", facts.byTown(figures.fourPartyPilotNames(year, region)));
        };
    }
}
