package io.github.saasmetrics.subscription;

/**
 * When a cancelled subscription stops carrying MRR.
 *
 * <p>Example: a monthly subscription started on Jan 10 is cancelled on Mar 20 (its end date), the
 * cancellation having been requested on Mar 5. Its last paid period runs Mar 10 to Apr 10.
 * {@link #AT_CANCELLATION} stops MRR on Mar 20, {@link #AT_PERIOD_END} on Apr 10 and
 * {@link #AT_REQUEST} on Mar 5.
 */
public enum ChurnRecognition {
    /** MRR stops on the subscription's end date. */
    AT_CANCELLATION,
    /**
     * MRR stops at the end of the paid billing period in which the subscription ends, because the
     * customer paid for it (ProfitWell's and ChartMogul's default). An end date that falls on a
     * period boundary stops MRR there.
     */
    AT_PERIOD_END,
    /**
     * MRR stops on the date the cancellation was requested (scheduled), or on the end date if no
     * request date is known.
     */
    AT_REQUEST
}
