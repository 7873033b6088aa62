package cn.shequ.platform.ecotown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.region.CommunityRef;

/**
 * The standards a rural new community is checked against (the office's rules in the 2015 plan), in
 * one place: at least one community worker per {@value #HOUSEHOLDS_PER_WORKER} households and at
 * least {@value #MIN_WORKERS} per community; at least {@value #MIN_COOPERATIVES} farmers' cooperative
 * and {@value #MIN_PARKS} featured industrial park; every active item of the infrastructure list
 * (五化, 八通, centralized water, sewage and garbage) achieved. Computed from records, never entered.
 */
final class CommunityStandards {

    public static final int HOUSEHOLDS_PER_WORKER = 500;
    public static final int MIN_WORKERS = 3;
    public static final int MIN_COOPERATIVES = 1;
    public static final int MIN_PARKS = 1;

    private CommunityStandards() {
    }

    /** The workers a community of {@code households} needs: max(3, ⌈households ÷ 500⌉). */
    public static int requiredWorkers(int households) {
        int perHouseholds = (Math.max(households, 0) + HOUSEHOLDS_PER_WORKER - 1) / HOUSEHOLDS_PER_WORKER;
        return Math.max(MIN_WORKERS, perHouseholds);
    }

    /** Why a community falls short. */
    public enum EcoShortfall {
        /** no staff count recorded by the end of the year */
        NO_STAFF_COUNT,
        /** fewer workers than required; args: workers, required, households */
        TOO_FEW_WORKERS,
        /** fewer cooperatives than required; args: cooperatives, required */
        TOO_FEW_COOPERATIVES,
        /** fewer featured industrial parks than required; args: parks, required */
        TOO_FEW_PARKS,
        /** infrastructure items not achieved; args: the items' names, joined */
        INFRASTRUCTURE_MISSING
    }

    /** One reason a community falls short, with the values its message shows. */
    public record Shortfall(EcoShortfall kind, List<String> args) {

        /** The message key of the reason: {@code ecotown.shortfall.<KIND>}. */
        public String messageKey() {
            return "ecotown.shortfall." + kind.name();
        }

        public Object[] messageArgs() {
            return args.toArray();
        }
    }

    /** An item of the infrastructure list, as the check needs it. */
    public record Item(long id, String name) {
    }

    /**
     * What the records say of a community at the end of a year: the latest staff count (null when
     * none), the cooperatives and parks existing by then, the infrastructure items achieved by then,
     * and whether it is a key project community of the year.
     */
    public record Facts(CommunityRef community, Integer workers, long cooperatives, long parks, Set<Long> achievedItems,
            boolean keyProject) {
    }

    /** A checked community and what it lacks (nothing when it meets the standards). */
    public record Result(CommunityRef community, boolean keyProject, int households, Integer workers, int requiredWorkers,
            long cooperatives, long parks, List<String> missingItems, List<Shortfall> shortfalls) {

        public boolean meets() {
            return shortfalls.isEmpty();
        }
    }

    /** Checks a community against the standards, given the items currently required. */
    public static Result check(Facts facts, Collection<Item> requiredItems) {
        int households = facts.community().households();
        int required = requiredWorkers(households);
        List<Shortfall> shortfalls = new ArrayList<>();
        if (facts.workers() == null) {
            shortfalls.add(new Shortfall(EcoShortfall.NO_STAFF_COUNT, List.of(String.valueOf(required))));
        }
        else if (facts.workers() < required) {
            shortfalls.add(new Shortfall(EcoShortfall.TOO_FEW_WORKERS,
                    List.of(String.valueOf(facts.workers()), String.valueOf(required), String.valueOf(households))));
        }
        if (facts.cooperatives() < MIN_COOPERATIVES) {
            shortfalls.add(new Shortfall(EcoShortfall.TOO_FEW_COOPERATIVES,
                    List.of(String.valueOf(facts.cooperatives()), String.valueOf(MIN_COOPERATIVES))));
        }
        if (facts.parks() < MIN_PARKS) {
            shortfalls.add(new Shortfall(EcoShortfall.TOO_FEW_PARKS,
                    List.of(String.valueOf(facts.parks()), String.valueOf(MIN_PARKS))));
        }
        List<String> missing = requiredItems.stream()
                .filter(item -> !facts.achievedItems().contains(item.id()))
                .map(Item::name)
                .toList();
        if (!missing.isEmpty()) {
            shortfalls.add(new Shortfall(EcoShortfall.INFRASTRUCTURE_MISSING, List.of(String.join("、", missing))));
        }
        return new Result(facts.community(), facts.keyProject(), households, facts.workers(), required,
                facts.cooperatives(), facts.parks(), missing, List.copyOf(shortfalls));
    }
}
