package io.github.saasmetrics.health;

import io.github.saasmetrics.stats.Ratio;
import java.util.Objects;

/**
 * How many customers of one health band later churned, in a {@link HealthValidation}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band the band, not null
 * @param customers the assessed customers in the band, 0 or more
 * @param churned how many of them churned, from 0 to {@code customers}
 */
public record BandOutcome(HealthBand band, long customers, long churned) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or more churned than there were
     */
    public BandOutcome {
        Objects.requireNonNull(band, "band");
        if (churned < 0 || churned > customers) {
            throw new IllegalArgumentException("churned of band " + band + " must be 0.." + customers + " but was "
                    + churned);
        }
    }

    /**
     * The band's churn rate, {@code churned / customers}.
     *
     * @return the ratio, undefined for an empty band, not null
     */
    public Ratio churnRate() {
        return Ratio.of(churned, customers);
    }

    /**
     * A one-line summary such as {@code CRITICAL: 1 of 2 churned}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return band + ": " + churned + " of " + customers + " churned";
    }
}
