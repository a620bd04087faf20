package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Every cohort customer's contribution to revenue retention, in customer order: the accumulator of
 * {@link RevenueRetention#contributionsFold}.
 */
final class RetentionContributions implements LedgerAccumulator<RetentionContributions, List<RetentionContribution>> {

    private final Currency currency;
    private final int first;
    private final int last;
    private final boolean withFx;
    private final long[] one = new long[7];
    private final List<RetentionContribution> contributions = new ArrayList<>();

    private RetentionContributions(Currency currency, int first, int last, boolean withFx) {
        this.currency = currency;
        this.first = first;
        this.last = last;
        this.withFx = withFx;
    }

    /** No contributions yet, for a period of a ledger. */
    static RetentionContributions of(MrrLedger ledger, ReportingPeriod period) {
        MonthRange range = ledger.monthRange(period);
        return new RetentionContributions(ledger.currency(), range.first(), range.last(), ledger.hasFx());
    }

    @Override
    public void add(CustomerTimeline customer) {
        long[] v = one;
        if (RevenueRetention.contribution(customer, first, last, withFx, v)) {
            contributions.add(new RetentionContribution(customer.id(),
                    money(v[RevenueRetention.START]), money(v[RevenueRetention.END]),
                    money(v[RevenueRetention.EXPANSION]), money(v[RevenueRetention.CONTRACTION]),
                    money(v[RevenueRetention.CHURN]), money(v[RevenueRetention.REACTIVATION]),
                    money(v[RevenueRetention.FX])));
        }
    }

    @Override
    public void addAll(RetentionContributions later) {
        contributions.addAll(later.contributions);
    }

    private Money money(long minor) {
        return Money.ofMinor(currency, minor);
    }

    @Override
    public List<RetentionContribution> snapshot() {
        return List.copyOf(contributions);
    }
}
