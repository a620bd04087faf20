package io.github.saasmetrics.ledger;

import java.util.Arrays;

/**
 * The ledger's layout, owned in one place: every way of building a ledger (rows, subscriptions,
 * a filter) ends in this constructor, which checks the invariants the folds rely on.
 *
 * <p>Customers are numbered {@code 0..n−1} in identifier order. Customer {@code c}'s rows are
 * {@code offsets[c]} to {@code offsets[c + 1]} (exclusive) of {@code months}, {@code mrr} and
 * {@code fx}, in increasing month; only months with positive MRR have a row. {@code fx} is null in
 * a ledger without exchange-rate changes. {@code paidBetween} holds
 * {@link MrrLedger#key(int, int) keys} {@code (customer << 32) | month}, strictly increasing, of the
 * months in which a customer paid at some time but had no MRR at the measurement instant.
 * {@code firstPaid[c]} is the month index of the first payment ever: at most the first row's or
 * paid-between month, negative if before the ledger, {@link CustomerTimeline#NEVER_PAID} if none.
 *
 * <p>The arrays are shared, not copied: builders hand them over and never touch them again.
 *
 * @param monthCount the number of months, 1 to {@link io.github.saasmetrics.limits.Limits#MAX_LEDGER_MONTHS}
 */
record LedgerColumns(int monthCount, CustomerIds customers, int[] firstPaid, int[] offsets, short[] months,
        long[] mrr, long[] fx, long[] paidBetween) {

    /**
     * Checks the layout in one pass over the rows.
     *
     * @throws IllegalArgumentException if an invariant fails, naming it
     */
    LedgerColumns {
        int n = customers.size();
        require(monthCount >= 1 && monthCount <= Short.MAX_VALUE, "month count", monthCount);
        require(firstPaid.length == n, "first payments per customer", firstPaid.length);
        require(offsets.length == n + 1 && offsets[0] == 0, "customer offsets", offsets.length);
        int rows = offsets[n];
        require(months.length == rows && mrr.length == rows, "row columns", months.length);
        require(fx == null || fx.length == rows, "FX column", fx == null ? 0 : fx.length);
        for (int c = 0; c < n; c++) {
            require(offsets[c] <= offsets[c + 1], "offsets of customer", c);
        }
        for (int c = 0; c < n; c++) {
            int from = offsets[c];
            int to = offsets[c + 1];
            int previous = -1;
            for (int r = from; r < to; r++) {
                require(months[r] > previous && months[r] < monthCount, "month of row", r);
                require(mrr[r] > 0, "MRR of row", r);
                previous = months[r];
            }
            require(from == to || firstPaid[c] <= months[from], "first payment of customer", c);
        }
        long previousKey = -1;
        for (long key : paidBetween) {
            int c = (int) (key >>> 32);
            int month = (int) key;
            require(key > previousKey && c < n && month >= 0 && month < monthCount && firstPaid[c] <= month,
                    "paid-between key", key);
            previousKey = key;
        }
    }

    private static void require(boolean holds, String what, long value) {
        if (!holds) {
            throw new IllegalArgumentException("ledger layout: " + what + " " + value + " breaks the layout's rules");
        }
    }

    /** The number of rows. */
    int rowCount() {
        return offsets[offsets.length - 1];
    }

    /**
     * The columns of some customers, in their order.
     *
     * @param kept the indices of the customers kept, increasing; the first {@code count} are used
     * @param count how many are kept
     */
    LedgerColumns select(int[] kept, int count) {
        int n = customers.size();
        boolean[] keeps = new boolean[n];
        int rows = 0;
        for (int i = 0; i < count; i++) {
            int c = kept[i];
            keeps[c] = true;
            rows += offsets[c + 1] - offsets[c];
        }
        int[] first = new int[count];
        int[] offs = new int[count + 1];
        short[] ms = new short[rows];
        long[] vs = new long[rows];
        long[] fs = fx == null ? null : new long[rows];
        long[] during = Arrays.stream(paidBetween).filter(k -> keeps[(int) (k >>> 32)]).toArray();
        int[] remap = new int[n];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int c = kept[i];
            remap[c] = i;
            first[i] = firstPaid[c];
            int len = offsets[c + 1] - offsets[c];
            System.arraycopy(months, offsets[c], ms, at, len);
            System.arraycopy(mrr, offsets[c], vs, at, len);
            if (fs != null) {
                System.arraycopy(fx, offsets[c], fs, at, len);
            }
            at += len;
            offs[i + 1] = at;
        }
        for (int i = 0; i < during.length; i++) {
            during[i] = MrrLedger.key(remap[(int) (during[i] >>> 32)], (int) during[i]);
        }
        return new LedgerColumns(monthCount, customers.select(kept, count), first, offs, ms, vs, fs, during);
    }
}
