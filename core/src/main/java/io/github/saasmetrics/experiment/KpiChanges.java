package io.github.saasmetrics.experiment;

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
     * Validates the sums and normalises their scale, so that equal values are equal records.
     *
     * @throws IllegalArgumentException if the count is negative, an empty summary has non-zero sums, or the
     *     squared changes are smaller than the changes allow ({@code n · Σ Δ² < (Σ Δ)²})
     */
    public KpiChanges {
        Objects.requireNonNull(sumBefore, "sumBefore");
        Objects.requireNonNull(sumAfter, "sumAfter");
        Objects.requireNonNull(sumSquaredChange, "sumSquaredChange");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative but was " + count);
        }
        sumBefore = canonical(sumBefore);
        sumAfter = canonical(sumAfter);
        sumSquaredChange = canonical(sumSquaredChange);
        if (count == 0 && (sumBefore.signum() != 0 || sumAfter.signum() != 0 || sumSquaredChange.signum() != 0)) {
            throw new IllegalArgumentException("sums of an empty group must be 0 but were " + sumBefore + ", "
                    + sumAfter + ", " + sumSquaredChange);
        }
        BigDecimal sumChange = sumAfter.subtract(sumBefore);
        if (BigDecimal.valueOf(count).multiply(sumSquaredChange).compareTo(sumChange.multiply(sumChange)) < 0) {
            throw new IllegalArgumentException("sumSquaredChange " + sumSquaredChange + " is too small for " + count
                    + " changes summing to " + sumChange);
        }
    }

    /** No trailing zeros and no negative scale, so that 60 is written 60 rather than 6E+1. */
    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
     * @throws ArithmeticException if the count overflows
     */
    public KpiChanges plus(KpiChanges other) {
        return new KpiChanges(Math.addExact(count, other.count), sumBefore.add(other.sumBefore),
                sumAfter.add(other.sumAfter), sumSquaredChange.add(other.sumSquaredChange));
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
        return mean(sumBefore);
    }

    /**
     * The mean KPI after.
     *
     * @return the mean, finite
     * @throws IllegalStateException if the group is empty
     */
    public double meanAfter() {
        return mean(sumAfter);
    }

    /**
     * The mean change, {@code (Σ after − Σ before) / n}.
     *
     * @return the mean change, finite
     * @throws IllegalStateException if the group is empty
     */
    public double meanChange() {
        return mean(sumChange());
    }

    private double mean(BigDecimal sum) {
        if (count == 0) {
            throw new IllegalStateException("the mean of an empty group is undefined");
        }
        return sum.divide(BigDecimal.valueOf(count), PRECISION).doubleValue();
    }

    /**
     * The sample variance of the changes, {@code (n · Σ Δ² − (Σ Δ)²) / (n (n − 1))}.
     *
     * @return the variance, 0 or more
     * @throws IllegalStateException if the group has fewer than 2 units
     */
    public double variance() {
        return exactVariance().doubleValue();
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
