package cn.shequ.platform.yearbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * How a fact is written in the yearbook's style. Without a format a number is written plainly
 * (12000, 320, 1.5) and a list joined with 、. The formats:
 * <ul>
 * <li>{@code 亿}: 万元 as 亿元, one decimal at most (137000 → 13.7, 110000 → 11);</li>
 * <li>{@code 万}: in 万 (1600000 → 160);</li>
 * <li>{@code 余}, {@code 多}: rounded down to two significant figures, followed by 余 or 多 when
 * something was left off (3350 → 3300余, 12450 → 12000多, 213 → 213);</li>
 * <li>{@code 万元约}: an amount in 万元 as the yearbook rounds it (1126 → 1100余万元, 1.2 → 1万多元);</li>
 * <li>{@code 次数}: a small count in words (2 → 两次);</li>
 * <li>{@code 中文}: a small number in words (7 → 七);</li>
 * <li>{@code 和}: a list joined with 、 and a final 和.</li>
 * </ul>
 * A missing fact (or an empty list) gives null: the template shows a gap.
 */
final class Formats {

    static final String[] WORDS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Formats() {
    }

    static String apply(Object value, String format) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            List<String> items = list.stream().map(String::valueOf).toList();
            if ("和".equals(format) && items.size() > 1) {
                return String.join("、", items.subList(0, items.size() - 1)) + "和" + items.get(items.size() - 1);
            }
            return String.join("、", items);
        }
        if (!(value instanceof Number number)) {
            String text = String.valueOf(value);
            return text.isEmpty() ? null : text;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        if (format == null) {
            return plain(decimal);
        }
        return switch (format) {
            case "亿" -> plain(decimal.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP));
            case "万" -> plain(decimal.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP));
            case "余", "多" -> approximately(decimal, format);
            case "万元约" -> decimal.compareTo(BigDecimal.TEN) >= 0
                    ? approximately(decimal, "余") + "万元"
                    : wholeAndMore(decimal) + "元";
            case "次数" -> words(decimal) + "次";
            case "中文" -> words(decimal);
            default -> plain(decimal);
        };
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Two significant figures, rounded down, with 余/多 when anything was left off. */
    static String approximately(BigDecimal value, String suffix) {
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        int digits = whole.precision();
        if (digits <= 2) {
            return plain(value);
        }
        BigDecimal unit = BigDecimal.TEN.pow(digits - 2);
        BigDecimal rounded = whole.divide(unit, 0, RoundingMode.DOWN).multiply(unit);
        return rounded.compareTo(value) == 0 ? plain(rounded) : plain(rounded) + suffix;
    }

    /** Below ten 万元: "1万多" for 1.2 (万元), "3万" for exactly 3. */
    private static String wholeAndMore(BigDecimal wanYuan) {
        BigDecimal whole = wanYuan.setScale(0, RoundingMode.DOWN);
        return plain(whole) + (whole.compareTo(wanYuan) == 0 ? "万" : "万多");
    }

    static String words(BigDecimal value) {
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            return plain(value);
        }
        int n = value.intValue();
        if (n == 2) {
            return "两";
        }
        return n >= 0 && n <= 10 ? WORDS[n] : plain(value);
    }
}
