package io.github.saasmetrics.ltv;

/**
 * Thrown when a model cannot be fitted to the data: the likelihood has no maximum at finite
 * parameter values, or the data cannot identify the parameters (for the shifted-beta-geometric
 * model: fewer than two periods, no churn at all, or churn that rises with tenure). The message
 * says which, and what the data look like instead.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnfittableDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be fitted and why, not null
     */
    public UnfittableDataException(String message) {
        super(message);
    }
}
