package io.github.saasmetrics.table;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The one number formatter: every result's text form and every table use these formats, so that a
 * figure reads the same everywhere. All are locale-independent (a dot as decimal separator, a comma
 * between thousands, whatever the default locale) and round half-even on the exact value.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Money</b> prints with its currency's decimals and thousands separators:
 *       {@link #money} {@code USD 170,831.04}, {@link #amount} {@code 170,831.04} in a column whose
 *       heading names the currency. (A {@link Money}'s own {@code toString()}, {@code USD 170831.04},
 *       is its exact text form that {@code Money.parse} reads back; it has no separators.)</li>
 *   <li><b>A ratio of money</b> shows the amounts, not minor units: {@link #moneyRatio}
 *       {@code 79.07% (USD 170,831.04 / USD 216,045.32)}; a ratio of counts prints as
 *       {@link Ratio#toString()} does, {@code 90.00% (180/200)}.</li>
 *   <li><b>Percentages</b>: two decimals in one-line summaries (as {@code Ratio} prints them), one
 *       decimal in table columns ({@link #percent(Ratio)}, {@link #fixedPercent}), {@code —} when
 *       undefined.</li>
 *   <li><b>An estimate and its interval</b> print with the same decimals: {@link #interval}
 *       {@code [19.52, 25.39]} after {@code 22.46}, {@link #percentInterval} {@code [19.5%, 25.4%]}
 *       after {@code 22.5%}; {@code ConfidenceInterval} prints two decimals, survival probabilities
 *       and their bounds four ({@link #probability}).</li>
 *   <li><b>p-values</b>: four decimals, or {@code < 0.001} below that ({@link #pValue}).</li>
 * </ul>
 *
 * <p>Every text form of a {@link ResultTable} (text, Markdown, HTML) formats its cells here.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Figures {

    /** What an undefined figure prints as in a table cell. */
    public static final String UNDEFINED = "—";

    private Figures() {
    }

    /**
     * The shortest decimal that reads back as the same double, without exponent: 0.75, 14, -0.3.
     *
     * @param value the value, finite
     * @return the text, not null
     */
    public static String number(double value) {
        return new BigDecimal(Double.toString(value + 0.0)).stripTrailingZeros().toPlainString();
    }

    /**
     * A fixed number of decimals, rounded half-even, never a negative zero: fixed(10.25, 1) is 10.2,
     * fixed(-0.01, 1) is 0.0.
     *
     * @param value the value, finite
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String fixed(double value, int decimals) {
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
    }

    /**
     * An exact decimal with a fixed number of decimals, rounded half-even, never a negative zero, as
     * {@link #fixed(double, int)} prints a double: fixed(0.913043, 4) is 0.9130, fixed(-0.04, 1) is 0.0.
     *
     * @param value the value, not null
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String fixed(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
    }

    /**
     * A fraction as a percentage with at most one decimal: 1.05 is 105%, 0.2667 is 26.7%.
     *
     * @param fraction the fraction, finite
     * @return the text, not null
     */
    public static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + "%";
    }

    /**
     * A fraction as a percentage with exactly one decimal, for table columns: 0.2 is 20.0%.
     *
     * @param fraction the fraction, finite
     * @return the text, not null
     */
    public static String fixedPercent(double fraction) {
        return fixedPercent(fraction, 1);
    }

    /**
     * A fraction as a percentage with a fixed number of decimals: 0.19523 with two decimals is 19.52%.
     *
     * @param fraction the fraction, finite
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String fixedPercent(double fraction, int decimals) {
        double percent = fraction * 100;
        if (Double.isFinite(percent)) {
            return fixed(percent, decimals) + "%";
        }
        // Past a hundredth of Double.MAX_VALUE the product overflows; the exact value does not.
        return fixed(new BigDecimal(fraction).movePointRight(2), decimals) + "%";
    }

    /**
     * A ratio as a percentage with exactly one decimal, rounded half-even from the exact ratio, for
     * table columns: 2/3 is 66.7%; {@link #UNDEFINED} when the ratio is undefined.
     *
     * @param ratio the ratio, not null
     * @return the text, not null
     */
    public static String percent(Ratio ratio) {
        return percent(ratio, 1);
    }

    /**
     * A ratio as a percentage with a fixed number of decimals, rounded half-even from the exact
     * ratio: 2/3 with two decimals is 66.67%; {@link #UNDEFINED} when the ratio is undefined.
     *
     * @param ratio the ratio, not null
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String percent(Ratio ratio, int decimals) {
        return ratio.defined() ? ratio.decimal(decimals + 2, RoundingMode.HALF_EVEN).movePointRight(2).toPlainString()
                + "%" : UNDEFINED;
    }

    /**
     * A ratio as a multiple with two decimals, such as a quick ratio: 9/2 is 4.50×;
     * {@link #UNDEFINED} when the ratio is undefined.
     *
     * @param ratio the ratio, not null
     * @return the text, not null
     */
    public static String multiple(Ratio ratio) {
        return ratio.defined() ? ratio.decimal(2, RoundingMode.HALF_EVEN).toPlainString() + "×" : UNDEFINED;
    }

    /**
     * A ratio of two amounts counted in minor units of one currency, as a percentage with two
     * decimals and the amounts: {@code 79.07% (USD 170,831.04 / USD 216,045.32)}, or
     * {@code undefined (USD 0.00 / USD 0.00)}.
     *
     * @param ratio the ratio of minor units, not null
     * @param currency the currency of both amounts, not null
     * @return the text, not null
     */
    public static String moneyRatio(Ratio ratio, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        String amounts = " (" + money(Money.ofMinor(currency, ratio.numerator())) + " / "
                + money(Money.ofMinor(currency, ratio.denominator())) + ")";
        if (!ratio.defined()) {
            return "undefined" + amounts;
        }
        return ratio.decimal(4, RoundingMode.HALF_EVEN).movePointRight(2).toPlainString() + "%" + amounts;
    }

    /**
     * A ratio of two amounts as a multiple with its amounts, such as a quick ratio:
     * {@code 4.52× (USD 323,414.67 / USD 71,504.45)}, or {@code undefined (USD 0.00 / USD 0.00)}.
     *
     * @param ratio the ratio of minor units, not null
     * @param currency the currency of both amounts, not null
     * @return the text, not null
     */
    public static String moneyMultiple(Ratio ratio, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        String amounts = " (" + money(Money.ofMinor(currency, ratio.numerator())) + " / "
                + money(Money.ofMinor(currency, ratio.denominator())) + ")";
        return (ratio.defined() ? multiple(ratio) : "undefined") + amounts;
    }

    /**
     * An amount with its currency's decimals and thousands separators, without the currency, for a
     * column whose heading names it: {@code 170,831.04}, {@code -566.55}, {@code 0.00}.
     *
     * @param money the amount, not null
     * @return the text, not null
     */
    public static String amount(Money money) {
        return grouped(money.amount().toPlainString());
    }

    /**
     * An amount with its currency and thousands separators: {@code USD 170,831.04}, {@code JPY 1,500}.
     *
     * @param money the amount, not null
     * @return the text, not null
     */
    public static String money(Money money) {
        return money.currency().getCurrencyCode() + " " + amount(money);
    }

    /**
     * A labelled term of a sum of amounts, with the sign outside: {@code  + fx 12.00} for a positive
     * or zero amount, {@code  − fx 426.30} for a negative one (a leading space included), so that
     * {@code USD 100.00 − fx 426.30} reads as arithmetic.
     *
     * @param label the term's name, not null
     * @param money the amount, not null
     * @return the text, not null
     */
    public static String term(String label, Money money) {
        return money.negative() ? " − " + label + " " + amount(money.negated()) : " + " + label + " " + amount(money);
    }

    /**
     * A whole number with thousands separators: 3016 is 3,016.
     *
     * @param value the value
     * @return the text, not null
     */
    public static String grouped(long value) {
        return grouped(Long.toString(value));
    }

    /**
     * A decimal with thousands separators in its integer part, its decimals as they are:
     * 172410.5 is 172,410.5.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public static String grouped(BigDecimal value) {
        return grouped(value.toPlainString());
    }

    /** Inserts a comma between every three digits of the integer part of a plain decimal. */
    private static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder sb = new StringBuilder(plain.length() + (end - start) / 3);
        sb.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.append(plain, end, plain.length()).toString();
    }

    /**
     * An interval's bounds with a fixed number of decimals, the same as its estimate's:
     * {@code [19.52, 25.39]}.
     *
     * @param interval the interval, not null
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String interval(ConfidenceInterval interval, int decimals) {
        return interval(interval.lower(), interval.upper(), decimals);
    }

    /**
     * An interval of fractions as percentages with a fixed number of decimals, the same as its
     * estimate's: {@code [19.5%, 25.4%]} for the bounds 0.1952 and 0.2539 with one decimal.
     *
     * @param interval the interval, not null
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String percentInterval(ConfidenceInterval interval, int decimals) {
        return "[" + fixedPercent(interval.lower(), decimals) + ", " + fixedPercent(interval.upper(), decimals) + "]";
    }

    /**
     * An interval whose bounds are already percentages (a CSAT's, say), with a fixed number of
     * decimals and the unit on each bound: {@code [67.25%, 77.65%]}.
     *
     * @param interval the interval, in percent, not null
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String percentPointsInterval(ConfidenceInterval interval, int decimals) {
        return "[" + fixed(interval.lower(), decimals) + "%, " + fixed(interval.upper(), decimals) + "%]";
    }

    /**
     * A multiple with two decimals, such as LTV:CAC: 4.0321 is {@code 4.03×}.
     *
     * @param value the value, finite
     * @return the text, not null
     */
    public static String multiple(double value) {
        return fixed(value, 2) + "×";
    }


    /**
     * Two bounds with a fixed number of decimals: {@code [0.8951, 0.9181]}.
     *
     * @param lower the lower bound, finite
     * @param upper the upper bound, finite
     * @param decimals the number of decimals, zero or more
     * @return the text, not null
     */
    public static String interval(double lower, double upper, int decimals) {
        return "[" + fixed(lower, decimals) + ", " + fixed(upper, decimals) + "]";
    }

    /**
     * A confidence level as a percentage without trailing zeros: 0.95 is {@code 95}, 0.999 is
     * {@code 99.9}.
     *
     * @param level the level, strictly between 0 and 1
     * @return the text, not null
     */
    public static String level(double level) {
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * A p-value: four decimals from 0.001 up ({@code 0.8782}, {@code 0.0094}), {@code < 0.001} below.
     *
     * @param p the p-value, from 0 to 1
     * @return the text, not null
     */
    public static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : fixed(p, 4);
    }

    /**
     * Four significant digits without exponent or trailing zeros: 131, 0.8765, 1235000.
     *
     * @param value the value, finite
     * @return the text, not null
     */
    public static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * Like {@link #significant} with a sign: +3, -0.25, 0.
     *
     * @param value the value, finite
     * @return the text, not null
     */
    public static String signed(double value) {
        String s = significant(value);
        return value > 0 ? "+" + s : s;
    }

    /**
     * A count with its noun: "1 day", "2 days".
     *
     * @param count the count
     * @param singular the noun for one, not null
     * @param plural the noun for any other count, not null
     * @return the text, not null
     */
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
        return fixed(value, 4);
    }
}
