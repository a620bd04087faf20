package io.github.saasmetrics.experiment;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.table.Figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;

/**
 * One group's KPI before and after, per unit (customer, account, team): the summary a
 * {@link DifferenceInDifferences} needs. Each unit is measured twice, so the data are <em>paired</em>:
 * unit {@code i} has {@code beforeᵢ}, {@code afterᵢ} and the change {@code Δᵢ = afterᵢ − beforeᵢ}.
 *
 * <p><b>Exact sums.</b> The record keeps the count and the exact sums {@code Σ before},
 * {@code Σ after} and {@code Σ Δ²} as {@link BigDecimal}s (every double converts exactly), so
 * summaries of parts merge exactly with {@link #plus(KpiChanges)}, and the same units in any order
 * give the same result bit for bit. Means and variances are derived and rounded once to a double:
 * <pre>
 *     mean Δ = (Σ after − Σ before) / n
 *     s²     = (n · Σ Δ² − (Σ Δ)²) / (n (n − 1))      (the sample variance of Δ)
 * </pre>
 *
 * <p>The JSON form writes the sums as exact decimal numbers. They carry every binary digit of the
 * doubles given (0.1 is 0.1000000000000000055511151231257827…), so they are long: tens of digits
 * for everyday KPI values, and past Jackson's default limit of 1000 digits per number only for
 * values below about {@code 1e-140}.
 *
 * <p>Example: before 10, 12, 14 and after 13, 14, 18 give changes 3, 2, 4: mean change 3, sample
 * variance 1.
 *
 * <p>Build from arrays with {@link #of(double[], double[])}, one unit at a time with a
 * {@link KpiChangesAccumulator}, or from a stream with {@link #toKpiChanges(ToDoubleFunction, ToDoubleFunction)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param count the number of units, 0 or more
 * @param sumBefore the exact sum of the KPI before, not null; 0 when the count is 0
 * @param sumAfter the exact sum of the KPI after, not null; 0 when the count is 0
 * @param sumSquaredChange the exact sum of the squared changes, 0 or more, not null
 */
public record KpiChanges(long count, BigDecimal sumBefore, BigDecimal sumAfter, BigDecimal sumSquaredChange) {

    /** Enough digits that rounding the derived values to a double is the only rounding that shows. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    /**
     * The most decimals a sum of doubles can have: {@value}, those of the smallest double, {@code 2⁻¹⁰⁷⁴}.
     * The sum of squared changes may have twice as many.
     */
    public static final int MAX_SUM_DECIMALS = 1074;

