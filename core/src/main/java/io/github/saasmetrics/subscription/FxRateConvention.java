package io.github.saasmetrics.subscription;

/**
 * Which exchange rate converts a subscription's MRR into the ledger's reporting currency.
 *
 * <p>Either way, the part of a customer's MRR change that comes from a new rate is reported on the
 * bridge's FX line, never as expansion or contraction.
 */
public enum FxRateConvention {
    /**
     * The rate in effect on the first day of the billing period being measured (the default): an
     * annual EUR plan keeps one rate for its whole year and changes rate only at renewal.
     */
    SERVICE_PERIOD_START,
    /** The rate in effect on the first day of each calendar month: MRR moves with the rate monthly. */
    MONTH_START
}
