package cn.shequ.platform.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.util.NumberPointType;
import org.thymeleaf.util.NumberUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** How numbers read on pages: the fixed formats print what Thymeleaf's number formatting printed before them. */
class FigureFormatTest {

    final FigureFormat format = new FigureFormat();

    @Test
    void fixedDecimalsPrintAsThymeleafsFormatDecimal() {
        for (String value : new String[] {"0", "2.345", "2.355", "0.5", "1.5", "2.5", "-1.005", "1234567.125", "3356.49",
                "1600000", "320", "1.22", "99999999.995"}) {
            BigDecimal number = new BigDecimal(value);
            for (int decimals = 0; decimals <= 2; decimals++) {
                assertThat(format.fixed(number, decimals)).as(value + " with " + decimals)
                        .isEqualTo(NumberUtils.format(number, 1, NumberPointType.COMMA, decimals, NumberPointType.POINT,
                                Locale.CHINA));
            }
            assertThat(format.whole(number)).isEqualTo(NumberUtils.format(number, 1, NumberPointType.COMMA, Locale.CHINA));
        }
        assertThat(format.money(3356.49)).isEqualTo("3,356.49");
        assertThat(format.whole(3350)).isEqualTo("3,350");
        assertThat(format.fixed(null, 2)).isNull();
    }

    @Test
    void figuresDropTrailingZeros() {
        assertThat(format.format(new BigDecimal("1600000.00"))).isEqualTo("1,600,000");
        assertThat(format.format(new BigDecimal("1.20"))).isEqualTo("1.2");
        assertThat(format.format(null)).isEqualTo("—");
    }
}
