package cn.shequ.platform.ecotown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import cn.shequ.platform.ecotown.CommunityStandards.EcoShortfall;
import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import org.junit.jupiter.api.Test;

/** The standards rules: staff per households, cooperatives, parks and the infrastructure list. */
class CommunityStandardsTest {

    static final List<CommunityStandards.Item> ITEMS = List.of(new CommunityStandards.Item(1, "道路硬化"),
            new CommunityStandards.Item(2, "通公交"), new CommunityStandards.Item(3, "污水集中处理"));

    @Test
    void aCommunityNeedsOneWorkerPer500HouseholdsAndAtLeastThree() {
        assertThat(CommunityStandards.requiredWorkers(0)).isEqualTo(3);
        assertThat(CommunityStandards.requiredWorkers(1500)).isEqualTo(3);
        assertThat(CommunityStandards.requiredWorkers(1501)).isEqualTo(4);
        assertThat(CommunityStandards.requiredWorkers(2180)).isEqualTo(5);
        assertThat(CommunityStandards.requiredWorkers(3860)).isEqualTo(8);
        assertThat(CommunityStandards.requiredWorkers(4000)).isEqualTo(8);
        assertThat(EcoTownFigures.HOUSEHOLDS_PER_WORKER).isEqualTo(500);
        assertThat(EcoTownFigures.MIN_WORKERS).isEqualTo(3);
    }

    @Test
    void aCommunityWithEverythingMeetsTheStandards() {
        CommunityStandards.Result result = CommunityStandards.check(facts(3860, 8, 1, 1, Set.of(1L, 2L, 3L)), ITEMS);
        assertThat(result.meets()).isTrue();
        assertThat(result.requiredWorkers()).isEqualTo(8);
        assertThat(result.missingItems()).isEmpty();
    }

    @Test
    void eachShortfallIsNamedWithItsFigures() {
        CommunityStandards.Result result = CommunityStandards.check(facts(2180, 3, 0, 0, Set.of(1L)), ITEMS);
        assertThat(result.meets()).isFalse();
        assertThat(result.shortfalls()).extracting(CommunityStandards.Shortfall::kind).containsExactly(
                EcoShortfall.TOO_FEW_WORKERS, EcoShortfall.TOO_FEW_COOPERATIVES, EcoShortfall.TOO_FEW_PARKS,
                EcoShortfall.INFRASTRUCTURE_MISSING);
        assertThat(result.shortfalls().get(0).args()).containsExactly("3", "5", "2180");
        assertThat(result.missingItems()).containsExactly("通公交", "污水集中处理");
        assertThat(result.shortfalls().get(3).args()).containsExactly("通公交、污水集中处理");
        assertThat(result.shortfalls().get(3).messageKey()).isEqualTo("ecotown.shortfall.INFRASTRUCTURE_MISSING");
    }

    @Test
    void aCommunityWithoutAStaffCountFallsShort() {
        CommunityStandards.Result result = CommunityStandards.check(facts(1000, null, 1, 1, Set.of(1L, 2L, 3L)), ITEMS);
        assertThat(result.shortfalls()).extracting(CommunityStandards.Shortfall::kind)
                .containsExactly(EcoShortfall.NO_STAFF_COUNT);
    }

    @Test
    void exactlyTheRequiredNumberOfWorkersIsEnough() {
        assertThat(CommunityStandards.check(facts(2500, 5, 1, 1, Set.of(1L, 2L, 3L)), ITEMS).meets()).isTrue();
        assertThat(CommunityStandards.check(facts(2501, 5, 1, 1, Set.of(1L, 2L, 3L)), ITEMS).meets()).isFalse();
    }

    @Test
    void onlyTheItemsRequiredCount() {
        CommunityStandards.Result result = CommunityStandards.check(facts(900, 3, 1, 1, Set.of(1L, 9L)),
                List.of(new CommunityStandards.Item(1, "道路硬化")));
        assertThat(result.meets()).isTrue();
    }

    static CommunityStandards.Facts facts(int households, Integer workers, long cooperatives, long parks, Set<Long> items) {
        CommunityRef community = new CommunityRef(1, "370782002002", "岔道口社区", "/370000/370700/370782/370782002/370782002002/",
                2, "龙都街道", CommunityKind.RURAL_NEW, households, households * 3, true, false, null);
        return new CommunityStandards.Facts(community, workers, cooperatives, parks, items, false);
    }
}
