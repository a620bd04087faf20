package io.github.saasmetrics.examples.service;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One customer's MRR in one month, as a request states it when it has MRR already.
 *
 * <p>JSON: {@code {"customer":"acme","month":"2024-02","mrr":"USD 250.00"}}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param month the month, not null
 * @param mrr the MRR, zero or more, not null
 */
public record MrrRow(CustomerId customer, YearMonth month, Money mrr) {

    /** Validates the parts. */
    public MrrRow {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(mrr, "mrr");
    }
}
