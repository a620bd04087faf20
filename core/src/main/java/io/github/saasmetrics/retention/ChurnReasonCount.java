package io.github.saasmetrics.retention;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import java.util.Objects;

/**
 * The churn events of one reason in a period: how many, and the MRR they took.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reason the reason, not null
 * @param churned the number of churn events with this reason, at least 1
 * @param mrr the MRR those customers paid before leaving (the bridge's churn amount), zero or more
 */
public record ChurnReasonCount(ChurnReason reason, long churned, Money mrr) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the count is below 1 or the MRR negative
     */
    public ChurnReasonCount {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(mrr, "mrr");
        if (churned < 1) {
            throw new IllegalArgumentException("churned of reason '" + Limits.quote(reason) + "' must be at least 1 but was "
                    + churned);
        }
        if (mrr.negative()) {
            throw new IllegalArgumentException("mrr of reason '" + Limits.quote(reason) + "' must not be negative but was " + mrr);
        }
    }

    /**
     * The counts of this reason and another part of the same reason, added.
     *
     * @param other the other count, not null, same reason and currency
     * @return the sum, not null
     */
    ChurnReasonCount plus(ChurnReasonCount other) {
        return new ChurnReasonCount(reason, Math.addExact(churned, other.churned), mrr.plus(other.mrr));
    }
}
