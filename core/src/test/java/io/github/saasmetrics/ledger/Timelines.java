package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import java.time.YearMonth;

/** What a ledger's timelines say of one customer, read through a fold as any metric reads them. */
final class Timelines {

    private Timelines() {
    }

    /** Whether the customer paid inside the month without MRR at its end. */
    static boolean paidBetween(MrrLedger ledger, CustomerId customer, YearMonth month) {
        int c = ledger.customerIndex(customer);
        int m = ledger.monthIndex(month);
        return ledger.fold(LedgerFold.of("paid between", l -> new boolean[1],
                (boolean[] seen, CustomerTimeline t) -> seen[0] |= t.index() == c && t.paidBetween(m),
                (a, b) -> new boolean[] {a[0] | b[0]}, seen -> seen[0]));
    }

    /** The month index of the customer's first payment, or {@link CustomerTimeline#NEVER_PAID}. */
    static int firstPaidMonth(MrrLedger ledger, CustomerId customer) {
        int c = ledger.customerIndex(customer);
        return ledger.fold(LedgerFold.of("first paid", l -> new int[] {CustomerTimeline.NEVER_PAID},
                (int[] first, CustomerTimeline t) -> {
                    if (t.index() == c) {
                        first[0] = t.firstPaidMonth();
                    }
                },
                (a, b) -> new int[] {Math.min(a[0], b[0])}, first -> first[0]));
    }
}
