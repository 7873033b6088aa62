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
import org.springframework.test.util.ReflectionTestUtils;

/** Batches and applications built in memory for the rule tests (ids set as the database would). */
final class FeaturedFixtures {

    static final String CITY = "/370000/370700/370782/";
    static final String CHANGCHENG = CITY + "370782105/";
    static final String COMMUNITY = CHANGCHENG + "370782105001/";
    static final String OTHER_TOWN = CITY + "370782001/";
    static final LocalDate OPEN = LocalDate.of(2016, 3, 1);
    static final LocalDate CLOSE = LocalDate.of(2016, 6, 30);
    static final LocalDate IN_WINDOW = LocalDate.of(2016, 4, 1);
    static final Instant NOW = Instant.parse("2016-04-01T02:00:00Z");

    static final Actor OFFICE = new Actor("office", Role.OFFICE, CITY);
    static final Actor TOWN = new Actor("changcheng", Role.TOWN, CHANGCHENG);
    static final Actor OTHER_TOWN_USER = new Actor("mizhou", Role.TOWN, OTHER_TOWN);
    static final Actor LEADER = new Actor("leader", Role.LEADER, CITY);
    static final Actor REVIEWER = new Actor("reviewer1", Role.REVIEWER, CITY);
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "/370000/");

    static final FeaturedAspect INDUSTRY = aspect(1L, "产业支撑");
    static final FeaturedAspect SERVICE = aspect(3L, "特色服务");

    private FeaturedFixtures() {
    }

    static FeaturedAspect aspect(long id, String name) {
        FeaturedAspect aspect = new FeaturedAspect(name, (int) id, true, null);
        ReflectionTestUtils.setField(aspect, "id", id);
        return aspect;
    }

    static FeaturedBatch.Details details(List<FeaturedBatch.CriterionDraft> criteria, Integer quota, BigDecimal passMark,
            Set<String> reviewers) {
        return new FeaturedBatch.Details(2016, 3, CITY, null, new LinkedHashSet<>(List.of(INDUSTRY)), OPEN, CLOSE,
                criteria, quota, passMark, LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 7), reviewers, null);
    }

    static List<FeaturedBatch.CriterionDraft> criteria() {
        return List.of(new FeaturedBatch.CriterionDraft("成效", 60), new FeaturedBatch.CriterionDraft("满意度", 40));
    }

    /** A batch offering 产业支撑, criteria 成效 60 (id 11) and 满意度 40 (id 12), reviewers 1–3. */
    static FeaturedBatch batch(Integer quota, BigDecimal passMark) {
        FeaturedBatch batch = FeaturedBatch.launch(details(criteria(), quota, passMark,
                new TreeSet<>(Set.of("reviewer1", "reviewer2", "reviewer3"))));
        ReflectionTestUtils.setField(batch, "id", 7L);
        long id = 11;
        for (FeaturedCriterion criterion : batch.getCriteria()) {
            ReflectionTestUtils.setField(criterion, "id", id++);
        }
        return batch;
    }

    static FeaturedBatch batch() {
        return batch(30, null);
    }

    static FeaturedApplication application(FeaturedBatch batch) {
        return FeaturedApplication.file(batch, new FeaturedApplication.Details(101L, COMMUNITY, INDUSTRY, "特色农业园区",
                "带动增收", BigDecimal.TEN, 300, null), "changcheng", NOW, IN_WINDOW);
    }

    /** An application moved along the workflow to {@code state} by the right people. */
    static FeaturedApplication applicationIn(FeaturedBatch batch, FeaturedState state) {
        FeaturedApplication application = application(batch);
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
            application.moveTo(to, OFFICE, "办理", NOW, IN_WINDOW, standing());
        }
        if (state == FeaturedState.NAMED) {
            application.moveTo(FeaturedState.NAMED, OFFICE, null, NOW, IN_WINDOW, null);
        }
        return application;
    }

    static FeaturedApplication.Standing standing() {
        return new FeaturedApplication.Standing(new BigDecimal("88.00"), 0);
    }

    static Map<Long, Integer> scores(int effect, int satisfaction) {
        return Map.of(11L, effect, 12L, satisfaction);
    }
}
