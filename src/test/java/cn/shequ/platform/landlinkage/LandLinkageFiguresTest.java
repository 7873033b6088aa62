package cn.shequ.platform.landlinkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.indicator.AreaRow;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The land-linkage figures on PostgreSQL, against the 2014 and 2015 demo records and records made here. */
@IntegrationTest
@Transactional
class LandLinkageFiguresTest {

    @Autowired
    LandLinkageFigures figures;

    @Autowired
    LandLibraryEntries library;

    @Autowired
    LinkagePlots plots;

    @Autowired
    LandAcceptances acceptances;

    @Autowired
    LandFunds funds;

    @Autowired
    LandZones zones;

    @Autowired
    LandZoneProgressEntries progress;

    @Autowired
    LandResettlements resettlements;

    @Autowired
    RegionDirectory regions;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    @Test
    void zhucheng2015ReadsAsTheYearbookSays() {
        LandLinkageFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary.plotsPlanned()).isEqualTo(9);
        assertThat(summary.acceptedLandSaved()).isEqualByComparingTo("320");
        assertThat(summary.subsidies()).isBetween(new BigDecimal("1100"), new BigDecimal("1199.99"));
        assertThat(summary.subsidies()).isEqualByComparingTo("1126");
        assertThat(summary.funds()).isEqualByComparingTo("9926");
        assertThat(summary.householdsResettled()).isEqualTo(297);
        assertThat(summary.linkageHouseholds()).isEqualTo(213);
        assertThat(summary.homesteadHouseholds()).isEqualTo(84);
        assertThat(summary.commercialHouseholds()).isZero();
        assertThat(summary.zoneCompletedArea()).isEqualByComparingTo("1600000");
        assertThat(summary.zoneHouseholdsMovedIn()).isBetween(12_000L, 12_999L).isEqualTo(12_356);
        assertThat(summary.zoneLandSaved()).isEqualByComparingTo("1850");
        assertThat(summary.libraryEntries()).isEqualTo(34);
    }

    @Test
    void zhucheng2014IsLighter() {
        LandLinkageFigures.Summary summary = figures.summary(2014, city());
        assertThat(summary.libraryEntries()).isEqualTo(6);
        assertThat(summary.plotsPlanned()).isEqualTo(4);
        assertThat(summary.acceptedLandSaved()).isEqualByComparingTo("85");
        assertThat(summary.subsidies()).isEqualByComparingTo("660");
        assertThat(summary.householdsResettled()).isEqualTo(221);
        assertThat(summary.commercialHouseholds()).isEqualTo(126);
        assertThat(summary.linkageHouseholds()).isEqualTo(95);
        assertThat(summary.zoneCompletedArea()).isEqualByComparingTo("1200000");
        assertThat(summary.zoneHouseholdsMovedIn()).isEqualTo(9_250);
        assertThat(summary.zoneLandSaved()).isEqualByComparingTo("1380");
    }

    @Test
    void theTownsAddUpToTheCity() {
        List<AreaRow<LandLinkageFigures.Summary>> rows = figures.byArea(2015, city());
        assertThat(rows).allSatisfy(r -> assertThat(r.areaCode()).hasSize(9).startsWith("370782"));
        assertThat(rows.stream().mapToLong(r -> r.figures().plotsPlanned()).sum()).isEqualTo(9);
        assertThat(rows.stream().map(r -> r.figures().acceptedLandSaved()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isCloseTo(new BigDecimal("320"), org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
        assertThat(rows.stream().map(r -> r.figures().subsidies()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1126");
        assertThat(rows.stream().mapToLong(r -> r.figures().zoneHouseholdsMovedIn()).sum()).isEqualTo(12_356);
        assertThat(rows.stream().mapToLong(r -> r.figures().householdsResettled()).sum()).isEqualTo(297);
    }

    @Test
    void theFactsNameTheAcceptanceTheSubsidiesAndThePilots() {
        List<LandLinkageFigures.AcceptanceFact> accepted = figures.acceptances(2015, city());
        assertThat(accepted).singleElement().satisfies(a -> {
            assertThat(a.date()).isEqualTo(LocalDate.of(2015, 6, 18));
            assertThat(a.authority()).isEqualTo("潍坊市国土资源局");
            assertThat(a.landSaved()).isEqualByComparingTo("320");
            assertThat(a.plots()).isEqualTo(3);
        });
        assertThat(figures.funds(2015, city()).stream().filter(f -> f.source() == LandFundSource.CITY_FINANCE)
                .map(LandLinkageFigures.FundFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1126");
        assertThat(figures.funds(2015, city())).filteredOn(f -> f.source() == LandFundSource.CITY_FINANCE)
                .allSatisfy(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2015, 9, 16)));
        List<LandLinkageFigures.ResettlementFact> moved = figures.resettlements(2015, city());
        assertThat(moved).hasSize(2);
        assertThat(moved.get(0)).satisfies(r -> {
            assertThat(r.mode()).isEqualTo(ResettlementMode.LINKAGE);
            assertThat(r.villageNames()).containsExactly("北老屯村", "富荣村");
            assertThat(r.zoneName()).isEqualTo("北老屯社区聚合区");
            assertThat(r.zoneCommunityFullName()).isEqualTo("枳沟镇北老屯社区");
            assertThat(r.households()).isEqualTo(213);
        });
        assertThat(moved.get(1)).satisfies(r -> {
            assertThat(r.mode()).isEqualTo(ResettlementMode.HOMESTEAD);
            assertThat(r.villageNames()).containsExactly("时家庄村");
            assertThat(r.zoneCommunityFullName()).isEqualTo("枳沟镇普庆社区");
            assertThat(r.households()).isEqualTo(84);
        });
    }

    @Test
    void aTownSeesItsShareOfAnAcceptanceAndOnlyItsOwnRecords() {
        RegionRef zhigou = regions.findByCode("370782101").orElseThrow();
        LandLinkageFigures.Summary summary = figures.summary(2015, zhigou);
        assertThat(summary.plotsPlanned()).isEqualTo(2);
        assertThat(summary.linkageHouseholds()).isEqualTo(213);
        assertThat(summary.homesteadHouseholds()).isEqualTo(84);
        assertThat(summary.zoneHouseholdsMovedIn()).isPositive().isLessThan(12_356);
        BigDecimal share = figures.acceptances(2015, zhigou).stream().map(LandLinkageFigures.AcceptanceFact::landSaved)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(share).isEqualByComparingTo(summary.acceptedLandSaved()).isLessThan(new BigDecimal("320"));
    }

    @Test
    void newRecordsChangeTheFigures() {
        RegionRef city = city();
        CommunityRef changcheng = regions.community(regions.findByCode("370782105001").orElseThrow().id()).orElseThrow();
        RegionRef town = regions.findByCode("370782105").orElseThrow();
        LandLibraryEntry site = library.save(LandLibraryEntry.enter(new LandLibraryEntry.Details("测试工矿地", LandSiteKind.INDUSTRIAL,
                town.id(), null, null, town.path(), 2015, new BigDecimal("50"), new BigDecimal("40"), null)));
        assertThat(figures.summary(2015, city).libraryEntries()).isEqualTo(35);
        LinkagePlot plot = plots.save(LinkagePlot.take(site, city.path(), 2015, new BigDecimal("40"), null));
        assertThat(figures.summary(2015, city).plotsPlanned()).isEqualTo(10);
        assertThat(figures.summary(2015, city).plotsPlannedArea()).isGreaterThan(new BigDecimal("40"));

        acceptances.save(LandAcceptance.of(List.of(plot), new LandAcceptance.Details(LocalDate.of(2015, 12, 1), "潍坊市国土资源局",
                "测试〔2015〕1号", new BigDecimal("30"), null)));
        entityManager.flush();
        assertThat(figures.summary(2015, city).acceptedLandSaved()).isEqualByComparingTo("350");
        funds.save(LandFund.receive(null, plot, new LandFund.Details(LocalDate.of(2015, 12, 2), LandFundSource.CITY_FINANCE,
                new BigDecimal("50"), "测试补助", null)));
        assertThat(figures.summary(2015, city).subsidies()).isEqualByComparingTo("1176");

        LandZone zone = zones.findByCommunityIdOrderByName(changcheng.id()).get(0);
        zone.getEntries().size();
        progress.save(zone.record(new LandZoneProgress.Draft(LocalDate.of(2015, 12, 30), false, new BigDecimal("1000"), 10,
                new BigDecimal("2"), null), "office"));
        progress.save(zone.record(new LandZoneProgress.Draft(LocalDate.of(2016, 1, 5), false, new BigDecimal("5000"), 50,
                new BigDecimal("9"), null), "office"));
        LandLinkageFigures.Summary after = figures.summary(2015, city);
        assertThat(after.zoneCompletedArea()).isEqualByComparingTo("1601000");
        assertThat(after.zoneHouseholdsMovedIn()).isEqualTo(12_366);
        assertThat(after.zoneLandSaved()).isEqualByComparingTo("1852");

        RegionRef village = regions.children(changcheng.id()).get(0);
        resettlements.save(LandResettlement.of(zone, List.of(village.id()), new LandResettlement.Details(LocalDate.of(2015, 12, 10),
                ResettlementMode.COMMERCIAL, 40, null)));
        assertThat(figures.summary(2015, city).commercialHouseholds()).isEqualTo(40);
        assertThat(figures.summary(2015, city).householdsResettled()).isEqualTo(337);
    }

    @Test
    void aZoneFigureAtADateSumsItsEntriesUpToThatDate() {
        LandZone zone = zones.findAllByOrderByRegionPathAscNameAsc().get(0);
        var totals = figures.zoneTotals(List.of(zone.getId()), LocalDate.of(2013, 12, 31));
        var entries = progress.findByZoneIdOrderByEntryDateAscIdAsc(zone.getId());
        assertThat(entries.get(0).isOpeningBalance()).isTrue();
        assertThat(totals.get(zone.getId()).completedArea()).isEqualByComparingTo(entries.get(0).getCompletedArea());
        var end2015 = figures.zoneTotals(List.of(zone.getId()), LocalDate.of(2015, 12, 31)).get(zone.getId());
        assertThat(end2015.households()).isEqualTo(entries.stream().mapToLong(LandZoneProgress::getHouseholds).sum());
        assertThat(zone.totalsAsOf(LocalDate.of(2015, 12, 31)).households()).isEqualTo(end2015.households());
    }
}
