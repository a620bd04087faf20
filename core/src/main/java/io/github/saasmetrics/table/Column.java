package io.github.saasmetrics.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.saasmetrics.limits.Limits;
import java.util.Currency;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One column of a {@link ResultTable}: its name, its {@link ColumnType}, and what the type needs to
 * print a cell (the currency of a money column, the decimals of a decimal or interval column, the
 * scale of an interval column), plus an optional unit for the heading.
 *
 * <p>Columns are made with the factories, one per type, which validate their arguments:
 * <pre>{@code
 * Column.month("month")
 * Column.money("MRR", "USD")               // heading "MRR (USD)"
 * Column.count("customers")
 * Column.percent("GRR")
 * Column.decimal("lifetime", 1).withUnit("months")   // heading "lifetime (months)"
 * Column.interval("NPS 95% CI", 2, IntervalScale.PLAIN)
 * }</pre>
 *
 * <p>The {@linkplain #heading() heading} is the name followed by the unit in parentheses when there is
 * one; a money column's unit is always its currency code. Text, Markdown, HTML and CSV all head the
 * column with it.
 *
 * <p>The JSON form is the components, nulls left out:
 * {@code {"name":"MRR","type":"MONEY","currency":"USD","decimals":0,"unit":"USD"}}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters, unique in its table
 * @param type the type of the cells, not null
 * @param currency the currency of a {@link ColumnType#MONEY} column, null for every other type
 * @param decimals the decimals a {@link ColumnType#DECIMAL} or {@link ColumnType#INTERVAL} column
 *     prints, from 0 to {@value #MAX_DECIMALS}; 0 for every other type
 * @param unit the unit the heading names, null for none; not blank, at most {@value #MAX_NAME_LENGTH}
 *     characters; for a money column its currency code (null is taken as that)
 * @param intervalScale how an {@link ColumnType#INTERVAL} column reads its bounds, null for every other type
 */
@JsonPropertyOrder({"name", "type", "currency", "decimals", "unit", "intervalScale"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Column(String name, ColumnType type, @Nullable Currency currency, int decimals, @Nullable String unit,
        @Nullable IntervalScale intervalScale) {

    /** The most characters of a column name, a unit or a group name: {@value}. */
    public static final int MAX_NAME_LENGTH = 200;

    /** The most decimals a decimal or interval column prints: {@value}. */
    public static final int MAX_DECIMALS = 20;

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the name or unit is blank or too long, the currency is given for
     *     a type other than money (or missing for money, or has no minor unit), the decimals are out of
     *     range or given for a type that has none, the interval scale is given for a type other than
     *     interval (or missing for interval), or a money column's unit is not its currency code; the
     *     message names the field and quotes the value
     * @throws NullPointerException if the name or type is null
     */
    public Column {
        checkName("name", name);
        Objects.requireNonNull(type, "type");
        if (type == ColumnType.MONEY) {
            Objects.requireNonNull(currency, "currency");
            if (currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException("currency of column '" + Limits.quote(name) + "' must have a minor"
                        + " unit but was " + currency.getCurrencyCode());
            }
            if (unit == null) {
                unit = currency.getCurrencyCode();
            } else if (!unit.equals(currency.getCurrencyCode())) {
                throw new IllegalArgumentException("unit of money column '" + Limits.quote(name)
                        + "' must be its currency " + currency.getCurrencyCode() + " but was '" + Limits.quote(unit)
                        + "'");
            }
        } else if (currency != null) {
            throw new IllegalArgumentException("currency must be null for " + type + " column '" + Limits.quote(name)
                    + "' but was " + currency.getCurrencyCode());
        }
        boolean hasDecimals = type == ColumnType.DECIMAL || type == ColumnType.INTERVAL;
        if (hasDecimals ? decimals < 0 || decimals > MAX_DECIMALS : decimals != 0) {
            throw new IllegalArgumentException("decimals must be " + (hasDecimals ? "from 0 to " + MAX_DECIMALS : "0")
                    + " for " + type + " column '" + Limits.quote(name) + "' but was " + decimals);
        }
        if (type == ColumnType.INTERVAL) {
            Objects.requireNonNull(intervalScale, "intervalScale");
        } else if (intervalScale != null) {
            throw new IllegalArgumentException("intervalScale must be null for " + type + " column '"
                    + Limits.quote(name) + "' but was " + intervalScale);
        }
        if (unit != null) {
            checkName("unit", unit);
        }
    }

    /**
     * Checks a name: not null, not blank, at most {@value #MAX_NAME_LENGTH} characters.
     *
     * @return the name
     */
    static String checkName(String field, @Nullable String name) {
        Objects.requireNonNull(name, field);
        if (name.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + Limits.quote(name) + "'");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(field + " must have at most " + MAX_NAME_LENGTH + " characters but had "
                    + name.length() + ": '" + Limits.quote(name) + "'");
        }
        return name;
    }

    /**
     * A column of free text, such as a segment or a plan.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT, null, 0, null, null);
    }

    /**
     * A column of calendar months ({@link java.time.YearMonth}).
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column month(String name) {
        return new Column(name, ColumnType.MONTH, null, 0, null, null);
    }

    /**
     * A column of reporting periods ({@link io.github.saasmetrics.time.ReportingPeriod}).
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column period(String name) {
        return new Column(name, ColumnType.PERIOD, null, 0, null, null);
    }

    /**
     * A column of whole numbers, such as customers or events.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column count(String name) {
        return new Column(name, ColumnType.COUNT, null, 0, null, null);
    }

    /**
     * A column of amounts in one currency; its heading names the currency: {@code MRR (USD)}.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @param currency the currency of every cell, not null, with a minor unit
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long, or the currency has no minor unit
     */
    public static Column money(String name, Currency currency) {
        return new Column(name, ColumnType.MONEY, Objects.requireNonNull(currency, "currency"), 0, null, null);
    }

    /**
     * A column of amounts in the currency with the given ISO-4217 code.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @param currencyCode the code, such as {@code "USD"}, not null
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long, or the code is unknown
     */
    public static Column money(String name, String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode");
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currencyCode must be an ISO-4217 code but was '"
                    + Limits.quote(currencyCode) + "'", e);
        }
        return money(name, currency);
    }

    /**
     * A column of counted rates ({@link io.github.saasmetrics.stats.Ratio}) printed as percentages
     * with one decimal: 4/15 is {@code 26.7%}.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column percent(String name) {
        return new Column(name, ColumnType.PERCENT, null, 0, null, null);
    }

    /**
     * A column of ratios ({@link io.github.saasmetrics.stats.Ratio}) printed as multiples with two
     * decimals, such as a quick ratio: 403/100 is {@code 4.03×}.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column multiple(String name) {
        return new Column(name, ColumnType.MULTIPLE, null, 0, null, null);
    }

    /**
     * A column of computed fractions (finite {@link Double}s) printed as percentages with one
     * decimal, such as a fitted churn rate: 0.0523 is {@code 5.2%}.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long
     */
    public static Column rate(String name) {
        return new Column(name, ColumnType.RATE, null, 0, null, null);
    }

    /**
     * A column of exact decimals ({@link java.math.BigDecimal}) printed with a fixed number of
     * decimals, rounded half-even: a survival probability 0.913043 is {@code 0.9130} with 4.
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @param decimals the decimals printed, from 0 to {@value #MAX_DECIMALS}
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long, or the decimals are out of range
     */
    public static Column decimal(String name, int decimals) {
        return new Column(name, ColumnType.DECIMAL, null, decimals, null, null);
    }

    /**
     * A column of confidence intervals printed with a fixed number of decimals on a scale:
     * {@code [19.52, 25.39]} ({@link IntervalScale#PLAIN}, 2 decimals) or {@code [19.5%, 25.4%]}
     * ({@link IntervalScale#PERCENT}, 1 decimal, bounds 0.1952 and 0.2539).
     *
     * @param name the name, not blank, at most {@value #MAX_NAME_LENGTH} characters
     * @param decimals the decimals printed, from 0 to {@value #MAX_DECIMALS}
     * @param scale how the bounds read, not null
     * @return the column, not null
     * @throws IllegalArgumentException if the name is blank or too long, or the decimals are out of range
     */
    public static Column interval(String name, int decimals, IntervalScale scale) {
        return new Column(name, ColumnType.INTERVAL, null, decimals, null, Objects.requireNonNull(scale, "scale"));
    }

    /**
     * The same column with a unit for its heading: {@code decimal("lifetime", 1).withUnit("months")}
     * is headed {@code lifetime (months)}.
     *
     * @param unit the unit, not blank, at most {@value #MAX_NAME_LENGTH} characters; for a money column
     *     only its currency code
     * @return the column with the unit, not null
     * @throws IllegalArgumentException if the unit is blank or too long, or differs from a money column's
     *     currency code
     */
    public Column withUnit(String unit) {
        checkName("unit", unit);
        return new Column(name, type, currency, decimals, unit, intervalScale);
    }

    /**
     * The heading that text, Markdown, HTML and CSV print: the name, and the unit in parentheses when
     * there is one: {@code MRR (USD)}, {@code customers}.
     *
     * @return the heading, not null
     */
    public String heading() {
        return unit == null ? name : name + " (" + unit + ")";
    }
}
