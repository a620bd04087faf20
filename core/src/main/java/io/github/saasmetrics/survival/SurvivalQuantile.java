package io.github.saasmetrics.survival;

import io.github.saasmetrics.table.Figures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.saasmetrics.stats.ConfidenceInterval;
import java.util.Objects;
import java.util.OptionalDouble;
import javax.annotation.Nullable;

/**
 * A quantile of the lifetime distribution read off a Kaplan–Meier curve, such as the median
 * lifetime, with its confidence interval. Each of the three values may be <em>not reached</em>:
 * when the curve (or its lower or upper confidence curve) never falls to {@code 1 − p}, the data
 * cannot say when it would, and the value is an empty {@link OptionalDouble} (R prints
 * {@code NA}). In JSON a value not reached is {@code null}.
 *
 * <p>Example (R's {@code aml} data, log intervals): median 27, 95 % interval 18 to 45; with the
 * 0.75 quantile 43 and an upper bound that is not reached.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SurvivalQuantile {

    @JsonProperty("probability")
    private final double probability;
    @JsonProperty("estimate")
    private final @Nullable Double estimate;
    @JsonProperty("lower")
    private final @Nullable Double lower;
    @JsonProperty("upper")
    private final @Nullable Double upper;
    @JsonProperty("level")
    private final double level;

    @JsonCreator
    private SurvivalQuantile(@JsonProperty("probability") double probability,
            @JsonProperty("estimate") @Nullable Double estimate, @JsonProperty("lower") @Nullable Double lower,
            @JsonProperty("upper") @Nullable Double upper,
            @JsonProperty("level") double level) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be strictly between 0 and 1 but was " + probability);
        }
        ConfidenceInterval.checkLevel(level);
        check("estimate", estimate);
        check("lower", lower);
        check("upper", upper);
        this.probability = probability;
        this.estimate = estimate;
        this.lower = lower;
        this.upper = upper;
        this.level = level;
    }

    /**
     * Obtains a quantile; each value is a time, or empty when not reached.
     *
     * @param probability the probability {@code p} of churning by the quantile, strictly between 0 and 1 (0.5 for the median)
     * @param estimate the first time the curve falls to {@code 1 − p}, not null, possibly empty
     * @param lower the same for the lower confidence curve, not null, possibly empty
     * @param upper the same for the upper confidence curve, not null, possibly empty
     * @param level the confidence level, strictly between 0 and 1
     * @return the quantile, not null
     * @throws IllegalArgumentException if a value is negative or not finite, or a probability is out of range
     */
    public static SurvivalQuantile of(double probability, OptionalDouble estimate, OptionalDouble lower,
            OptionalDouble upper, double level) {
        return new SurvivalQuantile(probability, boxed(estimate, "estimate"), boxed(lower, "lower"),
                boxed(upper, "upper"), level);
    }

    private static @Nullable Double boxed(OptionalDouble value, String name) {
        Objects.requireNonNull(value, name);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static void check(String name, @Nullable Double value) {
        if (value != null && (!(value >= 0) || !Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a finite time, zero or more, but was " + value);
        }
    }

    private static OptionalDouble optional(@Nullable Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The probability {@code p} of having churned by the quantile (0.5 for the median).
     *
     * @return {@code p}, strictly between 0 and 1
     */
    public double probability() {
        return probability;
    }

    /**
     * The quantile: the first time at which the survival curve is at most {@code 1 − p}.
     *
     * @return the time, or empty if the curve never falls that low
     */
    public OptionalDouble estimate() {
        return optional(estimate);
    }

    /**
     * The lower confidence bound: the same time for the lower confidence curve.
     *
     * @return the time, or empty if not reached
     */
    public OptionalDouble lower() {
        return optional(lower);
    }

    /**
     * The upper confidence bound: the same time for the upper confidence curve.
     *
     * @return the time, or empty if not reached (common: the upper curve stays high)
     */
    public OptionalDouble upper() {
        return optional(upper);
    }

    /**
     * The confidence level of the bounds.
     *
     * @return the level, strictly between 0 and 1
     */
    public double level() {
        return level;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof SurvivalQuantile other && probability == other.probability && level == other.level
                && Objects.equals(estimate, other.estimate) && Objects.equals(lower, other.lower)
                && Objects.equals(upper, other.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(probability, estimate, lower, upper, level);
    }

    /**
     * A one-line summary such as {@code median 27 (95% CI 18 to 45)} or
     * {@code quantile 0.75: 43 (95% CI 31 to not reached)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        String name = probability == 0.5 ? "median" : "quantile " + Figures.number(probability) + ":";
        return name + " " + text(estimate) + " (" + Figures.level(level) + "% CI " + text(lower) + " to " + text(upper) + ")";
    }

    private static String text(@Nullable Double value) {
        return value == null ? "not reached" : Figures.number(value);
    }
}
