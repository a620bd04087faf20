package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

import java.util.Objects;

/**
 * How a {@link HealthModel} scores one signal: its weight and its curve.
 *
 * <p>Weights are relative: only their ratios matter, and they need not add up to 100. A signal's
 * share of the score is its weight divided by the total weight of the signals present for that
 * customer.
 *
 * <p>Example: {@code SignalScoring.of(15, ScoringCurve.linear(60, 10))} weighs days since engagement
 * at 15 and scores 10 days or fewer as full health, 60 or more as none.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param weight the weight, positive and finite
 * @param curve the scoring curve, not null
 */
public record SignalScoring(double weight, ScoringCurve curve) {

    /**
     * Validates the weight.
     *
     * @throws IllegalArgumentException if the weight is not positive and finite
     */
    public SignalScoring {
        if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weight must be positive and finite but was " + weight);
        }
        Objects.requireNonNull(curve, "curve");
    }

    /**
     * Obtains a scoring.
     *
     * @param weight the weight, positive and finite
     * @param curve the scoring curve, not null
     * @return the scoring, not null
     * @throws IllegalArgumentException if the weight is not positive and finite
     */
    public static SignalScoring of(double weight, ScoringCurve curve) {
        return new SignalScoring(weight, curve);
    }

    /**
     * A one-line summary such as {@code weight 15, linear 10:1, 60:0}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "weight " + Figures.number(weight) + ", " + curve;
    }
}
