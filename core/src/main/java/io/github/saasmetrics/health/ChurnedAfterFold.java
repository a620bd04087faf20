package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The churners after a month as a {@link LedgerFold}: the customers paying at {@code asOf} whose
 * MRR is zero at some month-end of the horizon, collected in customer (identifier) order. The
 * rules are {@link LedgerHealth#churnedAfter}'s.
 */
final class ChurnedAfterFold implements LedgerFold<ChurnedAfterFold.Churners, Set<CustomerId>> {

    private final YearMonth asOf;
    private final int horizonMonths;

    ChurnedAfterFold(YearMonth asOf, int horizonMonths) {
        this.asOf = asOf;
        this.horizonMonths = horizonMonths;
    }

    /** The churners of one slice, in customer order. */
    static final class Churners {
        private final int from;
        private final int to;
        private final List<CustomerId> churned = new ArrayList<>();

        Churners(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void add(CustomerTimeline t) {
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
    }

    @Override
    public Churners newAccumulator(MrrLedger ledger) {
        return new Churners(ledger.monthIndex(asOf), ledger.monthIndex(asOf.plusMonths(horizonMonths)));
    }

    @Override
    public void add(Churners accumulator, CustomerTimeline customer) {
        accumulator.add(customer);
    }

    @Override
    public Churners merge(Churners left, Churners right) {
        left.churned.addAll(right.churned);
        return left;
    }

    @Override
    public Set<CustomerId> finish(Churners accumulator) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(accumulator.churned));
    }

    @Override
    public String toString() {
        return "customers paying at " + asOf + " who churned within " + horizonMonths + " months";
    }
}
