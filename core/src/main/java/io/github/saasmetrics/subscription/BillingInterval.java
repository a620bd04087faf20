package io.github.saasmetrics.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.limits.Limits;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a subscription is billed: a unit (day, week, month or year) and a count, such as every
 * 3 months or every 2 years.
 *
 * <p><b>Monthly normalisation.</b> A price billed once per interval is worth, per month:
 * <ul>
 *   <li>every {@code k} months: price ÷ {@code k} (quarterly ÷ 3);</li>
 *   <li>every {@code k} years: price ÷ (12 {@code k});</li>
 *   <li>every {@code k} weeks: price × 52 ÷ (12 {@code k});</li>
 *   <li>every {@code k} days: price × 365 ÷ (12 {@code k}).</li>
 * </ul>
 * {@link #monthlyNumerator()} and {@link #monthlyDenominator()} give that factor as an exact
 * fraction. Example: $1,200 a year is $1,200 × 1/12 = $100 a month; $10 a week is
 * $10 × 52/12 = $43.33 a month.
 *
 * <p>The text form is ISO-8601's period form: {@code P1M}, {@code P3M}, {@code P1Y}, {@code P2W},
 * {@code P1D}; {@link #toString()} and {@link #parse(CharSequence)} round-trip.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param unit the unit, not null
 * @param count the number of units per billing period, at least 1
 */
public record BillingInterval(Unit unit, int count) {

    /** The unit of a billing interval. */
    public enum Unit {
        /** Days; a month is 365/12 days. */
        DAY('D'),
        /** Weeks; a month is 52/12 weeks. */
        WEEK('W'),
        /** Calendar months. */
        MONTH('M'),
        /** Calendar years of 12 months. */
        YEAR('Y');

        private final char letter;

        Unit(char letter) {
            this.letter = letter;
        }
    }

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the count is less than 1
     */
    public BillingInterval {
        Objects.requireNonNull(unit, "unit");
        if (count < 1) {
            throw new IllegalArgumentException("interval count must be at least 1 but was " + count);
        }
    }

    /**
     * Obtains an interval of {@code count} units.
     *
     * @param count the number of units, at least 1
     * @param unit the unit, not null
     * @return the interval, not null
     */
    public static BillingInterval every(int count, Unit unit) {
        return new BillingInterval(unit, count);
    }

    /** @return billed every month, not null */
    public static BillingInterval monthly() {
        return new BillingInterval(Unit.MONTH, 1);
    }

    /** @return billed every 3 months, not null */
    public static BillingInterval quarterly() {
        return new BillingInterval(Unit.MONTH, 3);
    }

    /** @return billed every year, not null */
    public static BillingInterval annual() {
        return new BillingInterval(Unit.YEAR, 1);
    }

    /** @return billed every week, not null */
    public static BillingInterval weekly() {
        return new BillingInterval(Unit.WEEK, 1);
    }

    /** @return billed every day, not null */
    public static BillingInterval daily() {
        return new BillingInterval(Unit.DAY, 1);
    }

    /**
     * Parses the ISO-8601 period form, such as {@code P1M}, {@code P3M}, {@code P1Y}, {@code P2W}.
     *
     * @param text the text, not null
     * @return the interval, not null
     * @throws IllegalArgumentException if the text is not one number and one of {@code D W M Y}
     */
    @JsonCreator
    public static BillingInterval parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.matches("P[1-9]\\d{0,9}[DWMY]")) {
            char letter = s.charAt(s.length() - 1);
            long count = Long.parseLong(s.substring(1, s.length() - 1));
            for (Unit unit : Unit.values()) {
                if (unit.letter == letter && count <= Integer.MAX_VALUE) {
                    return new BillingInterval(unit, (int) count);
                }
            }
        }
        throw new IllegalArgumentException("billing interval must look like P1M, P3M, P1Y, P2W or P1D (a count from 1 to "
                + Integer.MAX_VALUE + ") but was '" + Limits.quote(s) + "'");
    }

    /**
     * The numerator of the factor that turns a price per interval into a price per month.
     *
     * @return 1 for months and years, 52 for weeks, 365 for days
     */
    public long monthlyNumerator() {
        return switch (unit) {
            case DAY -> 365;
            case WEEK -> 52;
            case MONTH, YEAR -> 1;
        };
    }

    /**
     * The denominator of the factor that turns a price per interval into a price per month.
     *
     * @return {@code count} for months, {@code 12 × count} otherwise
     */
    public long monthlyDenominator() {
        return unit == Unit.MONTH ? count : 12L * count;
    }

    /**
     * The date one interval after a date: the end, exclusive, of a billing period that starts there.
     * Months and years keep the day of month where it exists (Jan 31 + 1 month = Feb 29 in a leap year).
     *
     * @param date the start of a billing period, not null
     * @return the start of the next billing period, not null
     * @throws java.time.DateTimeException if the date would be beyond the range of {@link LocalDate}
     */
    public LocalDate addTo(LocalDate date) {
        return addTo(date, 1);
    }

    /**
     * The date {@code n} intervals after a date, counted from that date so that month ends do not drift.
     *
     * @param date the anchor date, not null
     * @param n the number of intervals, zero or more
     * @return the date, not null
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws java.time.DateTimeException if the date would be beyond the range of {@link LocalDate}
     * @throws ArithmeticException if {@code n × count} overflows a {@code long}
     */
    public LocalDate addTo(LocalDate date, long n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("the number of intervals must not be negative but was " + n);
        }
        long units;
        try {
            units = Math.multiplyExact(n, count);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(n + " intervals of " + this + " overflow a long");
        }
        return switch (unit) {
            case DAY -> date.plusDays(units);
            case WEEK -> date.plusWeeks(units);
            case MONTH -> date.plusMonths(units);
            case YEAR -> date.plusYears(units);
        };
    }

    /**
     * The ISO-8601 period form, such as {@code P1M} or {@code P1Y}.
     *
     * @return the text form, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return "P" + count + unit.letter;
    }
}
