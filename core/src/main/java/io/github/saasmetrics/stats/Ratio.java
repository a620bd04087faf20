package io.github.saasmetrics.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact ratio of two whole numbers, such as 180 retained customers out of 200.
 *
 * <p>The numerator and denominator are kept as they were counted, so a person can check every rate
 * by hand, and rates merge correctly: {@link #plus(Ratio)} adds numerators and denominators, which
 * is how per-segment rates pool into the total rate (averaging the rates would not be). The value
 * is derived: {@code value() = numerator / denominator}.
 *
 * <p>A zero denominator gives an <em>undefined</em> ratio: {@link #defined()} is false and
 * {@link #value()} throws {@link IllegalStateException}. A rate is never silently {@code NaN},
 * infinite or zero. The numerator may be negative (net MRR churn is negative when expansion wins);
 * the denominator may not.
 *
 * <p>Example: {@code Ratio.of(180, 200)} prints {@code 90.00% (180/200)} and its
 * {@code value()} is 0.9.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param numerator the counted numerator, any value; 0 when the denominator is 0
 * @param denominator the counted denominator, zero or positive
 */
public record Ratio(long numerator, long denominator) {

    /**
     * The most decimals {@link #decimal} writes: {@value}. The cost of a division grows with its
     * digits; a thousand decimals are far past any use of a rate.
     */
    public static final int MAX_SCALE = 1_000;

    /** The undefined ratio 0/0, for questions an empty population cannot answer. */
    public static final Ratio UNDEFINED = new Ratio(0, 0);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the denominator is negative, or is zero with a non-zero numerator
     */
    public Ratio {
        if (denominator < 0) {
            throw new IllegalArgumentException("denominator must not be negative but was " + denominator);
        }
        if (denominator == 0 && numerator != 0) {
            throw new IllegalArgumentException("numerator must be 0 when the denominator is 0 but was " + numerator);
        }
    }

    /**
     * Obtains a ratio.
     *
     * @param numerator the numerator, any value; 0 when the denominator is 0
     * @param denominator the denominator, zero or positive
     * @return the ratio, not null
     * @throws IllegalArgumentException if the denominator is negative, or is zero with a non-zero numerator
     */
    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /**
     * Whether the ratio has a value, that is, its denominator is positive.
     *
     * @return true unless the denominator is zero
     */
    public boolean defined() {
        return denominator != 0;
    }

    /**
     * The value {@code numerator / denominator}.
     *
     * @return the value as a double, finite
     * @throws IllegalStateException if the ratio is undefined
     */
    public double value() {
        requireDefined();
        return (double) numerator / denominator;
    }

    /**
     * The value in percent, {@code 100 × numerator / denominator}.
     *
     * @return the percentage, finite
     * @throws IllegalStateException if the ratio is undefined
     */
    public double percent() {
        return value() * 100;
    }

    /**
     * The exact value rounded to a number of decimals.
     *
     * @param scale the number of decimals, from 0 to {@value #MAX_SCALE}
     * @param rounding how to round, not null
     * @return the value, not null
     * @throws IllegalStateException if the ratio is undefined
     * @throws IllegalArgumentException if {@code scale} is out of range
     * @throws NullPointerException if {@code rounding} is null
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the value needs
     *     more decimals
     */
    public BigDecimal decimal(int scale, RoundingMode rounding) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be from 0 to " + MAX_SCALE + " but was " + scale);
        }
        Objects.requireNonNull(rounding, "rounding");
        requireDefined();
        try {
            return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException(numerator + "/" + denominator + " needs more than " + scale
                    + " decimals but rounding was " + rounding);
            named.initCause(e);
            throw named;
        }
    }

    /**
     * Pools two ratios by adding their numerators and their denominators.
     *
     * <p>Example: 9/10 plus 1/10 is 10/20 = 50 %, the rate of the pooled population.
     *
     * @param other the ratio to pool with, not null
     * @return the pooled ratio, not null
     * @throws ArithmeticException if the pooled numerator or denominator does not fit in a {@code long}; the
     *     message names which and both ratios
     * @throws NullPointerException if {@code other} is null
     */
    public Ratio plus(Ratio other) {
        Objects.requireNonNull(other, "other");
        return new Ratio(pooled("numerator", numerator, other.numerator, other),
                pooled("denominator", denominator, other.denominator, other));
    }

    private long pooled(String part, long mine, long theirs, Ratio other) {
        try {
            return Math.addExact(mine, theirs);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("pooling " + numerator + "/" + denominator + " and "
                    + other.numerator + "/" + other.denominator + ": the " + part + " " + mine + " + " + theirs
                    + " overflows a long");
            named.initCause(e);
            throw named;
        }
    }

    private void requireDefined() {
        if (denominator == 0) {
            throw new IllegalStateException("ratio is undefined: its denominator is 0");
        }
    }

    /**
     * A one-line summary such as {@code 90.00% (180/200)}, or {@code undefined (0/0)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        // Counts with thousands separators, as every count prints (table.Figures.grouped).
        String counts = String.format(java.util.Locale.ROOT, "(%,d/%,d)", numerator, denominator);
        if (!defined()) {
            return "undefined " + counts;
        }
        return decimal(4, RoundingMode.HALF_EVEN).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                + "% " + counts;
    }
}
