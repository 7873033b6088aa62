package cn.shequ.platform.yearbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.document.MeetingRef;
import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.communityservice.CommunityServiceFigures;
import cn.shequ.platform.communityservice.WelfareActivityKind;
import cn.shequ.platform.ecotown.CommunityStandards;
import cn.shequ.platform.ecotown.EcoTownFigures;
import cn.shequ.platform.featured.FeaturedFigures;
import cn.shequ.platform.landlinkage.LandLinkageFigures;
import org.springframework.context.MessageSource;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.smartcommunity.SmartCommunityFigures;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a year that the entry's templates name: every indicator (by its key, with
 * {@code <key>.plan} for its plan), and the names, documents and dates the sentences carry. A fact
 * the records lack is simply absent, so the entry shows a gap instead of a wrong figure.
 */
@Component
class YearbookFacts {

    static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private final Indicators indicators;
    private final DocumentRegister documents;
    private final SmartCommunityFigures smart;
    private final CommunityServiceFigures services;
    private final EcoTownFigures eco;
    private final FeaturedFigures featured;
    private final LandLinkageFigures land;
    private final RegionDirectory regions;
    private final MessageSource messages;

    YearbookFacts(Indicators indicators, DocumentRegister documents, SmartCommunityFigures smart,
            CommunityServiceFigures services, EcoTownFigures eco, FeaturedFigures featured, LandLinkageFigures land,
            RegionDirectory regions, MessageSource messages) {
        this.land = land;
        this.messages = messages;
        this.featured = featured;
        this.indicators = indicators;
        this.documents = documents;
        this.smart = smart;
        this.services = services;
        this.eco = eco;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Map<String, Object> of(int year, RegionRef region) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("year", year);
        facts.put("region", region.name());
        for (Indicators.Value value : indicators.values(year, region)) {
            facts.put(value.key(), value.value());
            if (value.plan() != null) {
                facts.put(value.key() + ".plan", value.plan());
            }
        }
        serviceCenters(facts);
        document(facts, "smart.plan", WorkStream.SMART_COMMUNITY, year);
        document(facts, "featured.plan", WorkStream.FEATURED_COMMUNITY, year);
        document(facts, "eco.plan", WorkStream.ECO_TOWN, year);
        document(facts, "land.plan", WorkStream.LAND_LINKAGE, year);
        List<MeetingRef> meetings = documents.meetings(WorkStream.SMART_COMMUNITY, MeetingKind.PROMOTION, year);
        if (!meetings.isEmpty()) {
            facts.put("smart.meetings.organiser", meetings.get(0).organiser());
        }
        smartCommunities(facts, year, region);
        communityServices(facts, year, region);
        ecoTowns(facts, year, region);
        landLinkage(facts, year, region);
        featured.batch(year).ifPresent(batch -> {
            facts.put("featured.batch", batch.numberLabel());
            facts.put("featured.aspects", batch.aspects());
            facts.put("featured.aspect_count", batch.aspects().size());
            if (batch.documentId() != null) {
                documents.find(batch.documentId()).ifPresent(d -> facts.put("featured.plan", d.citation()));
            }
        });
        return facts;
    }

    private void smartCommunities(Map<String, Object> facts, int year, RegionRef region) {
        facts.put("smart.partners", smart.partners(year, region));
        facts.put("smart.systems", smart.applicationSystems(year, region));
        facts.put("smart.pilots", smart.pilotNames(year, region));
        facts.put("smart.platform_communities", smart.platformCommunityNames(year, region));
    }

    private void communityServices(Map<String, Object> facts, int year, RegionRef region) {
        List<CommunityServiceFigures.ActivityFact> activities = services.activities(year, region);
        List<String> themes = activities.stream()
                .filter(a -> !a.kinds().contains(WelfareActivityKind.STUDENT_AID.name()) && a.title().contains("——"))
                .map(a -> a.title().substring(0, a.title().indexOf("——"))).distinct().toList();
        facts.put("services.themes", themes);
        activities.stream().filter(a -> a.kinds().contains(WelfareActivityKind.STUDENT_AID.name()))
                .max(java.util.Comparator.comparingInt(CommunityServiceFigures.ActivityFact::studentsAided))
                .ifPresent(aid -> {
                    facts.put("services.aid.title", aid.title());
                    facts.put("services.aid.towns", aid.townNames());
                    facts.put("services.aid.clinic", aid.kinds().contains(WelfareActivityKind.FREE_CLINIC.name())
                            ? "并现场开展了健康义诊，" : "");
                });
        services.pairings(year, region).stream()
                .filter(p -> p.donationsInYear() != null && p.donationsInYear().signum() > 0)
                .max(java.util.Comparator.comparing(CommunityServiceFigures.PairingFact::donationsInYear))
                .ifPresent(pairing -> {
                    facts.put("services.pairing.enterprise", pairing.enterprise());
                    facts.put("services.pairing.community", pairing.communityFullName());
                    facts.put("services.pairing.built", pairing.built());
                });
        facts.put("services.four_party", byTown(services.fourPartyPilotNames(year, region)));
    }

