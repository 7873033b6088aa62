package cn.shequ.platform.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) such as 诸社办发〔2015〕1号: the issuer's code, the year, the serial.
 * People type the year's brackets as 〔〕, [], ［］, （） or ()，with or without spaces and 号; the
 * register keeps one canonical form with 〔〕.
 */
public final class DocumentNumber {

    static final Pattern FORM = Pattern.compile(
            "^\\s*([\\p{IsHan}A-Za-z]{1,20})\\s*[\\[〔［(（【]\\s*(\\d{4})\\s*[\\]〕］)）】]\\s*(\\d{1,4})\\s*号?\\s*$");

    private DocumentNumber() {
    }

    /** The canonical form of a typed document number, or empty when it is not one. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + "〔" + matcher.group(2) + "〕" + Integer.parseInt(matcher.group(3)) + "号");
    }

    /** The year a canonical number carries. */
    static int yearOf(String canonical) {
        Matcher matcher = FORM.matcher(canonical);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a document number: " + canonical);
        }
        return Integer.parseInt(matcher.group(2));
    }
}
