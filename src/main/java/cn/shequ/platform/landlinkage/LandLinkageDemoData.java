package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Component;

/**
 * The land-linkage records of 2014 and 2015 as the office entered them.
 *
 * <p>2015: a library of 28 village and industrial or mining sites across the towns (34 with 2014's);
 * 9 plots in the plan, among them 枳沟镇北老屯社区's 北老屯村 and 富荣村; the June acceptance by
 * 潍坊市国土资源局 of three 2014 plots saving 320 亩; the September 市财政 subsidy of 1126万元 to the 9
 * plots (with social capital for 北老屯 and a provincial award besides); the 北老屯 pilot (北老屯村 and
 * 富荣村 into 北老屯社区聚合区, 213 households, 增减挂钩) and 普庆社区时家庄村's homestead replacement (84
 * households); 28 aggregation zones whose opening balances and 2014 and 2015 entries add up, at
 * 2015-12-31, to 1,600,000 m² completed, 12,356 households moved in and 1,850 亩 saved.
 *
 * <p>2014: 6 sites entered, 4 plots, an acceptance saving 85 亩, 660万元 from 市财政, a commercial and a
 * linkage resettlement (126 and 95 households); the zones at 2014-12-31: 1,200,000 m², 9,250
 * households, 1,380 亩.
 */
@Component
class LandLinkageDemoData implements DemoDataset {

    static final String AUTHORITY = "潍坊市国土资源局";
    static final String RECORDER = "office";
    static final String[] INDUSTRIAL = {"原砖瓦厂", "废弃石料场", "原镇办企业厂区", "闲置粮站", "原采砂场", "废弃窑厂",
        "原农机站", "闲置供销社仓库"};

    /** The zones' phases: opening balance (before 2014), 2014, 2015 — floor area m², households, land 亩. */
    static final long[][] PHASES = {{880_000, 6_800, 1_010}, {320_000, 2_450, 370}, {400_000, 3_106, 470}};

    private final LandLibraryEntries library;
    private final LinkagePlots plots;
    private final LandAcceptances acceptances;
    private final LandFunds funds;
    private final LandZones zones;
    private final LandZoneProgressEntries progress;
    private final LandResettlements resettlements;
    private final RegionDirectory regions;

    LandLinkageDemoData(LandLibraryEntries library, LinkagePlots plots, LandAcceptances acceptances, LandFunds funds,
            LandZones zones, LandZoneProgressEntries progress, LandResettlements resettlements, RegionDirectory regions) {
        this.library = library;
        this.plots = plots;
        this.acceptances = acceptances;
        this.funds = funds;
        this.zones = zones;
        this.progress = progress;
        this.resettlements = resettlements;
        this.regions = regions;
    }

    @Override
    public String name() {
        return "landlinkage";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        RegionRef city = regions.findByCode("370782").orElseThrow();
        Map<Long, List<CommunityRef>> byTown = new LinkedHashMap<>();
        for (CommunityRef c : regions.communitiesUnder(city)) {
            if (c.kind() == CommunityKind.RURAL_NEW && c.aggregationZone() != null) {
                byTown.computeIfAbsent(c.townId(), t -> new ArrayList<>()).add(c);
            }
        }
        List<List<CommunityRef>> towns = new ArrayList<>(byTown.values());
        CommunityRef beilaotun = community("370782101003");
        CommunityRef puqing = community("370782101004");

        // 2014: six sites entered, four plots, an acceptance in November, subsidies in September
        List<LinkagePlot> plots2014 = new ArrayList<>();
        int[] planned2014 = {120, 130, 118, 95};
        for (int i = 0; i < 6; i++) {
            List<CommunityRef> communities = towns.get(i);
            CommunityRef community = communities.get(communities.size() - 1);
            RegionRef village = villages(community).get(0);
            int planned = i < 4 ? planned2014[i] : 60 + 10 * i;
            LandLibraryEntry entry = villageSite(community, village, 2014, planned, "2014年首批入库。");
            if (i < 4) {
                plots2014.add(plots.save(LinkagePlot.take(entry, city.path(), 2014, BigDecimal.valueOf(planned),
                        "2014年度挂钩项目区。")));
            }
        }
        acceptances.save(LandAcceptance.of(List.of(plots2014.get(3)), new LandAcceptance.Details(LocalDate.of(2014, 11, 20),
                AUTHORITY, "潍国土资函〔2014〕112号", BigDecimal.valueOf(85), "2014年度挂钩项目区竣工验收。")));
        int[] subsidies2014 = {200, 180, 160, 120};
        for (int i = 0; i < plots2014.size(); i++) {
            funds.save(LandFund.receive(null, plots2014.get(i), new LandFund.Details(LocalDate.of(2014, 9, 10),
                    LandFundSource.CITY_FINANCE, BigDecimal.valueOf(subsidies2014[i]), "增减挂钩项目建设补助资金", null)));
        }

        // 2015: a site of each kind in every town, plus the 北老屯 pilot's two villages
        List<LandLibraryEntry> villageSites = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            CommunityRef community = towns.get(i).get(0);
            List<RegionRef> villages = villages(community);
            RegionRef village = villages.get(villages.size() - 1);
            villageSites.add(villageSite(community, village, 2015, 70 + 5 * i, "年初全面梳理后入库。"));
            BigDecimal area = BigDecimal.valueOf(25 + 3 * i);
            library.save(LandLibraryEntry.enter(new LandLibraryEntry.Details(community.townName() + INDUSTRIAL[i % INDUSTRIAL.length],
                    LandSiteKind.INDUSTRIAL, community.townId(), null, null,
                    regions.find(community.townId()).orElseThrow().path(), 2015, area.add(BigDecimal.valueOf(5)), area,
                    "工矿废弃地，年初梳理入库。")));
        }
        List<RegionRef> pilotVillages = villages(beilaotun).stream()
                .filter(v -> v.name().equals("北老屯村") || v.name().equals("富荣村")).toList();
        LandLibraryEntry beilaotunSite = villageSite(beilaotun, pilotVillages.get(0), 2015, 86, "北老屯生态小镇试点。");
        LandLibraryEntry furongSite = villageSite(beilaotun, pilotVillages.get(1), 2015, 64, "北老屯生态小镇试点。");

