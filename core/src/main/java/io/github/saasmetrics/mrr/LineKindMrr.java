package io.github.saasmetrics.mrr;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.LineKind;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The MRR of one line kind at the end of one month, over all customers.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param month the month, not null
 * @param kind the line kind, not null
 * @param mrr the MRR of that kind's lines, zero or more
 */
public record LineKindMrr(YearMonth month, LineKind kind, Money mrr) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the MRR is negative
     */
    public LineKindMrr {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mrr, "mrr");
        if (mrr.negative()) {
            throw new IllegalArgumentException("mrr of " + kind + " in " + month + " must not be negative but was " + mrr);
        }
    }
}
