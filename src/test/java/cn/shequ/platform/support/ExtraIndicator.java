package cn.shequ.platform.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.shequ.platform.indicator.IndicatorDefinition;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.indicator.Unit;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One more indicator and yearbook table, declared as a work stream declares its own (a bean each,
 * plus the messages in {@code i18n/testfigures*.properties}): the communities under the region. It is
 * in the shared context of the integration tests but contributes nothing until a test switches it on
 * ({@link #switchOn}), so the other tests see the platform's own figures only.
 */
public final class ExtraIndicator {

    public static final String KEY = "test.communities";

    private static final AtomicBoolean ON = new AtomicBoolean();

    private ExtraIndicator() {
    }

    public static void switchOn() {
        ON.set(true);
    }

    public static void switchOff() {
        ON.set(false);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        static final String COMMUNITIES = "select count(*) from region where level = 'COMMUNITY' and path like ?";

        @Bean
        @Order(65)
        IndicatorSource<Long> extraIndicatorSource(JdbcTemplate jdbc) {
            List<IndicatorDefinition<Long>> indicators = List.of(new IndicatorDefinition<>(KEY, WorkStream.GENERAL,
                    Unit.COUNT, false, null, n -> n, null, (year, region) -> "/regions?region=" + region));
            return new IndicatorSource<>() {

                @Override
                public List<IndicatorDefinition<Long>> indicators() {
                    return ON.get() ? indicators : List.of();
                }

                @Override
                public Long figures(int year, cn.shequ.platform.region.RegionRef region) {
                    return jdbc.queryForObject(COMMUNITIES, Long.class, region.path() + "%");
                }
            };
        }

        @Bean
        @Order(65)
        StatTableSource extraTable(JdbcTemplate jdbc) {
            return (year, region, areas) -> !ON.get() ? List.of() : List.of(new StatTable("测试社区", year + "年社区数",
                    "单位：个", List.of(areas.header(), "社区"), List.of(),
                    StatTable.Row.of("合计", jdbc.queryForObject(COMMUNITIES, Long.class, region.path() + "%")), List.of()));
        }
    }
}
