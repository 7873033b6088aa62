package cn.shequ.platform.yearbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Figures written as the yearbook writes them. */
class FormatsTest {

    @Test
    void writesMoneyAndAreasInTheYearbooksUnits() {
        assertThat(Formats.apply(137000, "亿")).isEqualTo("13.7");
        assertThat(Formats.apply(new BigDecimal("110000.00"), "亿")).isEqualTo("11");
        assertThat(Formats.apply(1600000, "万")).isEqualTo("160");
        assertThat(Formats.apply(new BigDecimal("1126.50"), "万元约")).isEqualTo("1100余万元");
        assertThat(Formats.apply(new BigDecimal("1.2"), "万元约")).isEqualTo("1万多元");
        assertThat(Formats.apply(new BigDecimal("3"), "万元约")).isEqualTo("3万元");
    }

    @Test
    void roundsDownWithYuOrDuo() {
        assertThat(Formats.apply(3350, "余")).isEqualTo("3300余");
        assertThat(Formats.apply(12450, "多")).isEqualTo("12000多");
        assertThat(Formats.apply(12000, "多")).isEqualTo("12000");
        assertThat(Formats.apply(213, "余")).isEqualTo("210余");
        assertThat(Formats.apply(213, null)).isEqualTo("213");
        assertThat(Formats.apply(84, "余")).isEqualTo("84");
    }

    @Test
    void writesSmallCountsInWords() {
        assertThat(Formats.apply(2, "次数")).isEqualTo("两次");
        assertThat(Formats.apply(1, "次数")).isEqualTo("一次");
        assertThat(Formats.apply(8, "中文")).isEqualTo("八");
        assertThat(Formats.apply(30, "中文")).isEqualTo("30");
    }

    @Test
    void joinsLists() {
        assertThat(Formats.apply(List.of("昌城镇昌城社区", "辛兴镇辛兴社区", "相州镇相州社区"), "和"))
                .isEqualTo("昌城镇昌城社区、辛兴镇辛兴社区和相州镇相州社区");
        assertThat(Formats.apply(List.of("东山社区", "辛兴社区"), null)).isEqualTo("东山社区、辛兴社区");
    }

    @Test
    void somethingMissingIsNotZero() {
        assertThat(Formats.apply(null, "亿")).isNull();
        assertThat(Formats.apply(List.of(), null)).isNull();
        assertThat(Formats.apply("", null)).isNull();
        assertThat(Formats.apply(0, null)).isEqualTo("0");
    }
}
