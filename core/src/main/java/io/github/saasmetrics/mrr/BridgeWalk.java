package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.MrrLedger;

/**
 * The one pass over a ledger's rows that classifies every customer's monthly change.
 *
 * <p>For each customer it reads the rows in month order. A row whose month follows the previous
 * row's month continues a paid run (expansion, contraction, FX or nothing); a row after a gap starts
 * a run (new business or reactivation), and the month after a run's last row is churn. Months
 * without rows on either side are zero to zero and cost nothing, so the pass is linear in rows.
 */
final class BridgeWalk {

    /** Receives what the walk finds, for bridge months in {@code [first, last]}. */
    interface Sink {
        /** The customer's MRR before (end of previous month) and after (end of this month). */
        void level(int month, long before, long after);

        /**
         * A movement; {@code amount} positive except for FX. Expansion from {@code before = 0} is a
         * reactivation reported as expansion.
         */
        void movement(int customer, int month, MovementType type, long amount, long before, long after);

        /** The customer joined and left inside a month (or, with {@code month = -1}, inside the whole range). */
        void joinedAndChurned(int customer, int month);
    }

    private BridgeWalk() {
    }

    /**
     * Walks customers {@code [fromCustomer, toCustomer)} over bridge months {@code [first, last]},
     * where {@code first ≥ 1} so that month {@code first − 1} gives the starting position.
     */
    static void walk(MrrLedger ledger, int first, int last, int fromCustomer, int toCustomer, Sink sink) {
        boolean asExpansion = ledger.conventions().reactivationAsExpansion();
        long[] during = ledger.activeDuringOnlyKeys();
        int d = lowerBound(during, (long) fromCustomer << 32);
        for (int c = fromCustomer; c < toCustomer; c++) {
            int from = ledger.rowStart(c);
            int to = ledger.rowEnd(c);
            int firstPaid = ledger.firstPaidMonthIndex(c);
            int prevMonth = Integer.MIN_VALUE;
            long prevValue = 0;
            long startValue = 0;
            long endValue = 0;
            boolean touched = false;
            for (int r = from; r < to; r++) {
                int t = ledger.rowMonth(r);
                long v = ledger.rowMrr(r);
                if (t == first - 1) {
                    startValue = v;
                }
                if (prevMonth != t - 1 && prevMonth != Integer.MIN_VALUE && prevMonth + 1 >= first
                        && prevMonth + 1 <= last) {
                    churn(sink, c, prevMonth + 1, prevValue);
                }
                if (t > last) {
                    prevMonth = Integer.MIN_VALUE;
                    break;
                }
                if (t >= first) {
                    touched = true;
                    if (t == last) {
                        endValue = v;
                    }
                    long fx = ledger.rowFx(r);
                    long constantRate = v - fx;
                    if (prevMonth == t - 1) {
                        sink.level(t, prevValue, v);
                        if (constantRate > prevValue) {
                            sink.movement(c, t, MovementType.EXPANSION, constantRate - prevValue, prevValue, v);
                        } else if (constantRate < prevValue) {
                            sink.movement(c, t, MovementType.CONTRACTION, prevValue - constantRate, prevValue, v);
                        }
                    } else {
                        sink.level(t, 0, v);
                        MovementType type = firstPaid >= t ? MovementType.NEW_BUSINESS
                                : asExpansion ? MovementType.EXPANSION : MovementType.REACTIVATION;
                        sink.movement(c, t, type, constantRate, 0, v);
                    }
                    if (fx != 0) {
                        sink.movement(c, t, MovementType.FX, fx, prevMonth == t - 1 ? prevValue : 0, v);
                    }
                }
                prevMonth = t;
                prevValue = v;
            }
            if (prevMonth != Integer.MIN_VALUE && prevMonth + 1 >= first && prevMonth + 1 <= last) {
                churn(sink, c, prevMonth + 1, prevValue);
            }
            // Customers seen only between measurement instants.
            while (d < during.length && (int) (during[d] >>> 32) < c) {
                d++;
            }
            for (; d < during.length && (int) (during[d] >>> 32) == c; d++) {
                int m = (int) during[d];
                if (m >= first && m <= last) {
                    touched = true;
                    if (ledger.mrrMinor(c, m - 1) == 0) {
                        sink.joinedAndChurned(c, m);
                    }
                }
            }
            if (touched && startValue == 0 && endValue == 0) {
                sink.joinedAndChurned(c, -1);
            }
        }
    }

    private static void churn(Sink sink, int c, int month, long before) {
        sink.level(month, before, 0);
        sink.movement(c, month, MovementType.CHURN, before, before, 0);
    }

    private static int lowerBound(long[] keys, long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
