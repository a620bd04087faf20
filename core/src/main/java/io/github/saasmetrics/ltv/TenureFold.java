package io.github.saasmetrics.ltv;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.survival.KaplanMeier;

/**
 * Tenures to first churn as a {@link LedgerFold}: one tenure per customer first paying inside the
 * ledger, in customer order, into a {@link KaplanMeier.Accumulator}. The rules are
 * {@link LedgerLifetimes}'.
 */
final class TenureFold implements LedgerFold<TenureFold.Tenures, KaplanMeier.Accumulator> {

    static final TenureFold INSTANCE = new TenureFold();

    private TenureFold() {
    }

    /** The tenures of one slice, and the ledger's last month index (a run reaching it is censored). */
    static final class Tenures {
        private final int last;
        private final KaplanMeier.Accumulator tenures = KaplanMeier.accumulator();

        Tenures(int last) {
            this.last = last;
        }

        void add(CustomerTimeline t) {
            int first = t.firstPaidMonth();
            if (first < 0 || first == CustomerTimeline.NEVER_PAID) {
                return;
            }
            int r = t.paidIndexAtOrAfter(first);
            int end = t.paidMonthCount();
            if (r == end || t.paidMonth(r) != first) {
                tenures.add(0, true);
                return;
            }
            int spellEnd = first;
            while (r + 1 < end && t.paidMonth(r + 1) == spellEnd + 1) {
                r++;
                spellEnd++;
            }
            tenures.add(spellEnd - first + 1, spellEnd < last);
        }
    }

    @Override
    public Tenures newAccumulator(MrrLedger ledger) {
        return new Tenures(ledger.monthCount() - 1);
    }

    @Override
    public void add(Tenures accumulator, CustomerTimeline customer) {
        accumulator.add(customer);
    }

    @Override
    public Tenures merge(Tenures left, Tenures right) {
        left.tenures.addAll(right.tenures);
        return left;
    }

    @Override
    public KaplanMeier.Accumulator finish(Tenures accumulator) {
        return accumulator.tenures;
    }

    @Override
    public String toString() {
        return "tenures to first churn";
    }
}
