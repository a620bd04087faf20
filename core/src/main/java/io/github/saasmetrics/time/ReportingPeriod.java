package io.github.saasmetrics.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.limits.Limits;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * A half-open range of dates {@code [start, endExclusive)} over which a metric is measured.
 *
 * <p>Calendar periods have names: a month {@code 2024-03}, a quarter {@code 2024-Q1} and a year
 * {@code 2024}. Any other range is written {@code 2024-01-15/2024-02-15}, start inclusive and end
 * exclusive (the ISO-8601 interval form). A range whose dates happen to form a calendar period
 * <em>is</em> that period: {@code of(2024-03-01, 2024-04-01)} equals {@code month(2024-03)} and
 * prints as {@code 2024-03}. {@link #toString()} and {@link #parse(CharSequence)} round-trip, and the
 * same text is the JSON form.
 *
 * <p>Empty and reversed ranges are rejected: every period holds at least one day.
 *
 * <p><b>Range.</b> Every period lies within the dates {@link LocalDate} holds, {@code -999999999-01-01}
 * to {@code +999999999-12-31}: calendar years from -999,999,999 to 999,999,998, and in year
 * 999,999,999 the months up to November and the quarters up to the third. Years print as
 * {@link YearMonth} prints them: at least four digits ({@code 0999-Q1}, {@code -0044}), without a
 * sign above 9999 ({@code 10000-03}); custom ranges print their dates as {@link LocalDate} does
 * ({@code +10000-01-15/+10000-02-15}). Every period in the range round-trips through its text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod>, Serializable {

    private static final long serialVersionUID = 1L;

    /** A year as text: four digits at least, a sign when negative, an optional plus above four digits. */
    private static final String YEAR_TEXT = "([+-]?\\d{4,9})";
    private static final Pattern YEAR = Pattern.compile(YEAR_TEXT);
    private static final Pattern QUARTER = Pattern.compile(YEAR_TEXT + "-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile(YEAR_TEXT + "-(\\d{2})");

    /**
     * Longer than any text {@link #parse} accepts ({@code +0999999999-12-31/+0999999999-12-31}, 35
     * characters: the date parser takes years of up to ten digits), so longer texts are refused unread.
     */
    private static final int LONGEST_TEXT = 40;

    /** The shape of a period, which decides its text form and its neighbours. */
    private enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    private final LocalDate start;
    private final LocalDate endExclusive;

    private ReportingPeriod(LocalDate start, LocalDate endExclusive) {
        this.start = start;
        this.endExclusive = endExclusive;
    }

    /**
     * Obtains the period {@code [start, endExclusive)}.
     *
     * @param start the first day, inclusive, not null
     * @param endExclusive the day after the last day, not null, after {@code start}
     * @return the period, not null
     * @throws IllegalArgumentException if {@code endExclusive} is not after {@code start}
     */
    public static ReportingPeriod of(LocalDate start, LocalDate endExclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("endExclusive must be after start but was start=" + start
                    + ", endExclusive=" + endExclusive);
        }
        return new ReportingPeriod(start, endExclusive);
    }

    /**
     * Obtains the period {@code [start, endInclusive]}.
     *
     * @param start the first day, inclusive, not null
     * @param endInclusive the last day, inclusive, not null, not before {@code start}, before {@link LocalDate#MAX}
     * @return the period, not null
     * @throws IllegalArgumentException if {@code endInclusive} is before {@code start} or is {@link LocalDate#MAX}
     */
    public static ReportingPeriod ofClosed(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("endInclusive must not be before start but was start=" + start
                    + ", endInclusive=" + endInclusive);
        }
        if (endInclusive.equals(LocalDate.MAX)) {
            throw new IllegalArgumentException("endInclusive must be before " + LocalDate.MAX
                    + ": a period ends on the day after its last, and no LocalDate comes after that one");
        }
        return new ReportingPeriod(start, endInclusive.plusDays(1));
    }

    /**
     * Obtains a calendar month.
     *
     * @param month the month, not null; at most {@code 999999999-11}
     * @return the period from the first of the month to the first of the next, not null
     * @throws IllegalArgumentException if the month is {@code 999999999-12}, whose end no {@link LocalDate} holds
     */
    public static ReportingPeriod month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new ReportingPeriod(month.atDay(1), endAfterMonths(month.atDay(1), 1, "month " + month));
    }

    /** The date some months after a start, or an exception saying the period would end out of range. */
    private static LocalDate endAfterMonths(LocalDate start, long months, String what) {
        if (start.getYear() == LocalDate.MAX.getYear() && start.getMonthValue() + months > 12) {
            throw new IllegalArgumentException(what + " would end after " + LocalDate.MAX
                    + ", the last date a reporting period can hold (years from " + Year.MIN_VALUE + " to "
                    + (Year.MAX_VALUE - 1) + ", and in " + Year.MAX_VALUE + " months up to November)");
        }
        return start.plusMonths(months);
    }

    /** The first of a month, or an exception naming the supported years. */
    private static LocalDate firstDay(long year, int month, String what) {
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new IllegalArgumentException(what + " is out of range: years go from " + Year.MIN_VALUE + " to "
                    + (Year.MAX_VALUE - 1) + " (and months of " + Year.MAX_VALUE + " up to November)");
        }
        return LocalDate.of((int) year, month, 1);
    }

    /**
     * Obtains a consecutive run of calendar months, both ends inclusive.
     *
     * @param first the first month, not null
     * @param lastInclusive the last month, not null, not before {@code first}, at most {@code 999999999-11}
     * @return the period, not null
     * @throws IllegalArgumentException if {@code lastInclusive} is before {@code first} or out of range
     */
    public static ReportingPeriod months(YearMonth first, YearMonth lastInclusive) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(lastInclusive, "lastInclusive");
        if (lastInclusive.isBefore(first)) {
            throw new IllegalArgumentException("lastInclusive must not be before first but was first=" + first
                    + ", lastInclusive=" + lastInclusive);
        }
        return new ReportingPeriod(first.atDay(1), endAfterMonths(lastInclusive.atDay(1), 1,
                "months " + first + " to " + lastInclusive));
    }

    /**
     * Obtains a calendar quarter.
     *
     * @param year the year, from -999,999,999 to 999,999,998, or 999,999,999 for the first three quarters
     * @param quarter the quarter, from 1 to 4
     * @return the period, not null
     * @throws IllegalArgumentException if the quarter is not 1 to 4 or the year is out of range
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4 but was " + quarter);
        }
        String what = "quarter " + year + "-Q" + quarter;
        LocalDate start = firstDay(year, 3 * quarter - 2, what);
        return new ReportingPeriod(start, endAfterMonths(start, 3, what));
    }

    /**
     * Obtains a calendar year.
     *
     * @param year the year, from -999,999,999 to 999,999,998
     * @return the period, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod year(int year) {
        String what = "year " + year;
        LocalDate start = firstDay(year, 1, what);
        return new ReportingPeriod(start, endAfterMonths(start, 12, what));
    }

    /**
     * Parses {@code 2024-03}, {@code 2024-Q1}, {@code 2024} or {@code 2024-01-15/2024-02-15}: the
     * forms {@link #toString()} writes. Years of more than four digits may carry a {@code +} sign, as
     * ISO-8601 writes them.
     *
     * @param text the text, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the text is none of those forms or out of range (the message quotes it)
     */
    @JsonCreator
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > LONGEST_TEXT) {
            throw new IllegalArgumentException(badText(text) + ": longer than any period's text (" + LONGEST_TEXT
                    + " characters)");
        }
        String s = text.toString();
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
            }
            Matcher quarter = QUARTER.matcher(s);
            if (quarter.matches()) {
                return quarter(Integer.parseInt(quarter.group(1)), quarter.group(2).charAt(0) - '0');
            }
            if (YEAR.matcher(s).matches()) {
                return year(Integer.parseInt(s));
            }
            Matcher month = MONTH.matcher(s);
            if (month.matches()) {
                return month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(badText(s) + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(badText(s));
    }

    private static String badText(CharSequence s) {
        return "reporting period must look like 2024-03, 2024-Q1, 2024 or 2024-01-15/2024-02-15 but was '"
                + Limits.quote(s) + "'";
    }

    /**
     * The first day, inclusive.
     *
     * @return the start, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The day after the last day.
     *
     * @return the exclusive end, not null
     */
    public LocalDate endExclusive() {
        return endExclusive;
    }

    /**
     * The last day, inclusive.
     *
     * @return the last day, not null
     */
    public LocalDate endInclusive() {
        return endExclusive.minusDays(1);
    }

    /**
     * The number of days in the period.
     *
     * @return the length, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    /**
     * Whether a date lies in the period.
     *
     * @param date the date, not null
     * @return true if {@code start ≤ date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && date.isBefore(endExclusive);
    }

    /**
     * Whether a whole period lies inside this one.
     *
     * @param other the other period, not null
     * @return true if {@code other} starts no earlier and ends no later than this period
     */
    public boolean encloses(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
    }

    /**
     * The calendar months the period touches, in order. {@code 2024-Q1} gives January to March;
     * {@code 2024-01-15/2024-02-15} gives January and February.
     *
     * <p>The list is computed, not stored: it takes constant memory whatever the period's length, and
     * {@code get(i)} is {@code firstMonth().plusMonths(i)}. Check {@link #monthCount()} before
     * iterating a period a caller supplied: it may touch billions of months.
     *
     * @return the months, not null, not empty, unmodifiable, random access
     * @throws IllegalStateException if the period touches more than {@link Integer#MAX_VALUE} months,
     *     more than a list can count (only periods of more than 178 million years do)
     */
    public List<YearMonth> months() {
        long count = monthCount();
        if (count > Integer.MAX_VALUE) {
            throw new IllegalStateException("period " + this + " touches " + count + " months, more than a list holds ("
                    + Integer.MAX_VALUE + ")");
        }
        return new MonthList(firstMonth(), (int) count);
    }

    /**
     * The number of calendar months the period touches: 3 for {@code 2024-Q1}, 2 for
     * {@code 2024-01-15/2024-02-15}, 1 for a single day. Computed from the end months, without
     * listing them.
     *
     * @return the number of months, at least 1 and at most 24,000,000,000 (the whole date range)
     */
    public long monthCount() {
        return ChronoUnit.MONTHS.between(firstMonth(), lastMonth()) + 1;
    }

    /**
     * Whether the period touches a month: whether the month is one of {@link #months()}, answered
     * without listing them.
     *
     * @param month the month, not null
     * @return true if the month lies from {@link #firstMonth()} to {@link #lastMonth()}
     */
    public boolean touches(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    /** Consecutive months from a first one, computed on demand. */
    private static final class MonthList extends AbstractList<YearMonth> implements RandomAccess, Serializable {
        private static final long serialVersionUID = 1L;
        private final YearMonth first;
        private final int size;

        MonthList(YearMonth first, int size) {
            this.first = first;
            this.size = size;
        }

        @Override
        public YearMonth get(int index) {
            Objects.checkIndex(index, size);
            return first.plusMonths(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * The first month the period touches.
     *
     * @return the month of {@link #start()}, not null
     */
    public YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    /**
     * The last month the period touches.
     *
     * @return the month of {@link #endInclusive()}, not null
     */
    public YearMonth lastMonth() {
        return YearMonth.from(endInclusive());
    }

    /**
     * Whether the period is a whole run of calendar months (a month, quarter, year or
     * {@link #months(YearMonth, YearMonth)}).
     *
     * @return true if it starts on the first of a month and ends before the first of a month
     */
    public boolean wholeMonths() {
        return start.getDayOfMonth() == 1 && endExclusive.getDayOfMonth() == 1;
    }

    /**
     * The period that follows: the next month, quarter or year for a calendar period; for any
     * other range, the adjacent range of the same number of days.
     *
     * @return the next period, not null
     */
    public ReportingPeriod next() {
        return switch (kind()) {
            case MONTH -> new ReportingPeriod(endExclusive, endExclusive.plusMonths(1));
            case QUARTER -> new ReportingPeriod(endExclusive, endExclusive.plusMonths(3));
            case YEAR -> new ReportingPeriod(endExclusive, endExclusive.plusYears(1));
            case CUSTOM -> new ReportingPeriod(endExclusive, endExclusive.plusDays(lengthInDays()));
        };
    }

    /**
     * The period that precedes: the previous month, quarter or year for a calendar period; for any
     * other range, the adjacent range of the same number of days.
     *
     * @return the previous period, not null
     */
    public ReportingPeriod previous() {
        return switch (kind()) {
            case MONTH -> new ReportingPeriod(start.minusMonths(1), start);
            case QUARTER -> new ReportingPeriod(start.minusMonths(3), start);
            case YEAR -> new ReportingPeriod(start.minusYears(1), start);
            case CUSTOM -> new ReportingPeriod(start.minusDays(lengthInDays()), start);
        };
    }

    private Kind kind() {
        if (start.getDayOfMonth() != 1) {
            return Kind.CUSTOM;
        }
        if (endExclusive.equals(start.plusMonths(1))) {
            return Kind.MONTH;
        }
        if (endExclusive.equals(start.plusMonths(3)) && (start.getMonthValue() - 1) % 3 == 0) {
            return Kind.QUARTER;
        }
        if (endExclusive.equals(start.plusYears(1)) && start.getMonthValue() == 1) {
            return Kind.YEAR;
        }
        return Kind.CUSTOM;
    }

    /**
     * Orders periods by start, then by end.
     *
     * @param other the other period, not null
     * @return the comparison
     */
    @Override
    public int compareTo(ReportingPeriod other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : endExclusive.compareTo(other.endExclusive);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ReportingPeriod other && start.equals(other.start)
                && endExclusive.equals(other.endExclusive);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + endExclusive.hashCode();
    }

    /** The year as {@link YearMonth#toString()} writes it: {@code 0999}, {@code -0044}, {@code 2024}, {@code 10000}. */
    private static String yearText(LocalDate date) {
        String month = YearMonth.from(date).toString();
        return month.substring(0, month.length() - 3);
    }

    /**
     * The text form: {@code 2024-03}, {@code 2024-Q1}, {@code 2024} or {@code 2024-01-15/2024-02-15}.
     *
     * @return the text form, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return switch (kind()) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> yearText(start) + "-Q" + ((start.getMonthValue() + 2) / 3);
            case YEAR -> yearText(start);
            case CUSTOM -> start + "/" + endExclusive;
        };
    }
}
