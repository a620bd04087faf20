package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import java.util.Objects;

/**
 * One customer's history in a ledger, as a {@link LedgerFold} sees it: the month-ends at which the
 * customer paid, in month order, with the MRR there and the part of the change that came from
 * exchange rates; the month of the first payment ever; and the months in which the customer paid
 * only between two month-ends (joined and left inside the month).
 *
 * <p>Months are ledger month indices, {@code 0} for the opening month (see
 * {@link MrrLedger#month(int)} and {@link MrrLedger#monthRange}). A month without a paid
 * entry has zero MRR at its end, so {@code mrrAt(m − 1)} and {@code mrrAt(m)} are the MRR
 * before and after month {@code m}. A fold walks the paid months with an index:
 * <pre>{@code
 * for (int i = 0; i < customer.paidMonthCount(); i++) {
 *     int month = customer.paidMonth(i);
 *     long mrr = customer.mrr(i);           // minor units, > 0
 *     boolean continues = i > 0 && customer.paidMonth(i - 1) == month - 1;
 * }
 * }</pre>
 *
 * <p>The engine reuses one instance per slice for every customer (no allocation per customer), so
 * a timeline is valid only during {@link LedgerFold#add}; it is not thread-safe.
 */
public final class CustomerTimeline {

    /** {@link #firstPaidMonth()} of a customer who never paid (as far as the ledger knows). */
    public static final int NEVER_PAID = Integer.MAX_VALUE;

    private final MrrLedger ledger;
    private final short[] months;
    private final long[] mrr;
    private final long[] fx;
    private final long[] between;
    private int customer;
    private int from;
    private int count;
    private int firstPaid;
    private int betweenFrom;
    private int betweenCount;

    CustomerTimeline(MrrLedger ledger, short[] months, long[] mrr, long[] fx, long[] between) {
        this.ledger = ledger;
        this.months = months;
        this.mrr = mrr;
        this.fx = fx;
        this.between = between;
    }

    void moveTo(int customer, int from, int to, int firstPaid, int betweenFrom, int betweenTo) {
        this.customer = customer;
        this.from = from;
        this.count = to - from;
        this.firstPaid = firstPaid;
        this.betweenFrom = betweenFrom;
        this.betweenCount = betweenTo - betweenFrom;
    }

    /**
     * The customer's index in the ledger, {@code 0} to {@code customerCount() − 1}, in identifier
     * order.
     *
     * @return the index
     */
    public int index() {
        return customer;
    }

    /**
     * The customer's identifier (for segment lookups and per-customer results).
     *
     * @return the identifier, not null
     */
    public CustomerId id() {
        return ledger.customer(customer);
    }

    /**
     * The number of month-ends at which the customer paid.
     *
     * @return zero or more
     */
    public int paidMonthCount() {
        return count;
    }

    /**
     * The month index of the {@code i}-th paid month-end; strictly increasing in {@code i}.
     *
     * @param i from 0 to {@code paidMonthCount() − 1}
     * @return the month index, from 0 to {@code monthCount() − 1}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public int paidMonth(int i) {
        return months[from + Objects.checkIndex(i, count)];
    }

    /**
     * The MRR at the {@code i}-th paid month-end, in minor units of the ledger's currency.
     *
     * @param i from 0 to {@code paidMonthCount() − 1}
     * @return the MRR, positive
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public long mrr(int i) {
        return mrr[from + Objects.checkIndex(i, count)];
    }

    /**
     * The part of the change into the {@code i}-th paid month-end that came from exchange rates: its
     * MRR minus what it would be at the previous month's rates. Subtract it from {@link #mrr(int)}
     * to get the MRR at constant rates.
     *
     * @param i from 0 to {@code paidMonthCount() − 1}
     * @return the FX part in minor units; 0 in a ledger without FX
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public long fx(int i) {
        int at = from + Objects.checkIndex(i, count);
        return fx == null ? 0 : fx[at];
    }

    /**
     * The index of the first paid month-end in or after a month: the number of paid month-ends
     * before {@code month}. A fold finds a period's rows with two calls:
     * {@code paidIndexAtOrAfter(first)} to {@code paidIndexAtOrAfter(last + 1)} (exclusive).
     *
     * <p>Example: a customer who paid at the ends of months 2, 3 and 7 gives 0 for months up to 2,
     * 1 for month 3, 2 for months 4 to 7 and 3 after 7.
     *
     * @param month a month index; any int
     * @return from 0 to {@code paidMonthCount()} inclusive; {@code paidMonthCount()} if the customer
     *     paid at no month-end in or after {@code month}
     */
    public int paidIndexAtOrAfter(int month) {
        if (count == 0) {
            return 0;
        }
        // Paid months are strictly increasing integers, so at most month − paidMonth(0) of them
        // come before month; for a customer who paid without a gap that bound is the answer, found
        // without a search.
        long bound = Math.max(0, Math.min(count, (long) month - months[from]));
        int hi = from + (int) bound;
        if (hi == from || months[hi - 1] < month) {
            return hi - from;
        }
        int lo = from;
        hi--;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (months[mid] < month) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - from;
    }

    /**
     * The MRR at the end of a month, zero if the customer did not pay then.
     *
     * @param month a month index; any int (outside the ledger the MRR is zero)
     * @return the MRR in minor units, zero or positive
     */
    public long mrrAt(int month) {
        int i = from + paidIndexAtOrAfter(month);
        return i < from + count && months[i] == month ? mrr[i] : 0;
    }

    /**
     * The month index of the customer's first payment ever: negative if it came before the ledger's
     * opening month (a customer who returns is then a reactivation, not new business).
     *
     * @return the month index, at most {@code monthCount() − 1}, or {@link #NEVER_PAID}
     */
    public int firstPaidMonth() {
        return firstPaid;
    }

    /**
     * The number of months in which the customer paid at some time but had no MRR at the month's
     * measurement instant (joined and left inside the month).
     *
     * @return zero or more
     */
    public int paidBetweenCount() {
        return betweenCount;
    }

    /**
     * The month index of the {@code j}-th month paid only between month-ends; strictly increasing
     * in {@code j}.
     *
     * @param j from 0 to {@code paidBetweenCount() − 1}
     * @return the month index
     * @throws IndexOutOfBoundsException if {@code j} is out of range
     */
    public int paidBetweenMonth(int j) {
        return (int) between[betweenFrom + Objects.checkIndex(j, betweenCount)];
    }

    /**
     * Whether the customer paid at some time in a month without MRR at its end.
     *
     * @param month a month index
     * @return true if so
     */
    public boolean paidBetween(int month) {
        for (int j = 0; j < betweenCount; j++) {
            int m = (int) between[betweenFrom + j];
            if (m >= month) {
                return m == month;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CustomerTimeline[").append(id());
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? ": " : ", ").append(ledger.month(paidMonth(i))).append('=').append(mrr(i));
        }
        return sb.append(']').toString();
    }
}
