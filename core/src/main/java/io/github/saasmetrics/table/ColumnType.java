package io.github.saasmetrics.table;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What a {@link Column} of a {@link ResultTable} holds: the Java type of its cells and how they
 * print. Every form of a table (text, Markdown, HTML, CSV, JSON) follows one rule per type:
 *
 * <table>
 *   <caption>How each column type prints</caption>
 *   <tr><th>type</th><th>cell</th><th>text, Markdown, HTML</th><th>CSV and HTML {@code data-value}</th><th>JSON</th></tr>
 *   <tr><td>{@link #TEXT}</td><td>{@link String}</td><td>the text</td><td>the text (no {@code data-value})</td><td>a string</td></tr>
 *   <tr><td>{@link #MONTH}</td><td>{@link YearMonth}</td><td>{@code 2024-03}</td><td>{@code 2024-03}</td><td>{@code "2024-03"}</td></tr>
 *   <tr><td>{@link #PERIOD}</td><td>{@link ReportingPeriod}</td><td>{@code 2024-Q1}</td><td>{@code 2024-Q1}</td><td>{@code "2024-Q1"}</td></tr>
 *   <tr><td>{@link #COUNT}</td><td>{@link Long}</td><td>{@code 172,410}</td><td>{@code 172410}</td><td>{@code 172410}</td></tr>
 *   <tr><td>{@link #MONEY}</td><td>{@link Money}</td><td>{@code 1,234.50} (currency in the heading)</td><td>{@code 1234.50}</td><td>{@code "USD 1234.50"}</td></tr>
 *   <tr><td>{@link #PERCENT}</td><td>{@link Ratio}</td><td>{@code 26.7%}</td><td>{@code 0.26666666666666666}</td><td>{@code {"numerator":4,"denominator":15}}</td></tr>
 *   <tr><td>{@link #MULTIPLE}</td><td>{@link Ratio}</td><td>{@code 4.03×}</td><td>{@code 4.03}</td><td>{@code {"numerator":403,"denominator":100}}</td></tr>
 *   <tr><td>{@link #RATE}</td><td>{@link Double}</td><td>{@code 5.2%}</td><td>{@code 0.0523}</td><td>{@code 0.0523}</td></tr>
 *   <tr><td>{@link #DECIMAL}</td><td>{@link BigDecimal}</td><td>the column's decimals: {@code 0.9130}</td><td>{@code 0.913043}</td><td>{@code "0.913043"}</td></tr>
 *   <tr><td>{@link #INTERVAL}</td><td>{@link ConfidenceInterval}</td><td>{@code [19.52, 25.39]} or {@code [19.5%, 25.4%]}</td><td>three fields: lower, upper, level</td><td>{@code {"lower":..,"upper":..,"level":0.95}}</td></tr>
 * </table>
 *
 * <p>A null cell is undefined or missing in every type; so is an undefined {@link Ratio}. Both print
 * as {@link Figures#UNDEFINED} and are an empty CSV field.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ColumnType {

    /** Free text, such as a segment or a customer name: a {@link String}, left-aligned. */
    TEXT(String.class, false),
    /**
     * A calendar month: a {@link YearMonth}, left-aligned, written in ISO 8601 as {@code 2024-03}
     * ({@code +10000-01} past year 9999, so that {@link YearMonth#parse} reads every month back).
     */
    MONTH(YearMonth.class, false),
    /** A reporting period: a {@link ReportingPeriod}, left-aligned, written as its {@code toString()}. */
    PERIOD(ReportingPeriod.class, false),
    /**
     * A whole number such as customers: a {@link Long} ({@link Integer}, {@link Short} and
     * {@link Byte} cells are widened), printed with thousands separators, {@code 172,410}.
     */
    COUNT(Long.class, true),
    /**
     * An amount: a {@link Money} in the column's currency (another currency is a
     * {@link io.github.saasmetrics.money.CurrencyMismatchException}), printed with the currency's
     * decimals and thousands separators under a heading that names the currency, {@code MRR (USD)}.
     */
    MONEY(Money.class, true),
    /**
     * A rate counted from whole numbers: a {@link Ratio}, numerator and denominator kept, printed as
     * a percentage with one decimal, {@code 26.7%} for 4/15.
     */
    PERCENT(Ratio.class, true),
    /**
     * A ratio read as a multiple, such as a quick ratio or LTV:CAC: a {@link Ratio}, printed with two
     * decimals and {@code ×}, {@code 4.03×}.
     */
    MULTIPLE(Ratio.class, true),
    /**
     * A fraction computed rather than counted, such as a fitted monthly churn rate: a finite
     * {@link Double}, printed as a percentage with one decimal, {@code 5.2%} for 0.0523.
     */
    RATE(Double.class, true),
    /**
     * An exact decimal, such as months of lifetime or a survival probability: a {@link BigDecimal},
     * printed with the column's {@linkplain Column#decimals() decimals}, rounded half-even.
     */
    DECIMAL(BigDecimal.class, true),
    /**
     * A confidence interval: a {@link ConfidenceInterval}, printed with the column's decimals on the
     * column's {@linkplain Column#intervalScale() scale}: {@code [19.52, 25.39]} as it is, or
     * {@code [19.5%, 25.4%]} for bounds that are fractions.
     */
    INTERVAL(ConfidenceInterval.class, true);

    private final Class<?> javaType;
    private final boolean numeric;

    ColumnType(Class<?> javaType, boolean numeric) {
        this.javaType = javaType;
        this.numeric = numeric;
    }

    /**
     * The class of the cells of this type, as {@link ResultTable#value(int, String)} returns them.
     *
     * @return the class, not null
     */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * Whether cells of this type are numbers: right-aligned, marked {@code class="num"} in HTML and
     * written in CSV as plain decimals. {@link #TEXT}, {@link #MONTH} and {@link #PERIOD} are not.
     *
     * @return true for the number types
     */
    public boolean numeric() {
        return numeric;
    }
}
