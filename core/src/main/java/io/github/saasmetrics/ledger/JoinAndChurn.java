package io.github.saasmetrics.ledger;

/**
 * Whether a customer who joins and churns inside one period counts in that period's customer
 * churn and retention.
 *
 * <p>Example (the field guide): 100 customers at the start of February, 11 cancel, one of whom
 * joined in February. {@link #COUNTED}: 11 churn events over 100 customers, 11 %.
 * {@link #EXCLUDED} (ChartMogul's B2B formula): the joiner is left out of every count, numerator
 * and denominators alike, 10 / 100 = 10 %.
 */
public enum JoinAndChurn {
    /** They count like every other customer (the default; Stripe, ProfitWell, Baremetrics). */
    COUNTED,
    /** They are left out of every count, as if they had never been customers (ChartMogul B2B). */
    EXCLUDED
}
