package io.github.saasmetrics.survival;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long one customer has been observed, and whether that observation ended in churn: the input
 * of {@link KaplanMeier}.
 *
 * <p>A churned customer's {@code time} is its tenure at churn; a customer still active when the
 * data end is <em>right-censored</em>: its {@code time} is the tenure observed so far, and all that
 * is known is that the true tenure is longer.
 *
 * <p><b>From monthly revenue</b> ({@link #ofFirstSpell(YearMonth, YearMonth, YearMonth)}): the tenure
 * is the number of paid months in the customer's <em>first</em> spell, from the first paid month
 * through the last month before revenue first drops to zero. The spell ended in churn if that last
 * month is before the last month of the data; otherwise the customer is censored. A customer who
 * comes back later (a reactivation) keeps its first churn: survival here is time to first churn,
 * so every customer contributes exactly one observation and the observations stay independent.
 * Example: paid January–March 2024, nothing in April, paid again from June; data end December
 * 2024 → tenure 3, churned. Paid March–December 2024 with data ending December 2024 → tenure 10,
 * censored.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param time the observed tenure, finite, zero or more
 * @param churned true if the customer churned at {@code time}, false if still active (censored)
 */
public record Tenure(double time, boolean churned) {

    /**
     * Validates the time.
     *
     * @throws IllegalArgumentException if the time is negative, NaN or infinite
     */
    public Tenure {
        if (!(time >= 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("time must be finite and not negative but was " + time);
        }
        time += 0.0; // −0.0 becomes 0.0, so equal tenures are equal records
    }

    /**
     * A customer who churned after {@code time} periods.
     *
     * @param time the tenure at churn, finite, zero or more
     * @return the tenure, not null
     */
    public static Tenure churned(double time) {
        return new Tenure(time, true);
    }

    /**
     * A customer still active after {@code time} periods, when observation ended.
     *
     * @param time the tenure observed so far, finite, zero or more
     * @return the tenure, not null
     */
    public static Tenure censored(double time) {
        return new Tenure(time, false);
    }

    /**
     * The tenure of a customer's first paid spell, in months, from monthly revenue.
     *
     * @param firstPaidMonth the first month with revenue, not null
     * @param lastPaidMonthOfFirstSpell the last month of the first unbroken run of paid months, not null,
     *     not before {@code firstPaidMonth}
     * @param lastObservedMonth the last month of the data, not null, not before {@code lastPaidMonthOfFirstSpell}
     * <p>Any two {@link YearMonth}s are accepted: the months between the earliest and the latest
     * (about 2.4·10¹⁰) do not fit an {@code int} but are counted in a {@code long} and are exact
     * as the {@code double} tenure.
     *
     * @return {@code months(first..last spell month)}, churned if the spell ended before the data did
     * @throws IllegalArgumentException if the months are out of order
     * @throws NullPointerException if a month is null
     */
    public static Tenure ofFirstSpell(YearMonth firstPaidMonth, YearMonth lastPaidMonthOfFirstSpell,
            YearMonth lastObservedMonth) {
        Objects.requireNonNull(firstPaidMonth, "firstPaidMonth");
        Objects.requireNonNull(lastPaidMonthOfFirstSpell, "lastPaidMonthOfFirstSpell");
        Objects.requireNonNull(lastObservedMonth, "lastObservedMonth");
        if (lastPaidMonthOfFirstSpell.isBefore(firstPaidMonth) || lastObservedMonth.isBefore(lastPaidMonthOfFirstSpell)) {
            throw new IllegalArgumentException("months must satisfy firstPaidMonth ≤ lastPaidMonthOfFirstSpell ≤ "
                    + "lastObservedMonth but were " + firstPaidMonth + ", " + lastPaidMonthOfFirstSpell + ", "
                    + lastObservedMonth);
        }
        // At most 2.4e10 months: exact in a long, and in the double below (below 2^53).
        long spell = ChronoUnit.MONTHS.between(firstPaidMonth, lastPaidMonthOfFirstSpell) + 1;
        return new Tenure(spell, lastPaidMonthOfFirstSpell.isBefore(lastObservedMonth));
    }

    /**
     * The tenure of a customer's first paid spell from month indices (any consecutive numbering,
     * such as months since an epoch), for columnar data.
     *
     * @param firstPaidMonth the index of the first month with revenue
     * @param lastPaidMonthOfFirstSpell the index of the last month of the first unbroken paid run, at least {@code firstPaidMonth}
     * @param lastObservedMonth the index of the last month of the data, at least {@code lastPaidMonthOfFirstSpell}
     * @return {@code lastPaidMonthOfFirstSpell − firstPaidMonth + 1} months, churned if
     *     {@code lastPaidMonthOfFirstSpell < lastObservedMonth}
     * @throws IllegalArgumentException if the months are out of order
     */
    public static Tenure ofFirstSpell(int firstPaidMonth, int lastPaidMonthOfFirstSpell, int lastObservedMonth) {
        if (lastPaidMonthOfFirstSpell < firstPaidMonth || lastObservedMonth < lastPaidMonthOfFirstSpell) {
            throw new IllegalArgumentException("months must satisfy firstPaidMonth ≤ lastPaidMonthOfFirstSpell ≤ "
                    + "lastObservedMonth but were " + firstPaidMonth + ", " + lastPaidMonthOfFirstSpell + ", "
                    + lastObservedMonth);
        }
        return new Tenure((double) lastPaidMonthOfFirstSpell - firstPaidMonth + 1,
                lastPaidMonthOfFirstSpell < lastObservedMonth);
    }
}
