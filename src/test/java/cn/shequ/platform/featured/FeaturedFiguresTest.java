package cn.shequ.platform.featured;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The figures on PostgreSQL, against the 2014 and 2015 demo records and records made here. */
@IntegrationTest
@Transactional
class FeaturedFiguresTest {

    @Autowired
    FeaturedFigures figures;

    @Autowired
    FeaturedService service;

    @Autowired
    FeaturedTestRecords records;

    @Autowired
    FeaturedApplications applications;

    @Autowired
    RegionDirectory regions;

    @Autowired
    DocumentRegister documents;

    @Autowired
    EntityManager entityManager;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    @Test
    void in2015ZhuchengNamed30CommunitiesInTheSecondBatch() {
        FeaturedFigures.Summary summary = figures.summary(2015, city());
        assertThat(summary.batches()).isEqualTo(1);
        assertThat(summary.applications()).isEqualTo(45);
        assertThat(summary.named()).isEqualTo(30);
        assertThat(summary.notPassed()).isEqualTo(15);
        assertThat(summary.underReview()).isZero();
        assertThat(summary.inPublicity()).isZero();

        FeaturedFigures.BatchFact batch = figures.batch(2015).orElseThrow();
        assertThat(batch.number()).isEqualTo(2);
        assertThat(batch.numberLabel()).isEqualTo("第二批");
        assertThat(batch.documentId()).isEqualTo(documents.findByNumber("诸社办发〔2015〕2号").orElseThrow().id());
        assertThat(batch.aspects()).containsExactly("产业支撑", "聚集融合", "特色服务", "环境卫生", "民主管理", "平安和谐",
                "文体娱乐", "智能信息");
        assertThat(batch.named()).isEqualTo(30);
        assertThat(figures.batch(2013)).isEmpty();
    }

    @Test
    void the2014FirstBatchNamed20() {
        FeaturedFigures.Summary summary = figures.summary(2014, city());
        assertThat(summary.named()).isEqualTo(20);
        assertThat(summary.applications()).isEqualTo(26);
        assertThat(figures.batch(2014).orElseThrow().numberLabel()).isEqualTo("第一批");
        assertThat(figures.batch(2014).orElseThrow().documentId())
                .isEqualTo(documents.findByNumber("诸社办发〔2014〕3号").orElseThrow().id());
    }

    @Test
    void theNamedListHas30CommunitiesWithTheirScores() {
        var named = figures.named(2015, city());
        assertThat(named).hasSize(30);
        Set<String> aspects = Set.of("产业支撑", "聚集融合", "特色服务", "环境卫生", "民主管理", "平安和谐", "文体娱乐", "智能信息");
        assertThat(named).allSatisfy(n -> {
            assertThat(n.batchNumber()).isEqualTo(2);
            assertThat(n.communityFullName()).matches(".+(镇|街道).+社区");
            assertThat(aspects).contains(n.aspect());
            assertThat(n.projectTitle()).isNotBlank();
            assertThat(n.score()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        });
        assertThat(named.stream().map(FeaturedFigures.NamedCommunity::communityFullName).distinct()).hasSize(30);
        assertThat(named.stream().map(FeaturedFigures.NamedCommunity::aspect).distinct().count()).isGreaterThan(5);
    }

    @Test
    void theFiguresByTownAddUpToTheCityAndEveryTownApplied() {
        var rows = figures.byArea(2015, city());
        assertThat(rows).hasSize(13);
        assertThat(rows.stream().mapToLong(r -> r.figures().applications()).sum()).isEqualTo(45);
        assertThat(rows.stream().mapToLong(r -> r.figures().named()).sum()).isEqualTo(30);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.areaCode()).hasSize(9).startsWith("370782");
            assertThat(r.figures().applications()).isPositive();
        });
    }

    @Test
    void aTownCountsOnlyItsOwnCommunities() {
        RegionRef changcheng = regions.findByCode("370782105").orElseThrow();
        long named = figures.summary(2015, changcheng).named();
        assertThat(named).isPositive().isLessThan(30);
        assertThat(applications.findAll().stream().filter(a -> a.getBatch().getYear() == 2015
                && a.getRegionPath().startsWith(changcheng.path()) && a.getState() == FeaturedState.NAMED).count())
                .isEqualTo(named);
        assertThat(figures.named(2015, changcheng)).hasSize((int) named)
                .allSatisfy(n -> assertThat(n.communityFullName()).startsWith("昌城镇"));
    }

    @Test
    void namingAnApplicationChangesTheFiguresAndADraftIsNotCounted() {
        FeaturedBatch batch = records.openBatch(2015, 90, 5, Set.of("reviewer1"));
        records.application(batch, "370782105003", "产业支撑", FeaturedState.DRAFT);
        assertThat(figures.summary(2015, city()).applications()).isEqualTo(45);
        assertThat(figures.summary(2015, city()).batches()).isEqualTo(2);

        records.application(batch, "370782105004", "特色服务", FeaturedState.IN_PUBLICITY);
        flush();
        assertThat(figures.summary(2015, city()).inPublicity()).isEqualTo(1);
        assertThat(figures.summary(2015, city()).named()).isEqualTo(30);

        int named = service.nameAndClose(batch.getId(), records.office(), namingForm(batch));
        flush();
        assertThat(named).isEqualTo(1);
        assertThat(figures.summary(2015, city()).named()).isEqualTo(31);
        assertThat(figures.summary(2015, city()).applications()).isEqualTo(46);
        assertThat(figures.named(2015, city())).hasSize(31);
        assertThat(figures.batch(2015).orElseThrow().number()).isEqualTo(90);
        assertThat(figures.batch(2015).orElseThrow().named()).isEqualTo(1);
    }

    private NamingForm namingForm(FeaturedBatch batch) {
        NamingForm form = new NamingForm();
        form.setVersion(batch.getVersion());
        form.setNote("命名");
        return form;
    }

    private void flush() {
        entityManager.flush();
        entityManager.clear();
    }
}
