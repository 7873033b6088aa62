package cn.shequ.platform.featured;

import static cn.shequ.platform.featured.FeaturedFixtures.ADMIN;
import static cn.shequ.platform.featured.FeaturedFixtures.IN_WINDOW;
import static cn.shequ.platform.featured.FeaturedFixtures.LEADER;
import static cn.shequ.platform.featured.FeaturedFixtures.NOW;
import static cn.shequ.platform.featured.FeaturedFixtures.OFFICE;
import static cn.shequ.platform.featured.FeaturedFixtures.OTHER_TOWN_USER;
import static cn.shequ.platform.featured.FeaturedFixtures.REVIEWER;
import static cn.shequ.platform.featured.FeaturedFixtures.TOWN;
import static cn.shequ.platform.featured.FeaturedFixtures.applicationIn;
import static cn.shequ.platform.featured.FeaturedFixtures.batch;
import static cn.shequ.platform.featured.FeaturedFixtures.standing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.account.Role;
import cn.shequ.platform.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The application workflow: every legal step by the right role, and every other move refused. */
class FeaturedWorkflowTest {

    /** The seven legal steps and who may take them. */
    static final List<Object[]> LEGAL = List.of(
            new Object[] {FeaturedState.DRAFT, FeaturedState.SUBMITTED, Set.of(Role.TOWN, Role.OFFICE)},
            new Object[] {FeaturedState.SUBMITTED, FeaturedState.RECOMMENDED, Set.of(Role.TOWN, Role.OFFICE)},
            new Object[] {FeaturedState.RECOMMENDED, FeaturedState.UNDER_REVIEW, Set.of(Role.OFFICE)},
            new Object[] {FeaturedState.UNDER_REVIEW, FeaturedState.IN_PUBLICITY, Set.of(Role.OFFICE)},
            new Object[] {FeaturedState.IN_PUBLICITY, FeaturedState.NAMED, Set.of(Role.OFFICE)},
            new Object[] {FeaturedState.UNDER_REVIEW, FeaturedState.NOT_PASSED, Set.of(Role.OFFICE)},
            new Object[] {FeaturedState.IN_PUBLICITY, FeaturedState.NOT_PASSED, Set.of(Role.OFFICE)});

    static final List<Actor> ACTORS = List.of(OFFICE, TOWN, LEADER, REVIEWER, ADMIN);

