package io.github.saasmetrics.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A two-sided confidence interval around an estimate.
 *
 * <p>Example: an NPS of 33.3 with a standard error of 4.1 has the 95 % Wald interval
 * {@code [25.3, 41.4]}: {@code estimate ± 1.96 × SE}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lower the lower bound, finite, at most {@code upper}
 * @param upper the upper bound, finite
 * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    /**
     * Validates the bounds and level.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code lower > upper}, or the level is outside (0, 1)
     */
    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("bounds must be finite but were [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower must not exceed upper but was [" + lower + ", " + upper + "]");
        }
        checkLevel(level);
    }

    /**
     * Checks a confidence level.
     *
     * @param level the level to check
     * @return the level
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public static double checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1 but was " + level);
        }
        return level;
    }

    /**
     * Half the width of the interval: the margin of error of a symmetric interval.
     *
     * @return {@code (upper − lower) / 2}
     */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /**
     * Whether a value lies inside the interval, bounds included.
     *
     * @param value the value
     * @return true if {@code lower ≤ value ≤ upper}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * A one-line summary such as {@code 95% CI [25.30, 41.40]}: the bounds with two decimals, rounded
     * half-even, as estimates on a scale of points or percent print in one-line summaries (the rule of
     * {@code io.github.saasmetrics.table.Figures}, which formats intervals on other scales).
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "% CI ["
                + twoDecimals(lower) + ", " + twoDecimals(upper) + "]";
    }

    private static String twoDecimals(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
