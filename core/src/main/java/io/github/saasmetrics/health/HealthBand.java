package io.github.saasmetrics.health;

/**
 * The band a health score falls in, by the thresholds of {@link HealthBands}. Declared from best to
 * worst; tables list the bands in this order.
 */
public enum HealthBand {

    /** At or above the healthy threshold (70 by default). */
    HEALTHY,

    /** At or above the critical threshold and below the healthy one (40 to below 70 by default). */
    AT_RISK,

    /** Below the critical threshold (below 40 by default). */
    CRITICAL
}
