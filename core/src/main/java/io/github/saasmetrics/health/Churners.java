package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MrrLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The churners after a month for one slice of customers: the customers paying at the month whose
 * MRR is zero at some month-end of the horizon, in customer (identifier) order; the accumulator of
 * {@link LedgerHealth#churnedAfterFold}. The rules are {@link LedgerHealth#churnedAfter}'s.
 */
final class Churners implements LedgerAccumulator<Churners, Set<CustomerId>> {

    private final int from;
    private final int to;
    private final List<CustomerId> churned = new ArrayList<>();

    /** No churners yet: customers paying at {@code asOf} who churn within {@code horizonMonths} months. */
    static Churners of(MrrLedger ledger, YearMonth asOf, int horizonMonths) {
        return new Churners(ledger.monthIndex(asOf), ledger.monthIndex(asOf.plusMonths(horizonMonths)));
    }

    private Churners(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public void add(CustomerTimeline t) {
        if (t.mrrAt(from) == 0) {
            return;
        }
        for (int m = from + 1; m <= to; m++) {
            if (t.mrrAt(m) == 0) {
                churned.add(t.id());
                break;
            }
        }
    }

    @Override
    public void addAll(Churners later) {
        churned.addAll(later.churned);
    }

    @Override
    public Set<CustomerId> snapshot() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(churned));
    }
}
