package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A test's slow, index-based view of a ledger through its public API only: the value API
 * ({@link MrrLedger#mrr}, {@link MrrLedger#firstPaidMonth}) and, for the months paid only between
 * month-ends, one fold. Tests in every package use it to state definitions the slow way.
 */
public final class LedgerView {

    private final MrrLedger ledger;
    private final BitSet paidBetween;

    private LedgerView(MrrLedger ledger, BitSet paidBetween) {
        this.ledger = ledger;
        this.paidBetween = paidBetween;
    }

    /**
     * The view of a ledger.
     *
     * @param ledger the ledger
     * @return the view
     */
    public static LedgerView of(MrrLedger ledger) {
        int months = ledger.monthCount();
        BitSet between = ledger.fold(new LedgerFold<BitSet, BitSet>() {
            @Override
            public BitSet newAccumulator(MrrLedger l) {
                return new BitSet();
            }

            @Override
            public void add(BitSet bits, CustomerTimeline t) {
                for (int j = 0; j < t.paidBetweenCount(); j++) {
                    bits.set(t.index() * months + t.paidBetweenMonth(j));
                }
            }

            @Override
            public BitSet merge(BitSet left, BitSet right) {
                left.or(right);
                return left;
            }

            @Override
            public BitSet finish(BitSet bits) {
                return bits;
            }
        });
        return new LedgerView(ledger, between);
    }

    /**
     * A customer's MRR at the end of a month, in minor units.
     *
     * @param customer the customer index
     * @param month the month index, in the ledger
     * @return the MRR, zero if none
     */
    public long mrr(int customer, int month) {
        return ledger.mrr(ledger.customer(customer), ledger.month(month)).minorUnits();
    }

    /**
     * Whether a customer paid in a month without MRR at its end.
     *
     * @param customer the customer index
     * @param month the month index
     * @return true if so
     */
    public boolean paidBetween(int customer, int month) {
        return month >= 0 && month < ledger.monthCount() && paidBetween.get(customer * ledger.monthCount() + month);
    }

    /**
     * The month index of a customer's first payment ever.
     *
     * @param customer the customer index
     * @return the index, negative before the ledger, or {@link CustomerTimeline#NEVER_PAID}
     */
    public int firstPaid(int customer) {
        return ledger.firstPaidMonth(ledger.customer(customer))
                .map(m -> (int) ledger.firstMonth().until(m, ChronoUnit.MONTHS))
                .orElse(CustomerTimeline.NEVER_PAID);
    }

    /**
     * The ledger cut into consecutive customer ranges of about equal size, as the fold engine cuts
     * it, through the public {@link MrrLedger#filter}.
     *
     * @param ledger the ledger
     * @param parts the number of slices wanted, at least 1
     * @return between 1 and {@code parts} slices in customer order, non-empty unless the ledger is empty
     */
    public static List<MrrLedger> slices(MrrLedger ledger, int parts) {
        List<CustomerId> ids = ledger.customers();
        int n = Math.max(1, Math.min(parts, ids.size()));
        List<MrrLedger> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            Set<CustomerId> part = new HashSet<>(ids.subList(ids.size() * p / n, ids.size() * (p + 1) / n));
            out.add(ledger.filter(part::contains));
        }
        return out;
    }
}
