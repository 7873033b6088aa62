package cn.shequ.platform.communityservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of activities, pairings and their donations, and four-party pilots. */
class CommunityServiceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2016, 3, 1);
    static final String CITY = "/370000/370700/370782/";
    static final String CHANGCHENG = CITY + "370782105/";
    static final String LINJIACUN = CITY + "370782108/";

    @Test
    void anActivityBelongsToTheDeepestRegionCommonToItsPlaces() {
        assertThat(WelfareActivity.commonAncestor(List.of(CHANGCHENG + "370782105001/"))).isEqualTo(CHANGCHENG + "370782105001/");
        assertThat(WelfareActivity.commonAncestor(List.of(CHANGCHENG + "370782105001/", CHANGCHENG + "370782105003/")))
                .isEqualTo(CHANGCHENG);
        assertThat(WelfareActivity.commonAncestor(List.of(CHANGCHENG, LINJIACUN + "370782108001/"))).isEqualTo(CITY);
        assertThat(WelfareActivity.commonAncestor(List.of(CHANGCHENG, CHANGCHENG + "370782105001/"))).isEqualTo(CHANGCHENG);
        // codes are compared whole: 3707821 is no prefix of 37078210
        assertThat(WelfareActivity.commonAncestor(List.of("/1/12/", "/1/123/"))).isEqualTo("/1/");
    }

    @Test
    void anActivityAcrossTwoTownsIsSavedForTheCounty() {
        WelfareActivity activity = WelfareActivity.hold(activity(EnumSet.of(WelfareActivityKind.STUDENT_AID,
                WelfareActivityKind.FREE_CLINIC), List.of(CHANGCHENG, LINJIACUN), 210, 11, "2015-08-22"), TODAY);
        assertThat(activity.getRegionPath()).isEqualTo(CITY);
        assertThat(activity.getSortedKinds()).containsExactly(WelfareActivityKind.STUDENT_AID, WelfareActivityKind.FREE_CLINIC);
    }

    @Test
    void studentsAreAidedOnlyByAStudentAidAndAreAmongThePeopleHelped() {
        assertRefused(activity(EnumSet.of(WelfareActivityKind.FREE_CLINIC), List.of(CHANGCHENG), 100, 3, "2015-08-22"),
                "studentsAided", "communityservice.error.students.kind");
        assertRefused(activity(EnumSet.of(WelfareActivityKind.STUDENT_AID), List.of(CHANGCHENG), 10, 0, "2015-08-22"),
                "studentsAided", "communityservice.error.students.required");
        assertRefused(activity(EnumSet.of(WelfareActivityKind.STUDENT_AID), List.of(CHANGCHENG), 5, 11, "2015-08-22"),
                "peopleHelped", "communityservice.error.students.people");
    }

    @Test
    void anActivityHasAKindAPlaceAndADateNotInTheFuture() {
        assertRefused(activity(EnumSet.noneOf(WelfareActivityKind.class), List.of(CHANGCHENG), 1, 0, "2015-08-22"),
                "kinds", "communityservice.error.kinds");
        assertRefused(activity(EnumSet.of(WelfareActivityKind.OTHER), List.of(), 1, 0, "2015-08-22"),
                "townIds", "communityservice.error.places");
        assertRefused(activity(EnumSet.of(WelfareActivityKind.OTHER), List.of(CHANGCHENG), 1, 0, "2016-03-02"),
                "heldOn", "communityservice.error.future");
        assertRefused(activity(EnumSet.of(WelfareActivityKind.OTHER), List.of(CHANGCHENG), -1, 0, "2015-08-22"),
                "peopleHelped", "validation.nonNegative");
    }

    @Test
    void donationsAreDatedWithinThePairingAndGiveSomething() {
        EnterprisePairing pairing = EnterprisePairing.pair(new EnterprisePairing.Details("惠众胶带公司", 1L, LINJIACUN,
                LocalDate.of(2015, 4, 10), "文体活动室", null), TODAY);
        assertDonationRefused(pairing, "2015-04-09", "0.5", "0", "donatedOn");
        assertDonationRefused(pairing, "2016-03-02", "0.5", "0", "donatedOn");
        assertDonationRefused(pairing, "2015-05-01", "0", "0", "money");
        assertDonationRefused(pairing, "2015-05-01", "-0.1", "0.5", "money");
        pairing.donate(draft("2015-04-28", "0.50", "0"), "office", Instant.now(), TODAY);
        pairing.donate(draft("2015-07-15", "0", "0.42"), "office", Instant.now(), TODAY);
        pairing.donate(draft("2016-01-05", "0.20", "0.10"), "office", Instant.now(), TODAY);
        assertThat(pairing.getTotalDonated()).isEqualByComparingTo("1.22");
        assertThat(pairing.donatedIn(2015)).isEqualByComparingTo("0.92");

        assertThatThrownBy(() -> pairing.describe(new EnterprisePairing.Details("惠众胶带公司", 1L, LINJIACUN,
                LocalDate.of(2015, 5, 1), null, null), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("communityservice.error.pairing.sinceAfterDonation")));
        assertThat(pairing.getSince()).isEqualTo(LocalDate.of(2015, 4, 10));
    }

    @Test
    void aFourPartyPilotCountsNothingNegative() {
        assertThatThrownBy(() -> FourPartyPilot.start(new FourPartyPilot.Details(1L, CHANGCHENG, 2015, 3, -1, 20, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("socialWorkers")));
        assertThat(FourPartyPilot.start(new FourPartyPilot.Details(1L, CHANGCHENG, 2015, 3, 2, 20, null, " ")).getNotes()).isNull();
    }

    private static void assertDonationRefused(EnterprisePairing pairing, String date, String money, String goods, String field) {
        assertThatThrownBy(() -> pairing.donate(draft(date, money, goods), "office", Instant.now(), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo(field)));
        assertThat(pairing.getDonations()).noneMatch(d -> d.getDonatedOn().equals(LocalDate.parse(date)));
    }

    private static PairingDonation.Draft draft(String date, String money, String goods) {
        return new PairingDonation.Draft(LocalDate.parse(date), new BigDecimal(money), new BigDecimal(goods), null);
    }

    private static void assertRefused(WelfareActivity.Details details, String field, String key) {
        assertThatThrownBy(() -> WelfareActivity.hold(details, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }

    private static WelfareActivity.Details activity(Set<WelfareActivityKind> kinds, List<String> paths, int people,
            int students, String date) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            ids.add((long) i + 1);
        }
        return new WelfareActivity.Details("“金色年华”助学活动", kinds, LocalDate.parse(date), ids, paths, "市社区办", null,
                people, students, BigDecimal.ONE, null);
    }
}
