package cn.shequ.platform.communityservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The summary queries on PostgreSQL, against the 2014 and 2015 demo records and records made here. */
@IntegrationTest
@Transactional
class CommunityServiceFiguresTest {

    @Autowired
    CommunityServiceFigures figures;

    @Autowired
    WelfareActivities activities;

    @Autowired
    EnterprisePairings pairings;

    @Autowired
    PairingDonations donations;

    @Autowired
    FourPartyPilots pilots;

    @Autowired
    RegionDirectory regions;

    @Autowired
    EntityManager entityManager;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    RegionRef town(String code) {
        return regions.findByCode(code).orElseThrow();
    }

    @Test
    void zhucheng2015Aided11StudentsAndHad4FourPartyPilotsAndAPairingGivingOver1() {
        CommunityServiceFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary.activities()).isEqualTo(11);
        assertThat(summary.studentsAided()).isEqualTo(11);
        assertThat(summary.peopleHelped()).isEqualTo(4240);
        assertThat(summary.activityMoney()).isEqualByComparingTo("6.30");
        assertThat(summary.pairings()).isEqualTo(1);
        assertThat(summary.pairingDonations()).isEqualByComparingTo("1.22").isGreaterThan(BigDecimal.ONE);
        assertThat(summary.fourPartyPilots()).isEqualTo(4);
        assertThat(figures.fourPartyPilotNames(2015, city()))
                .containsExactly("龙都街道杨春社区", "龙都街道岔道口社区", "枳沟镇东枳沟社区", "枳沟镇乔庄社区");
    }

    @Test
    void theGoldenYearsStudentAidIsOneActivityInTwoTownsWithAFreeClinic() {
        List<CommunityServiceFigures.ActivityFact> facts = figures.activities(2015, city());
        assertThat(facts).hasSize(11);
        assertThat(facts).isSortedAccordingTo(java.util.Comparator.comparing(CommunityServiceFigures.ActivityFact::date));
        CommunityServiceFigures.ActivityFact aid = facts.stream().filter(f -> f.studentsAided() > 0).findFirst().orElseThrow();
        assertThat(aid.title()).isEqualTo("“金色年华”助学活动");
        assertThat(aid.kinds()).containsExactly(WelfareActivityKind.STUDENT_AID, WelfareActivityKind.FREE_CLINIC);
        assertThat(aid.townNames()).containsExactly("昌城镇", "林家村镇");
        assertThat(aid.communityNames()).isEmpty();
        assertThat(aid.studentsAided()).isEqualTo(11);
        assertThat(aid.date()).isEqualTo(LocalDate.of(2015, 8, 22));
        CommunityServiceFigures.ActivityFact room = facts.stream().filter(f -> "惠众胶带公司".equals(f.partnerEnterprise()))
                .findFirst().orElseThrow();
        assertThat(room.townNames()).containsExactly("林家村镇");
        assertThat(room.communityNames()).containsExactly("林家村镇半边井子社区");
    }

    @Test
    void thePairingGaveOver1InThreeEntriesAndBuiltAnActivityRoom() {
        assertThat(figures.pairings(2015, city())).singleElement().satisfies(p -> {
            assertThat(p.enterprise()).isEqualTo("惠众胶带公司");
            assertThat(p.communityFullName()).isEqualTo("林家村镇半边井子社区");
            assertThat(p.since()).isEqualTo(LocalDate.of(2015, 4, 10));
            assertThat(p.donationsInYear()).isEqualByComparingTo("1.22");
            assertThat(p.built()).contains("文体活动室");
        });
        assertThat(figures.pairings(2014, city())).isEmpty();
    }

    @Test
    void aTownSeesOnlyActivitiesHeldWhollyInIt() {
        CommunityServiceFigures.Summary changcheng = figures.summary(2015, town("370782105"));
        assertThat(changcheng.activities()).isEqualTo(1);
        assertThat(changcheng.studentsAided()).isZero();
        assertThat(figures.activities(2015, town("370782105"))).extracting(CommunityServiceFigures.ActivityFact::title)
                .containsExactly("社区志愿者环境整治行动");
        CommunityServiceFigures.Summary linjiacun = figures.summary(2015, town("370782108"));
        assertThat(linjiacun.activities()).isEqualTo(1);
        assertThat(linjiacun.pairings()).isEqualTo(1);
        assertThat(linjiacun.pairingDonations()).isEqualByComparingTo("1.22");
    }

    @Test
    void byTownTheActivitiesAcrossTownsFormTheCountysOwnRow() {
        var rows = figures.byArea(2015, city());
        assertThat(rows.stream().mapToLong(r -> r.figures().activities()).sum()).isEqualTo(11);
        assertThat(rows.stream().mapToLong(r -> r.figures().studentsAided()).sum()).isEqualTo(11);
        assertThat(rows.stream().mapToLong(r -> r.figures().fourPartyPilots()).sum()).isEqualTo(4);
        assertThat(rows.stream().map(r -> r.figures().pairingDonations()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1.22");
        var county = rows.stream().filter(r -> r.areaPath().equals(city().path())).findFirst().orElseThrow();
        assertThat(county.areaCode()).isEqualTo("370782");
        assertThat(county.figures().activities()).isEqualTo(1);
        assertThat(county.figures().studentsAided()).isEqualTo(11);
        assertThat(rows.stream().filter(r -> r.areaCode().equals("370782002")).findFirst().orElseThrow().figures()
                .fourPartyPilots()).isEqualTo(2);
    }

    @Test
    void the2014FiguresAreLighter() {
        CommunityServiceFigures.Summary summary = figures.summary(2014, city());
        assertThat(summary.activities()).isEqualTo(3);
        assertThat(summary.studentsAided()).isEqualTo(8);
        assertThat(summary.pairings()).isZero();
        assertThat(summary.pairingDonations()).isZero();
        assertThat(summary.fourPartyPilots()).isZero();
    }

    @Test
    void aNewStudentAidADonationAndAPilotChangeTheFigures() {
        RegionRef taolin = town("370782110");
        activities.save(WelfareActivity.hold(new WelfareActivity.Details("助学测试", EnumSet.of(WelfareActivityKind.STUDENT_AID),
                LocalDate.of(2015, 9, 1), Set.of(taolin.id()), List.of(taolin.path()), "桃林镇", null, 5, 5, BigDecimal.ONE,
                null), LocalDate.now()));
        EnterprisePairing pairing = pairings.findAll().get(0);
        donations.save(pairing.donate(new PairingDonation.Draft(LocalDate.of(2015, 12, 30), new BigDecimal("0.30"),
                BigDecimal.ZERO, null), "office", Instant.now(), LocalDate.now()));
        donations.save(pairing.donate(new PairingDonation.Draft(LocalDate.of(2016, 1, 3), new BigDecimal("9"),
                BigDecimal.ZERO, null), "office", Instant.now(), LocalDate.now()));
        CommunityRef qiuJia = regions.findByCode("370782002003").map(r -> regions.community(r.id()).orElseThrow()).orElseThrow();
        pilots.save(FourPartyPilot.start(new FourPartyPilot.Details(qiuJia.id(), qiuJia.path(), 2015, 1, 1, 10, null, null)));
        entityManager.flush();

        CommunityServiceFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary.activities()).isEqualTo(12);
        assertThat(summary.studentsAided()).isEqualTo(16);
        assertThat(summary.pairingDonations()).isEqualByComparingTo("1.52");
        assertThat(summary.fourPartyPilots()).isEqualTo(5);
        assertThat(figures.fourPartyPilotNames(2015, city())).contains("龙都街道邱家七吉社区");
        assertThat(figures.summary(2016, city()).pairingDonations()).isEqualByComparingTo("9");
        assertThat(figures.summary(2016, city()).pairings()).isEqualTo(1);
    }
}
