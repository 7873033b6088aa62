package cn.shequ.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How figures read on pages ({@code @figureFormat}): grouped digits, no trailing zeros; money in 万元
 * shown in 亿元 where large.
 */
@Component("figureFormat")
public class FigureFormat {

    public String format(Number value) {
        if (value == null) {
            return "—";
        }
        BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(number);
    }

    /**
     * A number with a fixed count of decimals, digits grouped, rounded half to even (as the pages'
     * {@code #numbers.formatDecimal} did); null stays null, so a page shows nothing.
     */
    public String fixed(Number value, int decimals) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(value.toString()));
    }

    /** An amount of money (万元) as the lists show it: two decimals, digits grouped. */
    public String money(Number value) {
        return fixed(value, 2);
    }

    /** A whole number (households, counts, 亩 in lists), digits grouped. */
    public String whole(Number value) {
        return fixed(value, 0);
    }

    /** A table cell: a number formatted, text as it is. */
    public String cell(Object value) {
        return value instanceof Number number ? format(number) : value == null ? "" : String.valueOf(value);
    }

    /** 万元 as 亿元 with one decimal (137000 → 13.7). */
    public String yi(Number wanYuan) {
        if (wanYuan == null) {
            return "—";
        }
        return new BigDecimal(wanYuan.toString()).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The change from one value to the next, signed ("+3", "-1.5", "0"). */
    public String change(Number now, Number before) {
        if (now == null || before == null) {
            return "—";
        }
        BigDecimal difference = new BigDecimal(now.toString()).subtract(new BigDecimal(before.toString()));
        return (difference.signum() > 0 ? "+" : "") + format(difference);
    }
}