    private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);

    /**
     * Validates the sums and normalises their scale, so that equal values are equal records.
     *
     * <p>The sums must be sums of {@code count} finite doubles: {@code |Σ before|} and {@code |Σ after|} at
     * most {@code count × Double.MAX_VALUE} with at most {@value #MAX_SUM_DECIMALS} decimals, {@code Σ Δ²} at
     * most {@code count × (2 × Double.MAX_VALUE)²} with at most twice as many. These bounds are checked
     * before anything is computed, so that a sum such as {@code 1e999999999} is refused, not expanded.
     *
     * @throws NullPointerException if a sum is null
     * @throws IllegalArgumentException if the count is negative, an empty summary has non-zero sums, a sum is
     *     beyond what {@code count} doubles can add up to, or the squared changes are smaller than the changes
     *     allow ({@code n · Σ Δ² < (Σ Δ)²}); the message quotes the sum as {@link Limits#quote(BigDecimal)} does
     */
    public KpiChanges {
        Objects.requireNonNull(sumBefore, "sumBefore");
        Objects.requireNonNull(sumAfter, "sumAfter");
        Objects.requireNonNull(sumSquaredChange, "sumSquaredChange");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative but was " + count);
        }
        if (count == 0 && (sumBefore.signum() != 0 || sumAfter.signum() != 0 || sumSquaredChange.signum() != 0)) {
            throw new IllegalArgumentException("sums of an empty group must be 0 but were " + Limits.quote(sumBefore)
                    + ", " + Limits.quote(sumAfter) + ", " + Limits.quote(sumSquaredChange));
        }
        BigDecimal n = BigDecimal.valueOf(count);
        sumBefore = canonical("sumBefore", sumBefore, count, n.multiply(MAX_DOUBLE), MAX_SUM_DECIMALS);
        sumAfter = canonical("sumAfter", sumAfter, count, n.multiply(MAX_DOUBLE), MAX_SUM_DECIMALS);
        BigDecimal twiceMax = MAX_DOUBLE.add(MAX_DOUBLE);
        sumSquaredChange = canonical("sumSquaredChange", sumSquaredChange, count,
                n.multiply(twiceMax.multiply(twiceMax)), 2 * MAX_SUM_DECIMALS);
        BigDecimal sumChange = sumAfter.subtract(sumBefore);
        if (n.multiply(sumSquaredChange).compareTo(sumChange.multiply(sumChange)) < 0) {
            throw new IllegalArgumentException("sumSquaredChange " + Limits.quote(sumSquaredChange) + " is too small for "
                    + count + " changes summing to " + Limits.quote(sumChange));
        }
    }

    /**
     * The sum checked against what {@code count} doubles can add up to, with no trailing zeros and no negative
     * scale, so that 60 is written 60 rather than 6E+1. The magnitude is compared before the scale is set, so
     * that {@code 1E+999999999} is never written out.
     */
    private static BigDecimal canonical(String name, BigDecimal value, long count, BigDecimal largest, int decimals) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.abs().compareTo(largest) > 0 || stripped.scale() > decimals) {
            throw new IllegalArgumentException(name + " must be a sum of " + count + " finite doubles (at most " + count
                    + (name.equals("sumSquaredChange") ? " × (2 × Double.MAX_VALUE)²" : " × Double.MAX_VALUE")
                    + " in magnitude, with at most " + decimals + " decimals) but was " + Limits.quote(value));
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A derived value as a double, or an exception naming it when it is beyond the range of a double. */
    static double finite(String what, BigDecimal value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ArithmeticException(what + " is " + Limits.quote(value) + ", beyond the range of a double");
        }
        return d;
    }

    /**
     * The summary of no units.
     *
     * @return the empty summary, not null
     */
    public static KpiChanges empty() {
        return new KpiChanges(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Summarises paired measurements: unit {@code i} has {@code before[i]} and {@code after[i]}.
     *
     * @param before the KPI of each unit before, finite values, not null
     * @param after the KPI of each unit after, finite values, same length, not null
     * @return the summary, not null
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static KpiChanges of(double[] before, double[] after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.length != after.length) {
            throw new IllegalArgumentException("before and after must have one value per unit but had " + before.length
                    + " and " + after.length);
        }
        KpiChangesAccumulator acc = new KpiChangesAccumulator();
        for (int i = 0; i < before.length; i++) {
            acc.add(before[i], after[i]);
        }
        return acc.snapshot();
    }

    /**
     * A collector that summarises a stream of units.
     *
     * @param <T> the unit type
     * @param before the KPI of a unit before, finite, not null
     * @param after the KPI of a unit after, finite, not null
     * @return the collector, not null
     * @throws NullPointerException if a function is null
     */
    public static <T> Collector<T, KpiChangesAccumulator, KpiChanges> toKpiChanges(ToDoubleFunction<? super T> before,
            ToDoubleFunction<? super T> after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return Collector.of(KpiChangesAccumulator::new,
                (acc, unit) -> acc.add(before.applyAsDouble(unit), after.applyAsDouble(unit)),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                },
                KpiChangesAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Pools two groups of units: counts and sums add exactly.
     *
     * @param other the other summary, not null
     * @return the pooled summary, not null
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if the count overflows a {@code long} (the message names both counts)
     */
    public KpiChanges plus(KpiChanges other) {
        Objects.requireNonNull(other, "other");
        return new KpiChanges(pooledCount(count, other.count), sumBefore.add(other.sumBefore),
                sumAfter.add(other.sumAfter), sumSquaredChange.add(other.sumSquaredChange));
    }

    /** {@code a + b} units, or an exception naming the counts when it overflows a {@code long}. */
    static long pooledCount(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("the pooled count of units " + a + " + " + b
                    + " overflows a long");
            named.initCause(e);
            throw named;
        }
    }

    /**
     * The exact sum of the changes, {@code Σ after − Σ before}.
     *
     * @return the sum, not null
     */
    BigDecimal sumChange() {
        return sumAfter.subtract(sumBefore);
    }

    /**
     * The mean KPI before.
     *
     * @return the mean, finite
     * @throws IllegalStateException if the group is empty
     */
    public double meanBefore() {
        return mean("the mean before", sumBefore);
    }

    /**
     * The mean KPI after.
     *
     * @return the mean, finite
     * @throws IllegalStateException if the group is empty
     */
    public double meanAfter() {
        return mean("the mean after", sumAfter);
    }

    /**
     * The mean change, {@code (Σ after − Σ before) / n}.
     *
     * @return the mean change, finite
     * @throws IllegalStateException if the group is empty
     * @throws ArithmeticException if the mean change is beyond the range of a double (changes from near
     *     {@code -Double.MAX_VALUE} to near {@code Double.MAX_VALUE})
     */
    public double meanChange() {
        return mean("the mean change", sumChange());
    }

    private double mean(String what, BigDecimal sum) {
        if (count == 0) {
            throw new IllegalStateException("the mean of an empty group is undefined");
        }
        return finite(what, sum.divide(BigDecimal.valueOf(count), PRECISION));
    }

    /**
     * The sample variance of the changes, {@code (n · Σ Δ² − (Σ Δ)²) / (n (n − 1))}.
     *
     * @return the variance, 0 or more, finite
     * @throws IllegalStateException if the group has fewer than 2 units
     * @throws ArithmeticException if the variance is beyond the range of a double (changes beyond about
     *     {@code 1e154})
     */
    public double variance() {
        return finite("the variance of the changes", exactVariance());
    }

    BigDecimal exactVariance() {
        if (count < 2) {
            throw new IllegalStateException("the variance of the changes needs at least 2 units but the group has " + count);
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal s = sumChange();
        return n.multiply(sumSquaredChange).subtract(s.multiply(s))
                .divide(n.multiply(BigDecimal.valueOf(count - 1)), PRECISION);
    }

    /**
     * The sample standard deviation of the changes, {@code √variance}.
     *
     * @return the standard deviation, 0 or more
     * @throws IllegalStateException if the group has fewer than 2 units
     * @throws ArithmeticException if the variance is beyond the range of a double
     */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * A one-line summary such as {@code 3 units: before 12, after 15, change +3 (SD 1)}, with four
     * significant digits.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        if (count == 0) {
            return "0 units";
        }
        return Figures.plural(count, "unit", "units") + ": before " + Figures.significant(meanBefore()) + ", after "
                + Figures.significant(meanAfter()) + ", change " + Figures.signed(meanChange())
                + (count < 2 ? "" : " (SD " + Figures.significant(standardDeviation()) + ")");
    }
}
