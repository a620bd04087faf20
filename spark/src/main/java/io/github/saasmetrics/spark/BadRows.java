package io.github.saasmetrics.spark;

/**
 * What a Spark ledger does with an input row it cannot use: a null customer or month, a month it
 * cannot read, a negative or unreadable MRR, a currency without an exchange rate.
 *
 * <p>Either way nothing is dropped silently: the row stops the job, or it is counted out into the
 * rejected rows with its reason.
 */
public enum BadRows {
    /** The first bad row fails the job; the error names the column, the value and the customer (the default). */
    FAIL,
    /**
     * Bad rows are left out of every metric and listed, with their reason, in
     * {@link SparkLedger#rejectedRows()}.
     */
    REJECT
}
