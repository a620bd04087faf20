package io.github.saasmetrics.subscription;

/**
 * The state of a subscription from a date on, as recorded by {@link StatusChange}s.
 *
 * <p>Cancellation is not a status: it is the subscription's end date.
 */
public enum SubscriptionStatus {
    /** Paid and current: carries MRR. */
    ACTIVE,
    /**
     * An invoice failed and is being retried: carries MRR for the grace window of
     * {@link MrrConventions#pastDueGraceDays()}, then none until the subscription is active again.
     */
    PAST_DUE,
    /** Paused by the customer or the merchant: carries no MRR until active again. */
    PAUSED
}
