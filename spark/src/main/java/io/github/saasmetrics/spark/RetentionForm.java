package io.github.saasmetrics.spark;

import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.util.Currency;

/**
 * A {@link RevenueRetentionResult} as plain numbers, to travel between Spark executors and the
 * driver. A plain final class rather than a record, so that Kryo as well as Java serialization can
 * carry it.
 */
final class RetentionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReportingPeriod period;
    private final boolean reactivationCounted;
    private final String currency;
    /** customers, expanded, contracted, churned, reactivated; then start, expansion, contraction, churn, reactivation, fx, end. */
    private final long[] values;

    private RetentionForm(ReportingPeriod period, boolean reactivationCounted, String currency, long[] values) {
        this.period = period;
        this.reactivationCounted = reactivationCounted;
        this.currency = currency;
        this.values = values;
    }

    static RetentionForm of(RevenueRetentionResult r) {
        return new RetentionForm(r.period(), r.reactivationInNrr() == ReactivationInRetention.INCLUDED, r.start().currency().getCurrencyCode(),
                new long[] {r.customers(), r.expandedCustomers(), r.contractedCustomers(), r.churnedCustomers(),
                    r.reactivatedCustomers(), r.start().minorUnits(), r.expansion().minorUnits(),
                    r.contraction().minorUnits(), r.churn().minorUnits(), r.reactivation().minorUnits(),
                    r.fx().minorUnits(), r.end().minorUnits()});
    }

    RevenueRetentionResult value() {
        Currency c = Currency.getInstance(currency);
        long[] v = values;
        return new RevenueRetentionResult(period,
                reactivationCounted ? ReactivationInRetention.INCLUDED : ReactivationInRetention.EXCLUDED, v[0], v[1], v[2], v[3], v[4],
                Money.ofMinor(c, v[5]), Money.ofMinor(c, v[6]), Money.ofMinor(c, v[7]), Money.ofMinor(c, v[8]),
                Money.ofMinor(c, v[9]), Money.ofMinor(c, v[10]), Money.ofMinor(c, v[11]));
    }

    /** Merges with core's {@link RevenueRetentionResult#plus}. */
    RetentionForm plus(RetentionForm other) {
        return of(value().plus(other.value()));
    }
}