        List<LandLibraryEntry> planned = new ArrayList<>(List.of(beilaotunSite, furongSite));
        for (int i : new int[] {0, 2, 4, 6, 7, 9, 11}) {
            planned.add(villageSites.get(i));
        }
        int[] subsidies2015 = {180, 150, 136, 120, 118, 112, 110, 100, 100};
        List<LinkagePlot> plots2015 = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            LandLibraryEntry site = planned.get(i);
            LinkagePlot plot = plots.save(LinkagePlot.take(site, city.path(), 2015, site.getReclaimableArea(),
                    "列入2015年度挂钩计划，重点突破。"));
            plots2015.add(plot);
            funds.save(LandFund.receive(null, plot, new LandFund.Details(LocalDate.of(2015, 9, 16), LandFundSource.CITY_FINANCE,
                    BigDecimal.valueOf(subsidies2015[i]), "增减挂钩项目建设补助资金", "市财政筹措")));
        }
        beilaotunSite.advanceTo(LandLibraryStatus.RECLAIMED);
        furongSite.advanceTo(LandLibraryStatus.RECLAIMED);

        acceptances.save(LandAcceptance.of(plots2014.subList(0, 3), new LandAcceptance.Details(LocalDate.of(2015, 6, 18),
                AUTHORITY, "潍国土资函〔2015〕58号", BigDecimal.valueOf(320),
                "潍坊国土局对诸城市部分挂钩项目区下达竣工验收意见。")));

        // the aggregation zones: two per town, and 北老屯 and 普庆 of 枳沟镇
        List<CommunityRef> zoneCommunities = new ArrayList<>();
        towns.forEach(list -> zoneCommunities.addAll(list.subList(0, Math.min(2, list.size()))));
        zoneCommunities.add(beilaotun);
        zoneCommunities.add(puqing);
        List<LandZone> made = new ArrayList<>();
        for (CommunityRef community : zoneCommunities) {
            made.add(zones.save(LandZone.of(community.id(), community.path(), community.aggregationZone(), null)));
        }
        LandZone beilaotunZone = made.get(made.size() - 2);
        LandZone puqingZone = made.get(made.size() - 1);
        recordZones(made);

        funds.save(LandFund.receive(beilaotunZone, null, new LandFund.Details(LocalDate.of(2015, 4, 10),
                LandFundSource.SOCIAL_CAPITAL, BigDecimal.valueOf(8500), "北老屯生态小镇聚合区建设", "社会资本参与，市场化运作")));
        funds.save(LandFund.receive(made.get(10), null, new LandFund.Details(LocalDate.of(2015, 11, 25),
                LandFundSource.PROVINCIAL_AWARD, BigDecimal.valueOf(300), "增减挂钩节余指标省级奖补", null)));

        resettlements.save(LandResettlement.of(beilaotunZone, pilotVillages.stream().map(RegionRef::id).toList(),
                new LandResettlement.Details(LocalDate.of(2015, 10, 28), ResettlementMode.LINKAGE, 213,
                        "政府引导、社会资本参与的市场化运作：以北老屯生态小镇为试点，将北老屯和富荣2个村置换到北老屯社区聚合区。"))
                .asPilot("北老屯生态小镇"));
        RegionRef shijiazhuang = villages(puqing).stream().filter(v -> v.name().equals("时家庄村")).findFirst().orElseThrow();
        resettlements.save(LandResettlement.of(puqingZone, List.of(shijiazhuang.id()),
                new LandResettlement.Details(LocalDate.of(2015, 11, 20), ResettlementMode.HOMESTEAD, 84,
                        "实施宅基地置换，村民已完成选房，全村搬迁。")));

        // 2014 resettlements: commercial development at 东山社区, linkage at the first zone of the sixth town
        LandZone first = made.get(0);
        CommunityRef firstCommunity = regions.community(first.getCommunityId()).orElseThrow();
        resettlements.save(LandResettlement.of(first, List.of(villages(firstCommunity).get(0).id()),
                new LandResettlement.Details(LocalDate.of(2014, 8, 15), ResettlementMode.COMMERCIAL, 126, "商业开发带动旧村改造。")));
        LandZone other = made.get(10);
        CommunityRef otherCommunity = regions.community(other.getCommunityId()).orElseThrow();
        resettlements.save(LandResettlement.of(other, List.of(villages(otherCommunity).get(0).id()),
                new LandResettlement.Details(LocalDate.of(2014, 12, 5), ResettlementMode.LINKAGE, 95, "增减挂钩整村搬迁。")));
    }

    /** Opening balances at 2013-12-31, then two entries in each of 2014 and 2015, adding up to {@link #PHASES}. */
    private void recordZones(List<LandZone> made) {
        int n = made.size();
        LocalDate[][] dates = {{LocalDate.of(2013, 12, 31)}, {LocalDate.of(2014, 6, 30), LocalDate.of(2014, 12, 20)},
            {LocalDate.of(2015, 6, 30), LocalDate.of(2015, 12, 20)}};
        String[] notes = {"平台启用前累计完成（期初数）", "半年进度", "年底进度"};
        for (int phase = 0; phase < PHASES.length; phase++) {
            long[] weights = new long[n];
            long weightSum = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = 3 + (i % 4);
                if (phase == 2 && i >= n - 2) {
                    weights[i] = i == n - 2 ? 12 : 6;
                }
                weightSum += weights[i];
            }
            long[] given = new long[3];
            for (int i = 0; i < n; i++) {
                long[] share = new long[3];
                for (int k = 0; k < 3; k++) {
                    share[k] = i == n - 1 ? PHASES[phase][k] - given[k] : PHASES[phase][k] * weights[i] / weightSum;
                    given[k] += share[k];
                }
                LandZone zone = made.get(i);
                zone.getEntries().size();
                if (phase == 0) {
                    progress.save(zone.record(draft(dates[0][0], true, share[0], share[1], share[2], notes[0]), RECORDER));
                }
                else {
                    long[] firstHalf = {share[0] * 45 / 100, share[1] * 45 / 100, share[2] * 45 / 100};
                    progress.save(zone.record(draft(dates[phase][0], false, firstHalf[0], firstHalf[1], firstHalf[2],
                            notes[1]), RECORDER));
                    progress.save(zone.record(draft(dates[phase][1], false, share[0] - firstHalf[0],
                            share[1] - firstHalf[1], share[2] - firstHalf[2], notes[2]), RECORDER));
                }
            }
        }
    }

    private static LandZoneProgress.Draft draft(LocalDate date, boolean opening, long area, long households, long land,
            String note) {
        return new LandZoneProgress.Draft(date, opening, BigDecimal.valueOf(area), (int) households, BigDecimal.valueOf(land),
                note);
    }

    private LandLibraryEntry villageSite(CommunityRef community, RegionRef village, int year, int reclaimable, String notes) {
        return library.save(LandLibraryEntry.enter(new LandLibraryEntry.Details(village.name(), LandSiteKind.VILLAGE,
                community.townId(), community.id(), village.id(), village.path(), year,
                BigDecimal.valueOf(reclaimable + 12), BigDecimal.valueOf(reclaimable), notes)));
    }

    private CommunityRef community(String code) {
        return regions.community(regions.findByCode(code).orElseThrow().id()).orElseThrow();
    }

    private List<RegionRef> villages(CommunityRef community) {
        return regions.children(community.id());
    }
}
