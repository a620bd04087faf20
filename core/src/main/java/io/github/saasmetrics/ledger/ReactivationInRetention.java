package io.github.saasmetrics.ledger;

/**
 * Whether net revenue retention counts the MRR of customers who were not paying at the start of
 * the period but had paid before (returning customers).
 *
 * <p>NRR follows the customers paying at the start; a returning customer is not one of them, so by
 * default their MRR is left out ({@link #EXCLUDED}). Some teams count reactivated revenue as
 * retained revenue of the installed base ({@link #INCLUDED}), which raises NRR. Gross revenue
 * retention never counts it. This choice is independent of the bridge line a returning customer's
 * MRR appears on ({@link ReactivationReporting}).
 */
public enum ReactivationInRetention {
    /** Returning customers' MRR is not part of NRR (the default). */
    EXCLUDED,
    /** Returning customers' MRR counts in NRR's numerator. */
    INCLUDED
}
