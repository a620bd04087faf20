package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.CustomerTimeline;

/**
 * Classifies one customer's monthly changes: the single place where a timeline becomes movements.
 *
 * <p>It reads the customer's paid month-ends in order. A paid month that follows the previous paid
 * month continues a run (expansion, contraction, FX or nothing); one after a gap starts a run (new
 * business or reactivation), and the month after a run's last paid month is churn. Months unpaid on
 * both sides are zero to zero and cost nothing, so the walk is linear in paid months.
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
        void movement(CustomerTimeline customer, int month, MovementType type, long amount, long before, long after);

        /** The customer joined and left inside a month (or, with {@code month = -1}, inside the whole range). */
        void joinedAndChurned(CustomerTimeline customer, int month);
    }

    private BridgeWalk() {
    }

    /**
     * Walks one customer over bridge months {@code [first, last]}, where {@code first ≥ 1} so that
     * month {@code first − 1} gives the starting position.
     */
    static void walk(CustomerTimeline customer, int first, int last, boolean reactivationAsExpansion, Sink sink) {
        int n = customer.paidMonthCount();
        int firstPaid = customer.firstPaidMonth();
        int prevMonth = Integer.MIN_VALUE;
        long prevValue = 0;
        long startValue = 0;
        long endValue = 0;
        boolean touched = false;
        for (int i = 0; i < n; i++) {
            int t = customer.paidMonth(i);
            long v = customer.mrr(i);
            if (t == first - 1) {
                startValue = v;
            }
            if (prevMonth != t - 1 && prevMonth != Integer.MIN_VALUE && prevMonth + 1 >= first
                    && prevMonth + 1 <= last) {
                churn(sink, customer, prevMonth + 1, prevValue);
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
                long fx = customer.fx(i);
                long constantRate = v - fx;
                if (prevMonth == t - 1) {
                    sink.level(t, prevValue, v);
                    if (constantRate > prevValue) {
                        sink.movement(customer, t, MovementType.EXPANSION, constantRate - prevValue, prevValue, v);
                    } else if (constantRate < prevValue) {
                        sink.movement(customer, t, MovementType.CONTRACTION, prevValue - constantRate, prevValue, v);
                    }
                } else {
                    sink.level(t, 0, v);
                    MovementType type = firstPaid >= t ? MovementType.NEW_BUSINESS
                            : reactivationAsExpansion ? MovementType.EXPANSION : MovementType.REACTIVATION;
                    sink.movement(customer, t, type, constantRate, 0, v);
                }
                if (fx != 0) {
                    sink.movement(customer, t, MovementType.FX, fx, prevMonth == t - 1 ? prevValue : 0, v);
                }
            }
            prevMonth = t;
            prevValue = v;
        }
        if (prevMonth != Integer.MIN_VALUE && prevMonth + 1 >= first && prevMonth + 1 <= last) {
            churn(sink, customer, prevMonth + 1, prevValue);
        }
        // Customers seen only between measurement instants.
        for (int j = 0, k = customer.paidBetweenCount(); j < k; j++) {
            int m = customer.paidBetweenMonth(j);
            if (m >= first && m <= last) {
                touched = true;
                if (customer.mrrAt(m - 1) == 0) {
                    sink.joinedAndChurned(customer, m);
                }
            }
        }
        if (touched && startValue == 0 && endValue == 0) {
            sink.joinedAndChurned(customer, -1);
        }
    }

    private static void churn(Sink sink, CustomerTimeline customer, int month, long before) {
        sink.level(month, before, 0);
        sink.movement(customer, month, MovementType.CHURN, before, before, 0);
    }
}
