package io.github.saasmetrics.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * An experiment, not the library: the monthly bridge sums computed straight from a ledger's
 * arrays in one loop, with no per-row callbacks or range checks. It tells how close to the floor
 * pass a bridge can get on this machine, and so how much of the gap between
 * {@code MrrMovements.monthly} and the floor is the library's overhead and how much is the work
 * itself (one data-dependent branch and a scattered add into a month bucket per row).
 *
 * <p>It covers ledgers without an FX column and without paid-between-instants months (such as the
 * synthetic rows), with the default conventions; on those it is checked equal to the library.
 */
public final class DirectBridgePass {

    static final int START = 0;
    static final int NEW = 1;
    static final int EXPANSION = 2;
    static final int CONTRACTION = 3;
    static final int CHURN = 4;
    static final int REACTIVATION = 5;
    static final int END = 6;
    static final int C_START = 7;
    static final int C_NEW = 8;
    static final int C_REACTIVATED = 9;
    static final int C_CHURNED = 10;
    static final int C_END = 11;
    static final int C_EXPANDED = 12;
    static final int C_CONTRACTED = 13;
    static final int WIDTH = 16;

    private DirectBridgePass() {
    }

    /**
     * The sums of customers {@code [fromCustomer, toCustomer)}, {@code WIDTH} per month index.
     *
     * @param a the ledger's arrays, not null, without FX and paid-between-instants months
     * @param monthCount the ledger's months
     * @param fromCustomer the first customer, inclusive
     * @param toCustomer the last customer, exclusive
     * @return the sums, not null
     */
    public static long[] sums(LedgerArrays a, int monthCount, int fromCustomer, int toCustomer) {
        if (a.fx() != null || a.paidBetween().length != 0) {
            throw new IllegalArgumentException("the direct pass covers ledgers without FX and paid-between-instants months");
        }
        int[] offsets = a.offsets();
        int[] firstPaid = a.firstPaid();
        short[] months = a.months();
        long[] mrr = a.mrr();
        long[] s = new long[(monthCount + 1) * WIDTH];
        for (int c = fromCustomer; c < toCustomer; c++) {
            int end = offsets[c + 1];
            int first = firstPaid[c];
            int prevMonth = -2;
            long prev = 0;
            for (int r = offsets[c]; r < end; r++) {
                int t = months[r];
                long v = mrr[r];
                int b = t * WIDTH;
                s[b + END] += v;
                s[b + C_END]++;
                if (prevMonth == t - 1) {
                    s[b + START] += prev;
                    s[b + C_START]++;
                    long d = v - prev;
                    if (d > 0) {
                        s[b + EXPANSION] += d;
                        s[b + C_EXPANDED]++;
                    } else if (d < 0) {
                        s[b + CONTRACTION] -= d;
                        s[b + C_CONTRACTED]++;
                    }
                } else {
                    if (prevMonth >= 0) {
                        churn(s, prevMonth + 1, prev);
                    }
                    if (first >= t) {
                        s[b + NEW] += v;
                        s[b + C_NEW]++;
                    } else {
                        s[b + REACTIVATION] += v;
                        s[b + C_REACTIVATED]++;
                    }
                }
                prevMonth = t;
                prev = v;
            }
            if (prevMonth >= 0) {
                churn(s, prevMonth + 1, prev);
            }
        }
        return s;
    }

    static void churn(long[] s, int month, long before) {
        int b = month * WIDTH;
        s[b + START] += before;
        s[b + C_START]++;
        s[b + CHURN] += before;
        s[b + C_CHURNED]++;
    }

    /**
     * Adds the sums of another customer range.
     *
     * @param a sums, modified
     * @param b other sums of the same months, not null
     * @return {@code a}
     */
    public static long[] plus(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /**
     * The bridge rows of bridge months {@code 1..monthCount − 1}, as the library reports them.
     * Movements in the opening month (index 0) are not part of any bridge and are dropped, and
     * churn after the last month (index {@code monthCount}) likewise.
     *
     * @param sums the sums, not null
     * @param monthCount the ledger's months
     * @param openingEpochMonth the opening month as an epoch month
     * @return the rows, not null
     */
    public static List<BridgeRow> rows(long[] sums, int monthCount, int openingEpochMonth) {
        List<BridgeRow> out = new ArrayList<>(monthCount - 1);
        for (int m = 1; m < monthCount; m++) {
            int b = m * WIDTH;
            out.add(new BridgeRow(openingEpochMonth + m, sums[b + START], sums[b + NEW], sums[b + EXPANSION],
                    sums[b + CONTRACTION], sums[b + CHURN], sums[b + REACTIVATION], 0, sums[b + END],
                    sums[b + C_START], sums[b + C_NEW], sums[b + C_REACTIVATED], sums[b + C_CHURNED], sums[b + C_END],
                    sums[b + C_EXPANDED], sums[b + C_CONTRACTED], 0));
        }
        return out;
    }
}
