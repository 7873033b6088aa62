package cn.shequ.platform.landlinkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.shared.RuleViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of the land-linkage records, without a database. */
class LandLinkageRulesTest {

    static final String COUNTY = "/370000/370700/370782/";
    static final String VILLAGE_PATH = COUNTY + "370782101/370782101003/370782101003001/";

    @Test
    void areasAreNotNegativeAndTheReclaimableAreaNotAboveTheArea() {
        refused(() -> site("-1", "0"), "area");
        refused(() -> site("10", "-1"), "reclaimableArea");
        refused(() -> site("10", "12"), "reclaimableArea");
        assertThat(site("10", "10").getStatus()).isEqualTo(LandLibraryStatus.IN_LIBRARY);
    }

    @Test
    void aVillageSiteNamesItsVillage() {
        refused(() -> LandLibraryEntry.enter(new LandLibraryEntry.Details("某村", LandSiteKind.VILLAGE, 1L, 2L, null,
                VILLAGE_PATH, 2015, BigDecimal.TEN, BigDecimal.ONE, null)), "villageId");
    }

    @Test
    void theStatusOnlyMovesForward() {
        LandLibraryEntry entry = site("10", "8");
        entry.advanceTo(LandLibraryStatus.RECLAIMED);
        refused(() -> entry.advanceTo(LandLibraryStatus.IN_PLAN), "status");
        refused(() -> entry.advanceTo(LandLibraryStatus.RECLAIMED), "status");
        entry.advanceTo(LandLibraryStatus.ACCEPTED);
        assertThat(entry.getStatus()).isEqualTo(LandLibraryStatus.ACCEPTED);
        assertThat(LandLibraryStatus.IN_PLAN.later()).containsExactly(LandLibraryStatus.RECLAIMED, LandLibraryStatus.ACCEPTED);
    }

    @Test
    void aPlotIsTakenOnlyFromASiteOfTheSameCountyStillInTheLibrary() {
        refused(() -> LinkagePlot.take(site("10", "8"), "/370000/370700/370781/", 2015, BigDecimal.ONE, null), "entryId");
        LandLibraryEntry entry = site("10", "8");
        LinkagePlot plot = LinkagePlot.take(entry, COUNTY, 2015, new BigDecimal("8"), null);
        assertThat(entry.getStatus()).isEqualTo(LandLibraryStatus.IN_PLAN);
        assertThat(plot.getRegionPath()).isEqualTo(VILLAGE_PATH);
        refused(() -> LinkagePlot.take(entry, COUNTY, 2015, BigDecimal.ONE, null), "entryId");
        refused(() -> LinkagePlot.take(site("10", "8"), COUNTY, 2015, new BigDecimal("9"), null), "plannedArea");
        refused(() -> LinkagePlot.take(site("10", "8"), COUNTY, 2015, new BigDecimal("-1"), null), "plannedArea");
        refused(() -> LinkagePlot.take(site("10", "8"), COUNTY, 2014, BigDecimal.ONE, null), "planYear");
    }

    @Test
    void theLandSavedIsNotAboveTheAcceptedPlotsArea() {
        LinkagePlot a = LinkagePlot.take(site("10", "8"), COUNTY, 2015, new BigDecimal("8"), null);
        LinkagePlot b = LinkagePlot.take(site("10", "8"), COUNTY, 2015, new BigDecimal("7"), null);
        refused(() -> LandAcceptance.of(List.of(a, b), details("15.5")), "landSaved");
        refused(() -> LandAcceptance.of(List.of(a), details("-1")), "landSaved");
        refused(() -> LandAcceptance.of(List.of(), details("1")), "plotIds");
        LandAcceptance accepted = LandAcceptance.of(List.of(a, b), details("15"));
        assertThat(LandAcceptance.plannedArea(List.of(a, b))).isEqualByComparingTo("15");
        assertThat(a.getEntry().getStatus()).isEqualTo(LandLibraryStatus.ACCEPTED);
        refused(() -> accepted.describe(List.of(a, b), details("16")), "landSaved");
    }

    @Test
    void anAcceptanceLiesInTheNearestRegionHoldingItsPlots() {
        assertThat(LandAcceptance.commonPath(List.of(COUNTY + "370782101/370782101003/", COUNTY + "370782101/370782101004/")))
                .isEqualTo(COUNTY + "370782101/");
        assertThat(LandAcceptance.commonPath(List.of(COUNTY + "370782101/", COUNTY + "370782105/370782105001/")))
                .isEqualTo(COUNTY);
    }

