package cn.shequ.platform.smartcommunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.shequ.platform.document.DocumentFigures;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The summary queries on PostgreSQL, against the 2014 and 2015 demo records and records changed here. */
@IntegrationTest
@Transactional
class SmartCommunityFiguresTest {

    @Autowired
    SmartCommunityFigures figures;

    @Autowired
    DocumentFigures documentFigures;

    @Autowired
    SmartCommunities records;

    @Autowired
    SmartCommunityReports reports;

    @Autowired
    SmartApplicationSystems systems;

    @Autowired
    RegionDirectory regions;

    @Autowired
    EntityManager entityManager;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    @Test
    void zhucheng2015Has2PilotsAnd4DisplayPlatformsAnd2PromotionMeetings() {
        SmartCommunityFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary).isEqualTo(new SmartCommunityFigures.Summary(8, 2, 7, 4, 7670, 6970));
        assertThat(documentFigures.meetingsHeld(2015, city(), WorkStream.SMART_COMMUNITY, MeetingKind.PROMOTION)).isEqualTo(2);
        assertThat(figures.pilotNames(2015, city())).containsExactly("密州街道东山社区", "辛兴镇辛兴社区");
        assertThat(figures.platformCommunityNames(2015, city()))
                .containsExactly("密州街道东山社区", "相州镇相州社区", "昌城镇昌城社区", "辛兴镇辛兴社区");
        assertThat(figures.partners(2015, city())).containsExactly("诸城广电公司");
        assertThat(figures.applicationSystems(2015, city())).containsExactly("社区政务", "社会管理", "教育培训", "娱乐休闲", "社区商圈");
    }

    @Test
    void zhucheng2014IsThePilotsPreparation() {
        assertThat(figures.summary(2014, city())).isEqualTo(new SmartCommunityFigures.Summary(2, 2, 1, 0, 320, 300));
        assertThat(figures.applicationSystems(2014, city())).containsExactly("社区政务", "社会管理");
        assertThat(figures.platformCommunityNames(2014, city())).isEmpty();
    }

    @Test
    void theFiguresByTownAddUpToTheCity() {
        var rows = figures.byArea(2015, city());
        assertThat(rows).hasSize(8);
        assertThat(rows.stream().mapToLong(r -> r.figures().records()).sum()).isEqualTo(8);
        assertThat(rows.stream().mapToLong(r -> r.figures().platformsCompleted()).sum()).isEqualTo(4);
        assertThat(rows.stream().mapToLong(r -> r.figures().householdsConnected()).sum()).isEqualTo(7670);
        assertThat(rows).allSatisfy(r -> assertThat(r.areaCode()).hasSize(9).startsWith("370782"));
        assertThat(rows.get(0).areaCode()).isEqualTo("370782001");
        assertThat(rows.get(0).figures().pilots()).isEqualTo(1);
    }

    @Test
    void aTownCountsOnlyItsOwnRecords() {
        RegionRef changcheng = regions.findByCode("370782105").orElseThrow();
        assertThat(figures.summary(2015, changcheng)).isEqualTo(new SmartCommunityFigures.Summary(1, 0, 1, 1, 1250, 1100));
        assertThat(figures.pilotNames(2015, changcheng)).isEmpty();
        assertThat(figures.platformCommunityNames(2015, changcheng)).containsExactly("昌城镇昌城社区");
    }

    @Test
    void aPlatformCompletedAfterTheYearEndCountsForNoneOfIt() {
        SmartCommunity shunwang = record("370782003001", 2015);
        assertThat(shunwang.getPlatformCompletedOn()).isEqualTo(LocalDate.of(2016, 1, 12));
        assertThat(figures.platformCommunityNames(2015, city())).doesNotContain("舜王街道舜王社区");
    }

    @Test
    void completingADisplayPlatformMakesIt5() {
        SmartCommunity zhigou = record("370782101005", 2015);
        CommunityRef community = regions.community(zhigou.getCommunityId()).orElseThrow();
        zhigou.describe(new SmartCommunity.Details(zhigou.getCommunityId(), zhigou.getRegionPath(), 2015, 2,
                zhigou.getPartner(), new LinkedHashSet<>(zhigou.getSystems()), zhigou.getSetTopBoxes(), 900,
                community.households(), zhigou.getStartDate(), LocalDate.of(2015, 12, 28), zhigou.getPlanDocumentId(), null),
                LocalDate.now());
        entityManager.flush();
        SmartCommunityFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary.platformsCompleted()).isEqualTo(5);
        assertThat(summary.householdsConnected()).isEqualTo(7670 - 600 + 900);
        assertThat(figures.platformCommunityNames(2015, city())).contains("枳沟镇枳沟社区");
    }

    @Test
    void aNewPilotAndItsReportsChangeTheFigures() {
        CommunityRef community = regions.communitiesUnder(regions.findByCode("370782109").orElseThrow()).get(0);
        SmartCommunity record = records.save(SmartCommunity.record(new SmartCommunity.Details(community.id(),
                community.path(), 2015, 1, "皇华有线", Set.of(systems.findAllInOrder().get(0)), 10, 12, community.households(),
                LocalDate.of(2015, 4, 1), null, null, null), LocalDate.now()));
        assertThat(figures.summary(2015, city())).isEqualTo(new SmartCommunityFigures.Summary(9, 3, 7, 4, 7682, 6980));
        assertThat(figures.partners(2015, city())).containsExactly("诸城广电公司", "皇华有线");

        reports.save(record.report(new Progress.ReportDraft(LocalDate.of(2015, 5, 1), ProjectStatus.UNDER_CONSTRUCTION, 10,
                null), null, "office", Instant.now()));
        entityManager.flush();
        assertThat(figures.summary(2015, city()).building()).isEqualTo(8);
        assertThat(figures.pilotNames(2015, city())).contains("皇华镇" + community.name());
    }

    private SmartCommunity record(String communityCode, int year) {
        long id = regions.findByCode(communityCode).orElseThrow().id();
        return records.findAll().stream().filter(r -> r.getCommunityId() == id && r.getPlanYear() == year).findFirst()
                .orElseThrow();
    }
}
