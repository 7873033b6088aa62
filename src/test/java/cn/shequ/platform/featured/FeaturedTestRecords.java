package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.shequ.platform.account.Role;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Records the integration tests make through the module's own entities: a batch of a future year open
 * for applications today, and applications moved along the workflow.
 */
@Component
class FeaturedTestRecords {

    static final int TEST_YEAR = 2099;

    final FeaturedBatches batches;
    final FeaturedAspects aspects;
    final FeaturedApplications applications;
    final FeaturedTransitions transitions;
    final FeaturedReviews reviews;
    final RegionDirectory regions;

    FeaturedTestRecords(FeaturedBatches batches, FeaturedAspects aspects, FeaturedApplications applications,
            FeaturedTransitions transitions, FeaturedReviews reviews, RegionDirectory regions) {
        this.batches = batches;
        this.aspects = aspects;
        this.applications = applications;
        this.transitions = transitions;
        this.reviews = reviews;
        this.regions = regions;
    }

    String cityPath() {
        return regions.findByCode("370782").orElseThrow().path();
    }

    Actor office() {
        return new Actor("office", Role.OFFICE, cityPath());
    }

    CommunityRef community(String code) {
        long id = regions.findByCode(code).orElseThrow().id();
        return regions.community(id).orElseThrow();
    }

    FeaturedAspect aspect(String name) {
        return aspects.findByName(name).orElseThrow();
    }

    /** A batch of {@link #TEST_YEAR} open for applications today; criteria 成效 60 and 满意度 40. */
    FeaturedBatch openBatch(int year, int number, Integer quota, Set<String> reviewers) {
        LocalDate today = LocalDate.now();
        return batches.save(FeaturedBatch.launch(new FeaturedBatch.Details(year, number, cityPath(), null,
                new LinkedHashSet<>(aspects.findAllByOrderBySortOrderAscIdAsc()), today.minusDays(10), today.plusDays(30),
                List.of(new FeaturedBatch.CriterionDraft("成效", 60), new FeaturedBatch.CriterionDraft("满意度", 40)), quota,
                null, today.plusDays(31), today.plusDays(37), new TreeSet<>(reviewers), "测试批次")));
    }

    FeaturedBatch openBatch(int number) {
        return openBatch(TEST_YEAR, number, 5, Set.of("reviewer1", "reviewer2", "reviewer3"));
    }

    /** An application of the community in the aspect, moved by the office to {@code state} (scored on the way). */
    FeaturedApplication application(FeaturedBatch batch, String communityCode, String aspect, FeaturedState state) {
        CommunityRef community = community(communityCode);
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        FeaturedApplication application = applications.save(FeaturedApplication.file(batch,
                new FeaturedApplication.Details(community.id(), community.path(), aspect(aspect), "测试项目" + communityCode,
                        "测试项目简介", BigDecimal.TEN, 100, null), "office", now, today));
        transitions.save(application.filing(office()));
        List<FeaturedState> path = switch (state) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(FeaturedState.SUBMITTED);
            case RECOMMENDED -> List.of(FeaturedState.SUBMITTED, FeaturedState.RECOMMENDED);
            case UNDER_REVIEW -> List.of(FeaturedState.SUBMITTED, FeaturedState.RECOMMENDED, FeaturedState.UNDER_REVIEW);
            case IN_PUBLICITY, NAMED -> List.of(FeaturedState.SUBMITTED, FeaturedState.RECOMMENDED,
                    FeaturedState.UNDER_REVIEW, FeaturedState.IN_PUBLICITY);
            case NOT_PASSED -> List.of(FeaturedState.SUBMITTED, FeaturedState.RECOMMENDED, FeaturedState.UNDER_REVIEW,
                    FeaturedState.NOT_PASSED);
        };
        for (FeaturedState to : path) {
            if (to == FeaturedState.IN_PUBLICITY) {
                score(application, "reviewer1", 90, 80);
            }
            transitions.save(application.moveTo(to, office(), "测试", now, today,
                    new FeaturedApplication.Standing(new BigDecimal("86.00"), 0)));
        }
        if (state == FeaturedState.NAMED) {
            transitions.save(application.moveTo(FeaturedState.NAMED, office(), null, now, today, null));
        }
        return application;
    }

    FeaturedReview score(FeaturedApplication application, String reviewer, int effect, int satisfaction) {
        List<FeaturedCriterion> criteria = application.getBatch().getCriteria();
        return reviews.save(FeaturedReview.of(application, reviewer,
                Map.of(criteria.get(0).getId(), effect, criteria.get(1).getId(), satisfaction), null, Instant.now()));
    }
}