    @Test
    void moneyGoesToOneZoneOrOnePlotAndIsNotNegative() {
        LandZone zone = LandZone.of(1L, COUNTY + "370782101/370782101003/", "北老屯社区聚合区", null);
        LinkagePlot plot = LinkagePlot.take(site("10", "8"), COUNTY, 2015, new BigDecimal("8"), null);
        LandFund.Details details = new LandFund.Details(LocalDate.of(2015, 9, 1), LandFundSource.CITY_FINANCE,
                BigDecimal.TEN, "补助", null);
        refused(() -> LandFund.receive(null, null, details), "zoneId");
        refused(() -> LandFund.receive(zone, plot, details), "zoneId");
        refused(() -> LandFund.receive(zone, null, new LandFund.Details(LocalDate.of(2015, 9, 1),
                LandFundSource.OTHER, new BigDecimal("-1"), "补助", null)), "amount");
        assertThat(LandFund.receive(null, plot, details).getRegionPath()).isEqualTo(VILLAGE_PATH);
    }

    @Test
    void aResettlementMovesAtLeastOneVillageAndSomeHouseholds() {
        LandZone zone = LandZone.of(1L, COUNTY + "370782101/370782101003/", "北老屯社区聚合区", null);
        refused(() -> LandResettlement.of(zone, List.of(7L), new LandResettlement.Details(LocalDate.of(2015, 10, 1),
                ResettlementMode.LINKAGE, 0, null)), "households");
        refused(() -> LandResettlement.of(zone, List.of(), new LandResettlement.Details(LocalDate.of(2015, 10, 1),
                ResettlementMode.LINKAGE, 10, null)), "villageIds");
        assertThat(LandResettlement.of(zone, List.of(7L, 8L), new LandResettlement.Details(LocalDate.of(2015, 10, 1),
                ResettlementMode.LINKAGE, 213, null)).getVillageIds()).containsExactly(7L, 8L);
    }

    @Test
    void zoneEntriesAreIncrementsAfterOneOpeningBalance() {
        LandZone zone = LandZone.of(1L, COUNTY + "370782101/370782101003/", "北老屯社区聚合区", null);
        zone.record(entry("2013-12-31", true, 1000, 10, 2), "office");
        zone.record(entry("2015-06-30", false, 300, 3, 1), "office");
        zone.record(entry("2015-12-20", false, 200, 2, 1), "office");
        refused(() -> zone.record(entry("2012-12-31", true, 1, 1, 1), "office"), "openingBalance");
        refused(() -> zone.record(entry("2013-06-30", false, 1, 1, 1), "office"), "entryDate");
        refused(() -> zone.record(entry("2016-01-01", false, -1, 1, 1), "office"), "completedArea");

        assertThat(zone.totalsAsOf(LocalDate.of(2013, 12, 31))).isEqualTo(new LandZone.Totals(new BigDecimal("1000"), 10,
                new BigDecimal("2")));
        LandZone.Totals end = zone.totalsAsOf(LocalDate.of(2015, 12, 31));
        assertThat(end.completedArea()).isEqualByComparingTo("1500");
        assertThat(end.households()).isEqualTo(15);
        assertThat(end.landSaved()).isEqualByComparingTo("4");
        assertThat(zone.totalsAsOf(LocalDate.of(2015, 12, 19)).households()).isEqualTo(13);
    }

    @Test
    void anOpeningBalanceComesBeforeEveryOtherEntry() {
        LandZone zone = LandZone.of(1L, COUNTY + "370782101/370782101003/", "北老屯社区聚合区", null);
        zone.record(entry("2015-06-30", false, 300, 3, 1), "office");
        refused(() -> zone.record(entry("2015-07-31", true, 1, 1, 1), "office"), "entryDate");
        zone.record(entry("2014-12-31", true, 1000, 10, 2), "office");
        assertThat(zone.getEntries().get(0).isOpeningBalance()).isTrue();
    }

    private static LandZoneProgress.Draft entry(String date, boolean opening, int area, int households, int land) {
        return new LandZoneProgress.Draft(LocalDate.parse(date), opening, BigDecimal.valueOf(area), households,
                BigDecimal.valueOf(land), null);
    }

    private static LandAcceptance.Details details(String landSaved) {
        return new LandAcceptance.Details(LocalDate.of(2015, 6, 18), "潍坊市国土资源局", "潍国土资函〔2015〕58号",
                new BigDecimal(landSaved), null);
    }

    private static LandLibraryEntry site(String area, String reclaimable) {
        return LandLibraryEntry.enter(new LandLibraryEntry.Details("北老屯村", LandSiteKind.VILLAGE, 1L, 2L, 3L, VILLAGE_PATH,
                2015, new BigDecimal(area), new BigDecimal(reclaimable), null));
    }

    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                ex -> assertThat(ex.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo(field)));
    }
}
