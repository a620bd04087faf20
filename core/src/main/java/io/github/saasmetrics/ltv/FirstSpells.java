package io.github.saasmetrics.ltv;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.survival.KaplanMeier;

/**
 * Tenures to first churn for one slice of customers: one tenure per customer first paying inside
 * the ledger, in customer order; the accumulator of {@link LedgerLifetimes#tenuresFold()}. The
 * ledger's last month index decides censoring (a run reaching it is censored). The rules are
 * {@link LedgerLifetimes}'.
 */
final class FirstSpells implements LedgerAccumulator<FirstSpells, KaplanMeier.Accumulator> {

    private final int last;
    private final KaplanMeier.Accumulator tenures = KaplanMeier.accumulator();

    FirstSpells(int last) {
        this.last = last;
    }

    @Override
    public void add(CustomerTimeline t) {
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

    @Override
    public void addAll(FirstSpells later) {
        tenures.addAll(later.tenures);
    }

    /** A copy of the tenures so far, owned by the caller: the accumulator stays unchanged. */
    @Override
    public KaplanMeier.Accumulator snapshot() {
        return KaplanMeier.accumulator().addAll(tenures);
    }
}
