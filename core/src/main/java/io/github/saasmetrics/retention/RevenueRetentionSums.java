package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Currency;
import javax.annotation.Nullable;

/**
 * Revenue retention's sums for one slice of customers: each cohort customer's contribution
 * ({@link RevenueRetention#contribution}) added exactly, the accumulator of
 * {@link RevenueRetention#fold}.
 */
final class RevenueRetentionSums implements LedgerAccumulator<RevenueRetentionSums, RevenueRetentionResult> {

    private static final String[] FIELDS = {"starting MRR", "ending MRR", "expansion", "contraction", "churn",
        "reactivation", "FX"};

    private final ReportingPeriod period;
    private final ReactivationInRetention reactivation;
    private final Currency currency;
    private final int first;
    private final int last;
    private final boolean withFx;
    private final long[] one = new long[7];
    private final long[] sums = new long[7];
    private final long[] counts = new long[5];

    private RevenueRetentionSums(ReportingPeriod period, ReactivationInRetention reactivation, Currency currency,
            int first, int last, boolean withFx) {
        this.period = period;
        this.reactivation = reactivation;
        this.currency = currency;
        this.first = first;
        this.last = last;
        this.withFx = withFx;
    }

    /** Empty sums for a period of a ledger, under a reactivation rule (null: the ledger's). */
    static RevenueRetentionSums of(MrrLedger ledger, ReportingPeriod period,
            @Nullable ReactivationInRetention reactivation) {
        MonthRange range = ledger.monthRange(period);
        ReactivationInRetention rule = reactivation != null ? reactivation
                : ledger.movementConventions().reactivationInRetention();
        return new RevenueRetentionSums(period, rule, ledger.currency(), range.first(), range.last(), ledger.hasFx());
    }

    @Override
    public void add(CustomerTimeline customer) {
        long[] v = one;
        if (!RevenueRetention.contribution(customer, first, last, withFx, v)) {
            return;
        }
        counts[0]++;
        counts[1] += v[RevenueRetention.EXPANSION] > 0 ? 1 : 0;
        counts[2] += v[RevenueRetention.CONTRACTION] > 0 ? 1 : 0;
        counts[3] += v[RevenueRetention.CHURN] > 0 ? 1 : 0;
        counts[4] += v[RevenueRetention.REACTIVATION] > 0 ? 1 : 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = exact(sums[i], v[i], i);
        }
    }

    @Override
    public void addAll(RevenueRetentionSums other) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] = exact(sums[i], other.sums[i], i);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    private long exact(long a, long b, int field) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ArithmeticException("revenue retention of " + period + ": the sum of "
                    + FIELDS[field] + " overflows a long of minor units of " + currency.getCurrencyCode());
        }
        return r;
    }

    private Money money(long minor) {
        return Money.ofMinor(currency, minor);
    }

    @Override
    public RevenueRetentionResult snapshot() {
        return new RevenueRetentionResult(period, reactivation, counts[0], counts[1], counts[2], counts[3],
                counts[4], money(sums[RevenueRetention.START]), money(sums[RevenueRetention.EXPANSION]),
                money(sums[RevenueRetention.CONTRACTION]), money(sums[RevenueRetention.CHURN]),
                money(sums[RevenueRetention.REACTIVATION]), money(sums[RevenueRetention.FX]),
                money(sums[RevenueRetention.END]));
    }
}
