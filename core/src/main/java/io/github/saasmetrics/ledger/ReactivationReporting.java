package io.github.saasmetrics.ledger;

/**
 * How the MRR bridge reports a customer who pays again after months at zero.
 *
 * <p>Vendors differ: most report a returning customer as a reactivation, a line of its own; some
 * (Stripe's dashboard among them) fold it into expansion. The bridge's identity holds either way;
 * only the line the amount appears on changes. Whether a returning customer's MRR counts in net
 * revenue retention is a separate choice.
 */
public enum ReactivationReporting {
    /** A returning customer's MRR is reactivation (the default). */
    AS_REACTIVATION,
    /** A returning customer's MRR is expansion; the customer still counts as reactivated. */
    AS_EXPANSION
}
