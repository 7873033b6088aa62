package cn.shequ.platform.featured;

import static cn.shequ.platform.featured.FeaturedState.DRAFT;
import static cn.shequ.platform.featured.FeaturedState.IN_PUBLICITY;
import static cn.shequ.platform.featured.FeaturedState.NAMED;
import static cn.shequ.platform.featured.FeaturedState.NOT_PASSED;
import static cn.shequ.platform.featured.FeaturedState.RECOMMENDED;
import static cn.shequ.platform.featured.FeaturedState.SUBMITTED;
import static cn.shequ.platform.featured.FeaturedState.UNDER_REVIEW;

import java.util.List;
import java.util.Set;

import cn.shequ.platform.account.Role;
import cn.shequ.platform.shared.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The application workflow, in one place: which state may follow which, and who may move it.
 *
 * <pre>
 * 草稿 DRAFT        → 已申报 SUBMITTED     town staff (own town) or office
 * 已申报 SUBMITTED  → 镇街推荐 RECOMMENDED town staff (own town) or office
 * 镇街推荐          → 评审中 UNDER_REVIEW  office
 * 评审中            → 公示中 IN_PUBLICITY  office
 * 公示中            → 已命名 NAMED         office
 * 评审中            → 未通过 NOT_PASSED    office, with a note
 * 公示中            → 未通过 NOT_PASSED    office, with a note (the objection)
 * </pre>
 *
 * Nothing else: any other move is refused with a message naming both states.
 */
final class FeaturedWorkflow {

    /** One allowed transition: who may make it, and whether a note is required. */
    record Step(FeaturedState from, FeaturedState to, Set<Role> roles, boolean noteRequired) {
    }

    static final Set<Role> TOWN_OR_OFFICE = Set.of(Role.TOWN, Role.OFFICE);
    static final Set<Role> OFFICE = Set.of(Role.OFFICE);

    static final List<Step> STEPS = List.of(
            new Step(DRAFT, SUBMITTED, TOWN_OR_OFFICE, false),
            new Step(SUBMITTED, RECOMMENDED, TOWN_OR_OFFICE, false),
            new Step(RECOMMENDED, UNDER_REVIEW, OFFICE, false),
            new Step(UNDER_REVIEW, IN_PUBLICITY, OFFICE, false),
            new Step(IN_PUBLICITY, NAMED, OFFICE, false),
            new Step(UNDER_REVIEW, NOT_PASSED, OFFICE, true),
            new Step(IN_PUBLICITY, NOT_PASSED, OFFICE, true));

    private FeaturedWorkflow() {
    }

    /**
     * The step from {@code from} to {@code to} for this actor on an application of {@code regionPath},
     * or a refusal: no such step, a role that may not make it, a town user on another town's
     * application, or a missing note where one is required.
     */
    static Step step(FeaturedState from, FeaturedState to, Actor actor, String regionPath, String note) {
        if (to == null) {
            throw RuleViolationException.of("to", "featured.error.transition.target");
        }
        Step step = STEPS.stream().filter(s -> s.from() == from && s.to() == to).findFirst()
                .orElseThrow(() -> RuleViolationException.global("featured.error.transition.illegal", label(from),
                        label(to)));
        if (actor.role() == null || !step.roles().contains(actor.role())) {
            throw RuleViolationException.global("featured.error.transition.role", label(from), label(to),
                    new DefaultMessageSourceResolvable("enum.Role." + actor.role()));
        }
        if (actor.role() == Role.TOWN && !actor.covers(regionPath)) {
            throw RuleViolationException.global("featured.error.transition.town");
        }
        if (step.noteRequired() && (note == null || note.isBlank())) {
            throw RuleViolationException.of("note", "featured.error.transition.note", label(to));
        }
        return step;
    }

    /** The states an application in {@code from} may move to by someone of {@code role}. */
    static List<FeaturedState> nextFor(FeaturedState from, Role role) {
        return STEPS.stream().filter(s -> s.from() == from && s.roles().contains(role)).map(Step::to).toList();
    }

    /** A state's label as a message argument. */
    static DefaultMessageSourceResolvable label(FeaturedState state) {
        return new DefaultMessageSourceResolvable("enum.FeaturedState." + state);
    }
}
