package cn.shequ.platform.featured;

import static cn.shequ.platform.featured.FeaturedFixtures.criteria;
import static cn.shequ.platform.featured.FeaturedFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A batch's rules: criteria and weights, reviewers, dates, the number to name or the pass mark, closing. */
class FeaturedBatchTest {

    static final Set<String> REVIEWERS = Set.of("reviewer1", "reviewer2");

    @Test
    void theWeightsSumToHundred() {
        assertRefused(details(List.of(new FeaturedBatch.CriterionDraft("成效", 60),
                new FeaturedBatch.CriterionDraft("满意度", 30)), 30, null, REVIEWERS), "criteria",
                "featured.error.batch.criteria.sum");
        assertRefused(details(List.of(), 30, null, REVIEWERS), "criteria", "featured.error.batch.criteria.none");
        assertRefused(details(List.of(new FeaturedBatch.CriterionDraft("成效", 50),
                new FeaturedBatch.CriterionDraft("成效", 50)), 30, null, REVIEWERS), "criteria",
                "featured.error.batch.criteria.duplicate");
        assertRefused(details(List.of(new FeaturedBatch.CriterionDraft("成效", 0),
                new FeaturedBatch.CriterionDraft("满意度", 100)), 30, null, REVIEWERS), "criteria",
                "featured.error.batch.criteria.weight");
        FeaturedBatch batch = FeaturedBatch.launch(details(criteria(), 30, null, REVIEWERS));
        assertThat(batch.getCriteria()).extracting(FeaturedCriterion::getWeight).containsExactly(60, 40);
    }

    @Test
    void reviewersAreNamedByValidUsernames() {
        assertRefused(details(criteria(), 30, null, Set.of()), "reviewers", "featured.error.batch.reviewers");
        assertRefused(details(criteria(), 30, null, Set.of("评审 专家")), "reviewers", "featured.error.batch.reviewers.form");
        BatchForm form = new BatchForm();
        form.setReviewers(new java.util.TreeSet<>(Set.of("reviewer2", " reviewer1", "", "reviewer3")));
        assertThat(form.reviewerNames()).containsExactly("reviewer1", "reviewer2", "reviewer3");
    }

    @Test
    void aQuotaOrAPassMarkDecides() {
        assertRefused(details(criteria(), null, null, REVIEWERS), "quota", "featured.error.batch.quotaOrPassMark");
        assertThat(FeaturedBatch.launch(details(criteria(), null, new BigDecimal("85"), REVIEWERS)).getPassMark())
                .isEqualByComparingTo("85");
    }

    @Test
    void publicityFollowsTheApplicationWindow() {
        var base = details(criteria(), 30, null, REVIEWERS);
        assertRefused(new FeaturedBatch.Details(2016, 3, base.regionPath(), null, base.aspects(), base.applicationsOpen(),
                base.applicationsClose(), criteria(), 30, null, LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 7),
                REVIEWERS, null), "publicityStart", "featured.error.batch.publicityBeforeClose");
        assertRefused(new FeaturedBatch.Details(2016, 3, base.regionPath(), null, base.aspects(), LocalDate.of(2016, 6, 1),
                LocalDate.of(2016, 3, 1), criteria(), 30, null, null, null, REVIEWERS, null), "applicationsClose",
                "validation.date.finishBeforeStart");
        assertRefused(new FeaturedBatch.Details(2016, 3, base.regionPath(), null, base.aspects(), base.applicationsOpen(),
                base.applicationsClose(), criteria(), 30, null, LocalDate.of(2016, 12, 1), null, REVIEWERS, null),
                "publicityEnd", "featured.error.batch.publicityBoth");
        assertRefused(new FeaturedBatch.Details(2016, 3, base.regionPath(), null, new LinkedHashSet<>(),
                base.applicationsOpen(), base.applicationsClose(), criteria(), 30, null, null, null, REVIEWERS, null),
                "aspectIds", "featured.error.batch.aspects");
    }

    @Test
    void onceScoringHasBegunTheCriteriaStayAndAppliedAspectsStayOffered() {
        FeaturedBatch batch = FeaturedFixtures.batch();
        var changed = details(List.of(new FeaturedBatch.CriterionDraft("成效", 50),
                new FeaturedBatch.CriterionDraft("满意度", 50)), 30, null, REVIEWERS);
        assertThatThrownBy(() -> batch.describe(changed, new FeaturedBatch.Usage(true, Set.of())))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("featured.error.batch.criteria.locked")));
        assertThatThrownBy(() -> batch.describe(details(criteria(), 30, null, REVIEWERS),
                new FeaturedBatch.Usage(true, Set.of(FeaturedFixtures.SERVICE.getId()))))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("featured.error.batch.aspectInUse")));
        // unchanged criteria may be saved again after scoring began; ids are kept by position
        Long firstId = batch.getCriteria().get(0).getId();
        batch.describe(details(criteria(), 25, null, REVIEWERS), new FeaturedBatch.Usage(true, Set.of()));
        assertThat(batch.getQuota()).isEqualTo(25);
        assertThat(batch.getCriteria().get(0).getId()).isEqualTo(firstId);
        // before scoring the criteria may change: a third one is added, the rows kept by position
        batch.describe(details(List.of(new FeaturedBatch.CriterionDraft("成效", 50), new FeaturedBatch.CriterionDraft(
                "满意度", 30), new FeaturedBatch.CriterionDraft("创新", 20)), 25, null, REVIEWERS),
                FeaturedBatch.Usage.NONE);
        assertThat(batch.getCriteria()).extracting(FeaturedCriterion::getName).containsExactly("成效", "满意度", "创新");
        assertThat(batch.getCriteria().get(0).getId()).isEqualTo(firstId);
    }

    @Test
    void aClosedBatchDoesNotChange() {
        FeaturedBatch batch = FeaturedFixtures.batch();
        batch.close("office", FeaturedFixtures.NOW);
        assertThatThrownBy(() -> batch.describe(details(criteria(), 20, null, REVIEWERS), FeaturedBatch.Usage.NONE))
                .hasMessage("featured.error.batch.closed");
        assertThat(batch.getQuota()).isEqualTo(30);
    }

    @Test
    void batchesAreNumberedTheChineseWay() {
        assertThat(ChineseNumerals.batchLabel(1)).isEqualTo("第一批");
        assertThat(ChineseNumerals.batchLabel(2)).isEqualTo("第二批");
        assertThat(ChineseNumerals.batchLabel(10)).isEqualTo("第十批");
        assertThat(ChineseNumerals.batchLabel(12)).isEqualTo("第十二批");
        assertThat(ChineseNumerals.batchLabel(20)).isEqualTo("第二十批");
        assertThat(ChineseNumerals.batchLabel(35)).isEqualTo("第三十五批");
    }

    private static void assertRefused(FeaturedBatch.Details details, String field, String key) {
        assertThatThrownBy(() -> FeaturedBatch.launch(details))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }
}
