package io.github.saasmetrics.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number formats every result's text form uses, so that a figure reads the same in every table:
 * shortest round-tripping decimals, fixed decimals rounded half-even, percentages, probabilities.
 * All are locale-independent (a dot as decimal separator, whatever the default locale).
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Figures {

    private Figures() {
    }

    /** The shortest decimal that reads back as the same double, without exponent: 0.75, 14, -0.3. */
    public static String number(double value) {
        return new BigDecimal(Double.toString(value + 0.0)).stripTrailingZeros().toPlainString();
    }

    /** A fixed number of decimals, rounded half-even: fixed(10.25, 1) is 10.2. */
    public static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A fraction as a percentage with at most one decimal: 1.05 is 105%, 0.2667 is 26.7%. */
    public static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** A fraction as a percentage with exactly one decimal, for table columns: 0.2 is 20.0%. */
    public static String fixedPercent(double fraction) {
        return fixed(fraction * 100, 1) + "%";
    }

    /** Four significant digits without exponent or trailing zeros: 131, 0.8765, 1235000. */
    public static String significant(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /** Like {@link #significant} with a sign: +3, -0.25, 0. */
    public static String signed(double value) {
        String s = significant(value);
        return value > 0 ? "+" + s : s;
    }

    /** "1 day", "2 days". */
    public static String plural(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /**
     * A probability with four decimals, for survival and fit tables: 0.5 is 0.5000.
     *
     * @param value the value, finite
     * @return the text, not null
     */
    public static String probability(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
