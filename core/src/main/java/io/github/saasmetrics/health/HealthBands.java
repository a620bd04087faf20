package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

/**
 * The thresholds that cut the 0–100 health score into bands:
 * <ul>
 *   <li>{@link HealthBand#CRITICAL}: {@code score < criticalBelow};</li>
 *   <li>{@link HealthBand#AT_RISK}: {@code criticalBelow ≤ score < healthyFrom};</li>
 *   <li>{@link HealthBand#HEALTHY}: {@code score ≥ healthyFrom}.</li>
 * </ul>
 * Each threshold belongs to the better band. The exact score is compared, not the one-decimal
 * score that {@link HealthAssessment#toString()} shows.
 *
 * <p>Example: with the default {@code HealthBands.of(40, 70)}, 39.9 is critical, 40 is at risk and
 * 70 is healthy.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param criticalBelow scores below this are critical; from 0 (nothing is critical) to below {@code healthyFrom}
 * @param healthyFrom scores from this on are healthy; above {@code criticalBelow}, at most 100
 */
public record HealthBands(double criticalBelow, double healthyFrom) {

    /** The default bands: critical below 40, healthy from 70. */
    public static final HealthBands DEFAULT = new HealthBands(40, 70);

    /**
     * Validates {@code 0 ≤ criticalBelow < healthyFrom ≤ 100}.
     *
     * @throws IllegalArgumentException if the thresholds are out of order or outside 0..100
     */
    public HealthBands {
        if (!(criticalBelow >= 0 && criticalBelow < healthyFrom && healthyFrom <= 100)) {
            throw new IllegalArgumentException("band thresholds must satisfy 0 <= criticalBelow < healthyFrom <= 100"
                    + " but were criticalBelow " + criticalBelow + ", healthyFrom " + healthyFrom);
        }
        criticalBelow += 0.0;
    }

    /**
     * Obtains bands.
     *
     * @param criticalBelow scores below this are critical, from 0 to below {@code healthyFrom}
     * @param healthyFrom scores from this on are healthy, above {@code criticalBelow}, at most 100
     * @return the bands, not null
     * @throws IllegalArgumentException if the thresholds are out of order or outside 0..100
     */
    public static HealthBands of(double criticalBelow, double healthyFrom) {
        return new HealthBands(criticalBelow, healthyFrom);
    }

    /**
     * The band of a score.
     *
     * @param score the score, from 0 to 100
     * @return the band, not null
     * @throws IllegalArgumentException if the score is outside 0..100 or NaN
     */
    public HealthBand band(double score) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be 0..100 but was " + score);
        }
        if (score < criticalBelow) {
            return HealthBand.CRITICAL;
        }
        return score < healthyFrom ? HealthBand.AT_RISK : HealthBand.HEALTHY;
    }

    /**
     * A one-line summary such as {@code critical < 40 <= at risk < 70 <= healthy}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "critical < " + Figures.number(criticalBelow) + " <= at risk < " + Figures.number(healthyFrom) + " <= healthy";
    }
}