    private void ecoTowns(Map<String, Object> facts, int year, RegionRef region) {
        facts.put("eco.demonstration.names", eco.demonstrationCommunityNames(year, region));
        eco.demonstrationCohortSize(year, region).ifPresent(size -> facts.put("eco.demonstration.cohort", size));
        facts.put("eco.riverside.featured", eco.riversideFeaturedNames(year, region));
        facts.put("eco.households_per_worker", EcoTownFigures.HOUSEHOLDS_PER_WORKER);
        facts.put("eco.min_workers", EcoTownFigures.MIN_WORKERS);
        long short_ = eco.shortfalls(year, region).stream()
                .filter(CommunityStandards.Result::keyProject)
                .filter(r -> r.shortfalls().stream().anyMatch(f -> f.kind() == CommunityStandards.EcoShortfall.TOO_FEW_COOPERATIVES
                        || f.kind() == CommunityStandards.EcoShortfall.TOO_FEW_PARKS))
                .count();
        facts.put("eco.cooperatives_phrase", short_ == 0
                ? "全市规划建设的农村新型社区，都已至少成立1家农民专业合作社，建立起1个特色产业园区。"
                : "全市规划建设的农村新型社区中，尚有" + short_ + "个未达到至少成立1家农民专业合作社、建立1个特色产业园区的要求。");
    }

    private void landLinkage(Map<String, Object> facts, int year, RegionRef region) {
        land.acceptances(year, region).stream().max(java.util.Comparator.comparing(LandLinkageFigures.AcceptanceFact::landSaved))
                .ifPresent(acceptance -> {
                    facts.put("land.acceptance.month", acceptance.date().getMonthValue() + "月");
                    facts.put("land.acceptance.authority", acceptance.authority());
                });
        land.funds(year, region).stream().filter(f -> "CITY_FINANCE".equals(f.source()))
                .max(java.util.Comparator.comparing(LandLinkageFigures.FundFact::amount))
                .ifPresent(fund -> {
                    facts.put("land.subsidy.month", fund.date().getMonthValue() + "月");
                    facts.put("land.subsidy.source", messages.getMessage("enum.LandFundSource." + fund.source(), null,
                            fund.source(), java.util.Locale.SIMPLIFIED_CHINESE));
                });
        List<LandLinkageFigures.ResettlementFact> resettlements = land.resettlements(year, region);
        resettlements.stream().filter(r -> "LINKAGE".equals(r.mode()))
                .max(java.util.Comparator.comparingLong(LandLinkageFigures.ResettlementFact::households))
                .ifPresent(pilot -> {
                    String town = townOf(pilot.zoneCommunityFullName());
                    java.util.regex.Matcher named = java.util.regex.Pattern.compile("以(.+?)为试点")
                            .matcher(pilot.notes() == null ? "" : pilot.notes());
                    facts.put("land.pilot.place", town + (named.find() ? named.group(1)
                            : pilot.zoneCommunityFullName().substring(town.length())));
                    List<String> villages = pilot.villageNames().stream()
                            .map(v -> v.endsWith("村") ? v.substring(0, v.length() - 1) : v).toList();
                    facts.put("land.pilot.villages", Formats.apply(villages, "和"));
                    facts.put("land.pilot.village_count", villages.size());
                    facts.put("land.pilot.zone", pilot.zoneName());
                    facts.put("land.pilot.households", pilot.households());
                });
        resettlements.stream().filter(r -> "HOMESTEAD".equals(r.mode()))
                .max(java.util.Comparator.comparingLong(LandLinkageFigures.ResettlementFact::households))
                .ifPresent(homestead -> {
                    facts.put("land.homestead.place", homestead.zoneCommunityFullName() + String.join("、", homestead.villageNames()));
                    facts.put("land.homestead.households", homestead.households());
                });
    }

    /** The town a full community name starts with (龙都街道杨春社区 → 龙都街道), or "". */
    private String townOf(String fullName) {
        return regions.towns().stream().map(cn.shequ.platform.region.RegionRef::name).filter(fullName::startsWith)
                .findFirst().orElse("");
    }

    /**
     * Communities named with their towns, grouped by town as the yearbook writes them:
     * 龙都街道杨春社区、岔道口社区，枳沟镇东枳沟社区、乔庄社区.
     */
    String byTown(List<String> fullNames) {
        if (fullNames.isEmpty()) {
            return null;
        }
        List<String> towns = regions.towns().stream().map(cn.shequ.platform.region.RegionRef::name).toList();
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String name : fullNames) {
            String town = towns.stream().filter(name::startsWith).findFirst().orElse("");
            grouped.computeIfAbsent(town, t -> new java.util.ArrayList<>()).add(name.substring(town.length()));
        }
        List<String> parts = new java.util.ArrayList<>();
        grouped.forEach((town, names) -> parts.add(town + String.join("、", names)));
        return String.join("，", parts);
    }

    /** 基本完成任务 when nine tenths or more of the renovations are completed, 全部完成任务 when all are. */
    private static void serviceCenters(Map<String, Object> facts) {
        Object done = facts.get("service_center.renovation_completed");
        Object planned = facts.get("service_center.renovation_completed.plan");
        if (done instanceof Number d && planned instanceof Number p && p.longValue() > 0) {
            long completed = d.longValue();
            long all = p.longValue();
            facts.put("service_center.renovation_phrase", completed >= all ? "全部完成任务"
                    : completed * 10 >= all * 9 ? "基本完成任务" : "完成" + completed + "个");
        }
    }

    /** The year's first document of a work stream: its citation, its month and its quarter. */
    private void document(Map<String, Object> facts, String key, WorkStream stream, int year) {
        List<DocumentRef> found = documents.ofStream(stream, year);
        if (found.isEmpty()) {
            return;
        }
        DocumentRef document = found.get(0);
        LocalDate date = document.issuedOn();
        facts.put(key, document.citation());
        facts.put(key + ".number", document.number());
        facts.put(key + ".month", date.getMonthValue() + "月");
        facts.put(key + ".quarter", QUARTERS[(date.getMonthValue() - 1) / 3]);
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
