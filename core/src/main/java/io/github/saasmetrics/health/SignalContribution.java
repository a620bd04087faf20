package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

import java.util.Objects;

/**
 * One signal's part in a customer's health score.
 *
 * <p>With {@code W} the total weight of the signals present for the customer, a signal of weight
 * {@code w} and goodness {@code g} has
 * <ul>
 *   <li>{@code weightShare = w / W},</li>
 *   <li>{@code points = weightShare × g × 100}, its contribution: the points of all present signals add
 *       up to the score;</li>
 *   <li>{@code shortfall = weightShare × (1 − g) × 100}, the points it costs against full health: the
 *       shortfalls add up to {@code 100 − score}.</li>
 * </ul>
 *
 * <p>Example: 45 days without engagement on {@code linear 10:1, 60:0} has goodness 0.3; with weight
 * 15 out of 75 present, its share is 0.2, so it contributes 6 points and costs 14.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param signal the signal, not null
 * @param observation the observation in plain words, such as "No engagement for 45 days", not null
 * @param value the raw value, finite
 * @param weight the model's weight for the signal, positive
 * @param weightShare the weight over the total weight of present signals, in (0, 1]
 * @param goodness the curve's goodness of the raw value, from 0 to 1
 */
public record SignalContribution(HealthSignal signal, String observation, double value, double weight,
        double weightShare, double goodness) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a number is out of range
     */
    public SignalContribution {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(observation, "observation");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + signal + " must be finite but was " + value);
        }
        if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weight of " + signal + " must be positive and finite but was " + weight);
        }
        if (!(weightShare > 0 && weightShare <= 1)) {
            throw new IllegalArgumentException("weightShare of " + signal + " must be in (0, 1] but was " + weightShare);
        }
        if (!(goodness >= 0 && goodness <= 1)) {
            throw new IllegalArgumentException("goodness of " + signal + " must be 0..1 but was " + goodness);
        }
    }

    /**
     * The points this signal contributes to the score, {@code weightShare × goodness × 100}.
     *
     * @return the points, from 0 to 100
     */
    public double points() {
        return weightShare * goodness * 100;
    }

    /**
     * The points this signal costs against full health, {@code weightShare × (1 − goodness) × 100}.
     *
     * @return the shortfall, from 0 to 100
     */
    public double shortfall() {
        return weightShare * (1 - goodness) * 100;
    }

    /**
     * The reason in plain words, such as "No engagement for 45 days (-14.0 points vs. full health)";
     * the points are rounded half-even to one decimal.
     *
     * @return the reason, not null
     */
    public String reason() {
        return observation + " (-" + Figures.fixed(shortfall(), 1) + " points vs. full health)";
    }

    /**
     * A one-line summary such as {@code DAYS_SINCE_ENGAGEMENT: No engagement for 45 days, 6.0 points (-14.0)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return signal + ": " + observation + ", " + Figures.fixed(points(), 1) + " points (-" + Figures.fixed(shortfall(), 1)
                + ")";
    }
}
