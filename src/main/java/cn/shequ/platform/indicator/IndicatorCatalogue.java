package cn.shequ.platform.indicator;

import java.util.List;
import java.util.Optional;

import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Component;

/**
 * The catalogue of indicators, in the order the dashboard and the yearbook show them. Every value is
 * computed from a {@link Snapshot} of the work streams' figures; every indicator links to the
 * records it counts.
 */
@Component
public class IndicatorCatalogue {

    private final List<IndicatorDefinition> definitions = List.of(
            new IndicatorDefinition("service_center.planned", WorkStream.SERVICE_CENTER, Unit.COUNT, true,
                    s -> s.serviceCenter().planned(), null,
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r),
            IndicatorDefinition.part("service_center.planned_new_build", "service_center.planned", WorkStream.SERVICE_CENTER,
                    Unit.COUNT, s -> s.serviceCenter().newBuild(), null,
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r + "&kind=NEW_BUILD"),
            new IndicatorDefinition("service_center.new_build_in_use", WorkStream.SERVICE_CENTER, Unit.COUNT, true,
                    s -> s.serviceCenter().newBuildInUse(), s -> s.serviceCenter().newBuild(),
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r + "&kind=NEW_BUILD&reached=IN_USE"),
            new IndicatorDefinition("service_center.renovation_completed", WorkStream.SERVICE_CENTER, Unit.COUNT, true,
                    s -> s.serviceCenter().renovationCompleted(), s -> s.serviceCenter().renovation(),
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r + "&kind=RENOVATION&reached=COMPLETED"),
            new IndicatorDefinition("service_center.investment_wan_yuan", WorkStream.SERVICE_CENTER, Unit.WAN_YUAN, false,
                    s -> s.serviceCenter().invested(), s -> s.serviceCenter().plannedInvestment(),
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r),
            new IndicatorDefinition("smart_community.pilots", WorkStream.SMART_COMMUNITY, Unit.COUNT, true,
                    s -> s.smartCommunity().pilots(), null,
                    (y, r) -> "/smart-communities?year=" + y + "&region=" + r + "&batch=1"),
            new IndicatorDefinition("smart_community.building", WorkStream.SMART_COMMUNITY, Unit.COUNT, false,
                    s -> s.smartCommunity().building(), s -> s.smartCommunity().records(),
                    (y, r) -> "/smart-communities?year=" + y + "&region=" + r + "&reached=UNDER_CONSTRUCTION"),
            new IndicatorDefinition("smart_community.platforms_completed", WorkStream.SMART_COMMUNITY, Unit.COUNT, true,
                    s -> s.smartCommunity().platformsCompleted(), s -> s.smartCommunity().records(),
                    (y, r) -> "/smart-communities?year=" + y + "&region=" + r + "&platform=true"),
            new IndicatorDefinition("smart_community.households_connected", WorkStream.SMART_COMMUNITY, Unit.HOUSEHOLD, false,
                    s -> s.smartCommunity().householdsConnected(), null,
                    (y, r) -> "/smart-communities?year=" + y + "&region=" + r + "&connected=true"),
            new IndicatorDefinition("smart_community.promotion_meetings", WorkStream.SMART_COMMUNITY, Unit.TIMES, false,
                    Snapshot::smartPromotionMeetings, null,
                    (y, r) -> "/meetings?year=" + y + "&stream=SMART_COMMUNITY&kind=PROMOTION"),
            new IndicatorDefinition("community_service.activities", WorkStream.COMMUNITY_SERVICE, Unit.TIMES, false,
                    s -> s.communityService().activities(), null,
                    (y, r) -> "/community-services/activities?year=" + y + "&region=" + r),
            new IndicatorDefinition("community_service.students_aided", WorkStream.COMMUNITY_SERVICE, Unit.PERSON, true,
                    s -> s.communityService().studentsAided(), null,
                    (y, r) -> "/community-services/activities?year=" + y + "&region=" + r + "&kind=STUDENT_AID"),
            new IndicatorDefinition("community_service.pairings", WorkStream.COMMUNITY_SERVICE, Unit.COUNT, false,
                    s -> s.communityService().pairings(), null,
                    (y, r) -> "/community-services/pairings?year=" + y + "&region=" + r),
            new IndicatorDefinition("community_service.pairing_donations_wan_yuan", WorkStream.COMMUNITY_SERVICE,
                    Unit.WAN_YUAN, false, s -> s.communityService().pairingDonations(), null,
                    (y, r) -> "/community-services/pairings?year=" + y + "&region=" + r + "&donated=true"),
            new IndicatorDefinition("community_service.four_party_pilots", WorkStream.COMMUNITY_SERVICE, Unit.COUNT, true,
                    s -> s.communityService().fourPartyPilots(), null,
                    (y, r) -> "/community-services/four-party?year=" + y + "&region=" + r),
            new IndicatorDefinition("featured_community.applications", WorkStream.FEATURED_COMMUNITY, Unit.COUNT, false,
                    s -> s.featured().applications(), null,
                    (y, r) -> "/featured-communities/applications?year=" + y + "&region=" + r + "&drafts=false"),
            new IndicatorDefinition("featured_community.named", WorkStream.FEATURED_COMMUNITY, Unit.COUNT, true,
                    s -> s.featured().named(), null,
                    (y, r) -> "/featured-communities/applications?year=" + y + "&region=" + r + "&state=NAMED"),
            new IndicatorDefinition("eco.rural_community_key_projects", WorkStream.ECO_TOWN, Unit.COUNT, true,
                    s -> s.eco().ruralCommunityKeyProjects(), null,
                    (y, r) -> "/eco-towns?year=" + y + "&region=" + r + "&kind=SEAT_COMMUNITY"),
            new IndicatorDefinition("eco.eco_town_key_projects", WorkStream.ECO_TOWN, Unit.COUNT, true,
                    s -> s.eco().ecoTownKeyProjects(), null,
                    (y, r) -> "/eco-towns?year=" + y + "&region=" + r + "&kind=ECO_TOWN"),
            new IndicatorDefinition("eco.investment_wan_yuan", WorkStream.ECO_TOWN, Unit.WAN_YUAN, false,
                    s -> s.eco().actualInvestment(), s -> s.eco().plannedInvestment(),
                    (y, r) -> "/eco-towns?year=" + y + "&region=" + r),
            new IndicatorDefinition("eco.households_relocated", WorkStream.ECO_TOWN, Unit.HOUSEHOLD, true,
                    s -> s.eco().householdsRelocated(), null,
                    (y, r) -> "/eco-towns?year=" + y + "&region=" + r + "&sort=householdsRelocated,desc"),
            new IndicatorDefinition("eco.assessed_basically_built", WorkStream.ECO_TOWN, Unit.COUNT, false,
                    s -> s.eco().assessedBasicallyBuilt(), s -> s.eco().assessedProjects(),
                    (y, r) -> "/eco-towns?year=" + y + "&region=" + r + "&assessed=true&built=true"),
            new IndicatorDefinition("eco.provincial_demonstration_communities", WorkStream.ECO_TOWN, Unit.COUNT, true,
                    s -> s.eco().provincialDemonstrationCommunities(), null,
                    (y, r) -> "/eco-towns/designations?year=" + y + "&region=" + r + "&level=PROVINCE"),
            new IndicatorDefinition("eco.demonstration_awards_wan_yuan", WorkStream.ECO_TOWN, Unit.WAN_YUAN, false,
                    s -> s.eco().demonstrationAwards(), null,
                    (y, r) -> "/eco-towns/designations?year=" + y + "&region=" + r + "&level=PROVINCE"),
            new IndicatorDefinition("eco.plans_completed", WorkStream.ECO_TOWN, Unit.COUNT, true,
                    s -> s.eco().plansCompleted(), s -> s.eco().ecoTownKeyProjects(),
                    (y, r) -> "/eco-towns?year=" + y + "&region=" + r + "&kind=ECO_TOWN&planned=true"),
            new IndicatorDefinition("eco.riverside_key_communities", WorkStream.ECO_TOWN, Unit.COUNT, true,
                    s -> s.eco().riversideKeyCommunities(), null,
                    (y, r) -> "/eco-towns/riverside?year=" + y + "&region=" + r),
            new IndicatorDefinition("eco.riverside_towns", WorkStream.ECO_TOWN, Unit.COUNT, false,
                    s -> s.eco().riversideTowns(), null,
                    (y, r) -> "/eco-towns/riverside?year=" + y + "&region=" + r + "&sort=regionPath,asc"),
            new IndicatorDefinition("eco.riverside_land_quota_mu", WorkStream.ECO_TOWN, Unit.MU, false,
                    s -> s.eco().riversideLandQuota(), null,
                    (y, r) -> "/eco-towns/riverside?year=" + y + "&region=" + r),
            new IndicatorDefinition("eco.communities_falling_short", WorkStream.ECO_TOWN, Unit.COUNT, false,
                    s -> s.eco().communitiesFallingShort(), null,
                    (y, r) -> "/eco-towns/compliance?year=" + y + "&region=" + r),
            new IndicatorDefinition("document.issued", WorkStream.GENERAL, Unit.DOCUMENT, false,
                    Snapshot::documentsIssued, null,
                    (y, r) -> "/documents?year=" + y));

    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    public Optional<IndicatorDefinition> find(String key) {
        return definitions.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