    @Test
    void everyLegalStepSucceedsForItsRolesAndIsRefusedForTheOthers() {
        for (Object[] step : LEGAL) {
            FeaturedState from = (FeaturedState) step[0];
            FeaturedState to = (FeaturedState) step[1];
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) step[2];
            for (Actor actor : ACTORS) {
                FeaturedApplication application = applicationIn(batch(), from);
                if (roles.contains(actor.role())) {
                    FeaturedTransition logged = application.moveTo(to, actor, "意见", NOW, IN_WINDOW, standing());
                    assertThat(application.getState()).as(from + " → " + to + " by " + actor.role()).isEqualTo(to);
                    assertThat(logged.getFromState()).isEqualTo(from);
                    assertThat(logged.getToState()).isEqualTo(to);
                    assertThat(logged.getActor()).isEqualTo(actor.username());
                    assertThat(logged.getActorRole()).isEqualTo(actor.role());
                    assertThat(logged.getOccurredAt()).isEqualTo(NOW);
                    assertThat(logged.getNote()).isEqualTo("意见");
                }
                else {
                    assertRefused(application, to, actor, "featured.error.transition.role");
                    assertThat(application.getState()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void everyOtherMoveIsRefusedWithAMessageNamingBothStates() {
        List<String> checked = new ArrayList<>();
        for (FeaturedState from : FeaturedState.values()) {
            for (FeaturedState to : FeaturedState.values()) {
                boolean legal = LEGAL.stream().anyMatch(s -> s[0] == from && s[1] == to);
                if (legal) {
                    continue;
                }
                FeaturedApplication application = applicationIn(batch(), from);
                assertThatThrownBy(() -> application.moveTo(to, OFFICE, "意见", NOW, IN_WINDOW, standing()))
                        .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                            assertThat(ex.violations().get(0).messageKey()).isEqualTo("featured.error.transition.illegal");
                            assertThat(ex.violations().get(0).args()).hasSize(2);
                        });
                assertThat(application.getState()).isEqualTo(from);
                checked.add(from + "→" + to);
            }
        }
        assertThat(checked).hasSize(7 * 7 - 7).contains("SUBMITTED→NAMED", "DRAFT→UNDER_REVIEW", "NAMED→NOT_PASSED",
                "NOT_PASSED→IN_PUBLICITY", "DRAFT→DRAFT");
    }

    @Test
    void theWorkflowListsWhatEachRoleMayDoNext() {
        assertThat(FeaturedWorkflow.nextFor(FeaturedState.DRAFT, Role.TOWN)).containsExactly(FeaturedState.SUBMITTED);
        assertThat(FeaturedWorkflow.nextFor(FeaturedState.RECOMMENDED, Role.TOWN)).isEmpty();
        assertThat(FeaturedWorkflow.nextFor(FeaturedState.UNDER_REVIEW, Role.OFFICE))
                .containsExactlyInAnyOrder(FeaturedState.IN_PUBLICITY, FeaturedState.NOT_PASSED);
        assertThat(FeaturedWorkflow.nextFor(FeaturedState.NAMED, Role.OFFICE)).isEmpty();
        assertThat(FeaturedWorkflow.nextFor(FeaturedState.SUBMITTED, Role.LEADER)).isEmpty();
    }

    @Test
    void aTownRecommendsOnlyItsOwnCommunities() {
        FeaturedApplication application = applicationIn(batch(), FeaturedState.SUBMITTED);
        assertRefused(application, FeaturedState.RECOMMENDED, OTHER_TOWN_USER, "featured.error.transition.town");
        application.moveTo(FeaturedState.RECOMMENDED, TOWN, null, NOW, IN_WINDOW, null);
        assertThat(application.getState()).isEqualTo(FeaturedState.RECOMMENDED);
    }

    @Test
    void notPassingNeedsANote() {
        FeaturedApplication underReview = applicationIn(batch(), FeaturedState.UNDER_REVIEW);
        assertRefused(underReview, FeaturedState.NOT_PASSED, OFFICE, "featured.error.transition.note", " ");
        FeaturedApplication inPublicity = applicationIn(batch(), FeaturedState.IN_PUBLICITY);
        assertRefused(inPublicity, FeaturedState.NOT_PASSED, OFFICE, "featured.error.transition.note", null);
        inPublicity.moveTo(FeaturedState.NOT_PASSED, OFFICE, "公示期间收到异议，经核实不予命名", NOW, IN_WINDOW, null);
        assertThat(inPublicity.getState()).isEqualTo(FeaturedState.NOT_PASSED);
    }

    @Test
    void aSubmissionOutsideTheWindowIsRefused() {
        FeaturedApplication application = applicationIn(batch(), FeaturedState.DRAFT);
        assertThatThrownBy(() -> application.moveTo(FeaturedState.SUBMITTED, TOWN, null, NOW, LocalDate.of(2016, 7, 1), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("featured.error.window"));
        assertThat(application.getState()).isEqualTo(FeaturedState.DRAFT);
    }

    @Test
    void filingIsOnlyInsideTheWindowAndInAnAspectTheBatchOffers() {
        FeaturedBatch batch = batch();
        assertThatThrownBy(() -> FeaturedApplication.file(batch, new FeaturedApplication.Details(1L, FeaturedFixtures.COMMUNITY,
                FeaturedFixtures.INDUSTRY, "t", "d", null, null, null), "changcheng", NOW, LocalDate.of(2016, 2, 28)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("featured.error.window"));
        assertThatThrownBy(() -> FeaturedApplication.file(batch, new FeaturedApplication.Details(1L, FeaturedFixtures.COMMUNITY,
                FeaturedFixtures.SERVICE, "t", "d", null, null, null), "changcheng", NOW, IN_WINDOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.violations().get(0).field()).isEqualTo("aspectId"));
    }

    @Test
    void publicityNeedsAScoreAtTheLineAndRoomInTheNumberToName() {
        FeaturedApplication unscored = applicationIn(batch(), FeaturedState.UNDER_REVIEW);
        assertThatThrownBy(() -> unscored.moveTo(FeaturedState.IN_PUBLICITY, OFFICE, null, NOW, IN_WINDOW,
                new FeaturedApplication.Standing(null, 0))).hasMessage("featured.error.publicity.unscored");

        FeaturedApplication belowMark = applicationIn(batch(null, new BigDecimal("85")), FeaturedState.UNDER_REVIEW);
        assertThatThrownBy(() -> belowMark.moveTo(FeaturedState.IN_PUBLICITY, OFFICE, null, NOW, IN_WINDOW,
                new FeaturedApplication.Standing(new BigDecimal("84.99"), 0))).hasMessage("featured.error.publicity.passMark");
        belowMark.moveTo(FeaturedState.IN_PUBLICITY, OFFICE, null, NOW, IN_WINDOW,
                new FeaturedApplication.Standing(new BigDecimal("85.00"), 0));
        assertThat(belowMark.getState()).isEqualTo(FeaturedState.IN_PUBLICITY);

        FeaturedApplication beyondQuota = applicationIn(batch(2, null), FeaturedState.UNDER_REVIEW);
        assertThatThrownBy(() -> beyondQuota.moveTo(FeaturedState.IN_PUBLICITY, OFFICE, null, NOW, IN_WINDOW,
                new FeaturedApplication.Standing(new BigDecimal("99"), 2))).hasMessage("featured.error.publicity.quota");
        beyondQuota.moveTo(FeaturedState.IN_PUBLICITY, OFFICE, null, NOW, IN_WINDOW,
                new FeaturedApplication.Standing(new BigDecimal("99"), 1));
        assertThat(beyondQuota.getState()).isEqualTo(FeaturedState.IN_PUBLICITY);
    }

    @Test
    void namingClosesTheBatchAndNothingOfItMovesOrChangesAfterwards() {
        FeaturedBatch batch = batch();
        FeaturedApplication named = applicationIn(batch, FeaturedState.NAMED);
        FeaturedApplication underReview = applicationIn(batch, FeaturedState.UNDER_REVIEW);
        batch.close("office", NOW);
        assertThat(batch.isClosed()).isTrue();
        assertThatThrownBy(() -> underReview.moveTo(FeaturedState.IN_PUBLICITY, OFFICE, null, NOW, IN_WINDOW, standing()))
                .hasMessage("featured.error.batch.closed");
        assertThatThrownBy(() -> named.moveTo(FeaturedState.NOT_PASSED, OFFICE, "撤销", NOW, IN_WINDOW, null))
                .hasMessage("featured.error.batch.closed");
        assertThatThrownBy(() -> FeaturedFixtures.application(batch)).hasMessage("featured.error.batch.closed");
        assertThatThrownBy(() -> batch.close("office", NOW)).hasMessage("featured.error.batch.closed");
        assertThat(named.getState()).isEqualTo(FeaturedState.NAMED);
        assertThat(named.isEditable()).isFalse();
    }

    @Test
    void detailsChangeOnlyWhileDraftOrSubmitted() {
        FeaturedApplication submitted = applicationIn(batch(), FeaturedState.SUBMITTED);
        submitted.describe(new FeaturedApplication.Details(101L, FeaturedFixtures.COMMUNITY, FeaturedFixtures.INDUSTRY,
                "新名称", "d", null, null, null));
        assertThat(submitted.getTitle()).isEqualTo("新名称");
        FeaturedApplication recommended = applicationIn(batch(), FeaturedState.RECOMMENDED);
        assertThatThrownBy(() -> recommended.describe(new FeaturedApplication.Details(101L, FeaturedFixtures.COMMUNITY,
                FeaturedFixtures.INDUSTRY, "新名称", "d", null, null, null))).hasMessage("featured.error.application.fixed");
    }

    private static void assertRefused(FeaturedApplication application, FeaturedState to, Actor actor, String key) {
        assertRefused(application, to, actor, key, "意见");
    }

    private static void assertRefused(FeaturedApplication application, FeaturedState to, Actor actor, String key, String note) {
        FeaturedState before = application.getState();
        assertThatThrownBy(() -> application.moveTo(to, actor, note, NOW, IN_WINDOW, standing()))
                .as(before + " → " + to + " by " + actor.role())
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo(key));
        assertThat(application.getState()).isEqualTo(before);
    }
}
