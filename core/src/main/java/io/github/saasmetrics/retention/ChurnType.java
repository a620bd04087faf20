package io.github.saasmetrics.retention;

/**
 * Whether a customer chose to leave or was lost without choosing, the split churn-reason reports
 * make first: voluntary churn is a product, price or fit question; involuntary churn (a failed
 * payment) is a billing question, often 20–40 % of churn among small businesses.
 */
public enum ChurnType {
    /** The customer decided to leave (price, missing feature, competitor, …). */
    VOLUNTARY,
    /** The customer was lost without deciding to leave, such as by a failed payment. */
    INVOLUNTARY
}
