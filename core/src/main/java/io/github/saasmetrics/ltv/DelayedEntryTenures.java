package io.github.saasmetrics.ltv;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MovementType;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.survival.DelayedEntryTenure;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first-spell tenures of a ledger's customers with their entry tenures, from the ledger's public
 * queries (the opening month's MRR and the churn and start movements of the bridge): customers
 * first paying inside the ledger enter at 0, exactly as in {@link LedgerLifetimes#tenures}; customers
 * first paying before it and paying in its opening month enter at the months between their first
 * payment and the opening month (see {@link DelayedEntryTenure#ofFirstSpell(int, int, int, int)}).
 */
final class DelayedEntryTenures {

    private DelayedEntryTenures() {
    }

    static List<DelayedEntryTenure> of(MrrLedger ledger) {
        YearMonth opening = ledger.firstMonth();
        int last = ledger.monthCount() - 1;
        Set<CustomerId> payingAtOpening = ledger.snapshot(opening).mrr().keySet();
        // Per customer: the month index of the first start from zero, and of each churn, in order.
        Map<CustomerId, List<int[]>> events = new HashMap<>();
        if (ledger.monthCount() > 1) {
            for (MrrMovement m : MrrMovements.movements(ledger, ReportingPeriod.months(opening.plusMonths(1),
                    ledger.lastMonth()))) {
                boolean starts = m.before().zero() && m.after().positive() && m.type() != MovementType.FX;
                if (starts || m.type() == MovementType.CHURN) {
                    events.computeIfAbsent(m.customer(), c -> new ArrayList<>())
                            .add(new int[] {index(opening, m.month()), starts ? 1 : 0});
                }
            }
        }
        List<DelayedEntryTenure> out = new ArrayList<>();
        for (CustomerId c : ledger.customers()) {
            Optional<YearMonth> firstPaid = ledger.firstPaidMonth(c);
            if (firstPaid.isEmpty()) {
                continue;
            }
            int first = index(opening, firstPaid.get());
            List<int[]> own = events.getOrDefault(c, List.of());
            boolean paysAtFirst;
            if (first <= 0) {
                // Before or at the opening month: only a customer paying in it is seen in its first spell.
                paysAtFirst = payingAtOpening.contains(c);
                if (first < 0 && !paysAtFirst) {
                    continue;
                }
            } else {
                paysAtFirst = own.stream().anyMatch(e -> e[0] == first && e[1] == 1);
            }
            if (!paysAtFirst) {
                // Joined and left inside its first month.
                out.add(DelayedEntryTenure.churned(0, 0));
                continue;
            }
            int spellEnd = last;
            for (int[] e : own) {
                if (e[1] == 0 && e[0] > Math.max(first, 0)) {
                    spellEnd = e[0] - 1;
                    break;
                }
            }
            out.add(DelayedEntryTenure.ofFirstSpell(first, 0, spellEnd, last));
        }
        return out;
    }

    private static int index(YearMonth opening, YearMonth month) {
        return Math.toIntExact(ChronoUnit.MONTHS.between(opening, month));
    }
}
