package io.github.saasmetrics.health;

/**
 * The band a health score falls in, by the thresholds of {@link HealthBands}. Declared from best to
 * worst; tables list the bands in this order.
 */
public enum HealthBand {

    /** At or above the healthy threshold (70 by default). */
    HEALTHY("healthy"),

    /** At or above the critical threshold and below the healthy one (40 to below 70 by default). */
    AT_RISK("at risk"),

    /** Below the critical threshold (below 40 by default). */
    CRITICAL("critical");

    private final String label;

    HealthBand(String label) {
        this.label = label;
    }

    /**
     * The plain words tables and reports print for this value, such as {@code "at risk"}; {@link #name()}
     * stays the identifier to pass back to the API.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
