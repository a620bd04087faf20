package io.github.saasmetrics.survival;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A tenure observed from an age above zero: the input of
 * {@link KaplanMeier#fitDelayedEntry(java.util.Collection)} for <em>left-truncated</em> data.
 *
 * <p>A customer that started paying before the data begin is first seen at some tenure
 * {@code entry}: all that is known is that it was still active then, and customers that left
 * before that age are not in the data at all. Counting such a customer from tenure 0 would make
 * the early tenures look safer than they are; leaving it out wastes what is known. With delayed
 * entry it is <em>at risk</em> only at tenures {@code t} with {@code entry < t ≤ time}, as in R's
 * {@code Surv(entry, time, churned)}. An entry of 0 means observed from the start: at risk from
 * tenure 0 on, as a plain {@link Tenure}.
 *
 * <p><b>From monthly revenue</b> ({@link #ofFirstSpell(int, int, int, int)}): the tenure is the
 * length of the first paid spell in months, counted from the first paid month even when that is
 * before the data; the entry is the number of months from the first paid month to the first month
 * of the data. Example: first paid in March 2022, data from January 2024 (22 months later), still
 * paying in the data's last month, December 2024: entry 22, tenure 34, censored.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param entry the tenure from which the customer is observed, finite, zero or more
 * @param time the tenure observed at exit, finite, above {@code entry} (or zero or more when {@code entry} is 0)
 * @param churned true if the customer churned at {@code time}, false if still active (censored)
 */
public record DelayedEntryTenure(double entry, double time, boolean churned) {

    /**
     * Validates the tenures.
     *
     * @throws IllegalArgumentException if a tenure is negative or not finite, or the exit is not after a positive entry
     */
    public DelayedEntryTenure {
        if (!(entry >= 0) || !Double.isFinite(entry)) {
            throw new IllegalArgumentException("entry must be finite and not negative but was " + entry);
        }
        if (!(time >= 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("time must be finite and not negative but was " + time);
        }
        if (entry > 0 && !(time > entry)) {
            throw new IllegalArgumentException("time must be after the entry (a customer entering at " + entry
                    + " was active then) but was " + time);
        }
        entry += 0.0;
        time += 0.0;
    }

    /**
     * A customer observed from {@code entry} that churned at {@code time}.
     *
     * @param entry the tenure from which it is observed, zero or more
     * @param time the tenure at churn, after {@code entry}
     * @return the tenure, not null
     */
    public static DelayedEntryTenure churned(double entry, double time) {
        return new DelayedEntryTenure(entry, time, true);
    }

    /**
     * A customer observed from {@code entry}, still active at {@code time} when observation ended.
     *
     * @param entry the tenure from which it is observed, zero or more
     * @param time the tenure observed so far, after {@code entry}
     * @return the tenure, not null
     */
    public static DelayedEntryTenure censored(double entry, double time) {
        return new DelayedEntryTenure(entry, time, false);
    }

    /**
     * A plain tenure, observed from the start.
     *
     * @param tenure the tenure, not null
     * @return the same tenure with entry 0, not null
     */
    public static DelayedEntryTenure of(Tenure tenure) {
        Objects.requireNonNull(tenure, "tenure");
        return new DelayedEntryTenure(0, tenure.time(), tenure.churned());
    }

    /**
     * The first paid spell from month indices (any consecutive numbering), for data that begin at
     * {@code firstObservedMonth}: the tenure is {@code lastPaidMonthOfFirstSpell − firstPaidMonth + 1}
     * months, the entry {@code max(0, firstObservedMonth − firstPaidMonth)}, churned if the spell
     * ended before {@code lastObservedMonth}.
     *
     * <p>A customer that started before the data is assumed to have paid without a break from its
     * first paid month to {@code firstObservedMonth}: the data cannot show an earlier break.
     *
     * @param firstPaidMonth the index of the first month with revenue, possibly before {@code firstObservedMonth}
     * @param firstObservedMonth the index of the first month of the data
     * @param lastPaidMonthOfFirstSpell the last month of the first unbroken paid run, at least {@code firstPaidMonth}
     *     and {@code firstObservedMonth}
     * @param lastObservedMonth the index of the last month of the data, at least {@code lastPaidMonthOfFirstSpell}
     * @return the tenure, not null
     * @throws IllegalArgumentException if the months are out of order
     */
    public static DelayedEntryTenure ofFirstSpell(int firstPaidMonth, int firstObservedMonth,
            int lastPaidMonthOfFirstSpell, int lastObservedMonth) {
        return ofFirstSpell((long) firstPaidMonth, firstObservedMonth, lastPaidMonthOfFirstSpell, lastObservedMonth);
    }

    /**
     * The int version's rule on long indices, which any two {@link YearMonth}s' distance fits
     * (at most about 2.4·10¹⁰ months, exact as a double).
     */
    private static DelayedEntryTenure ofFirstSpell(long firstPaidMonth, long firstObservedMonth,
            long lastPaidMonthOfFirstSpell, long lastObservedMonth) {
        if (lastPaidMonthOfFirstSpell < firstPaidMonth || lastPaidMonthOfFirstSpell < firstObservedMonth
                || lastObservedMonth < lastPaidMonthOfFirstSpell) {
            throw outOfOrder(firstPaidMonth, firstObservedMonth, lastPaidMonthOfFirstSpell, lastObservedMonth);
        }
        long entry = Math.max(0, firstObservedMonth - firstPaidMonth);
        long time = lastPaidMonthOfFirstSpell - firstPaidMonth + 1;
        return new DelayedEntryTenure(entry, time, lastPaidMonthOfFirstSpell < lastObservedMonth);
    }

    /**
     * The first paid spell from calendar months (see {@link #ofFirstSpell(int, int, int, int)}).
     *
     * @param firstPaidMonth the first month with revenue, not null
     * @param firstObservedMonth the first month of the data, not null
     * @param lastPaidMonthOfFirstSpell the last month of the first unbroken paid run, not null
     * @param lastObservedMonth the last month of the data, not null
     * @return the tenure, not null
     * @throws IllegalArgumentException if the months are out of order
     * @throws NullPointerException if a month is null
     */
    public static DelayedEntryTenure ofFirstSpell(YearMonth firstPaidMonth, YearMonth firstObservedMonth,
            YearMonth lastPaidMonthOfFirstSpell, YearMonth lastObservedMonth) {
        Objects.requireNonNull(firstPaidMonth, "firstPaidMonth");
        Objects.requireNonNull(firstObservedMonth, "firstObservedMonth");
        Objects.requireNonNull(lastPaidMonthOfFirstSpell, "lastPaidMonthOfFirstSpell");
        Objects.requireNonNull(lastObservedMonth, "lastObservedMonth");
        if (lastPaidMonthOfFirstSpell.isBefore(firstPaidMonth) || lastPaidMonthOfFirstSpell.isBefore(firstObservedMonth)
                || lastObservedMonth.isBefore(lastPaidMonthOfFirstSpell)) {
            throw outOfOrder(firstPaidMonth, firstObservedMonth, lastPaidMonthOfFirstSpell, lastObservedMonth);
        }
        return ofFirstSpell(0L, ChronoUnit.MONTHS.between(firstPaidMonth, firstObservedMonth),
                ChronoUnit.MONTHS.between(firstPaidMonth, lastPaidMonthOfFirstSpell),
                ChronoUnit.MONTHS.between(firstPaidMonth, lastObservedMonth));
    }

    private static IllegalArgumentException outOfOrder(Object firstPaidMonth, Object firstObservedMonth,
            Object lastPaidMonthOfFirstSpell, Object lastObservedMonth) {
        return new IllegalArgumentException("months must satisfy firstPaidMonth, firstObservedMonth ≤ "
                + "lastPaidMonthOfFirstSpell ≤ lastObservedMonth but were " + firstPaidMonth + ", "
                + firstObservedMonth + ", " + lastPaidMonthOfFirstSpell + ", " + lastObservedMonth);
    }
}
