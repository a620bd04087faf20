package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Sums of a {@link BridgeWalk} per bridge month, for one range of customers; partial
 * accumulators over disjoint customer ranges merge with {@link #addAll(BridgeAccumulator)}.
 */
final class BridgeAccumulator implements BridgeWalk.Sink {

    private static final int START = 0;
    private static final int NEW = 1;
    private static final int EXPANSION = 2;
    private static final int CONTRACTION = 3;
    private static final int CHURN = 4;
    private static final int REACTIVATION = 5;
    private static final int FX = 6;
    private static final int END = 7;
    private static final int C_START = 8;
    private static final int C_NEW = 9;
    private static final int C_REACTIVATED = 10;
    private static final int C_CHURNED = 11;
    private static final int C_END = 12;
    private static final int C_EXPANDED = 13;
    private static final int C_CONTRACTED = 14;
    private static final int C_JOINED_AND_CHURNED = 15;
    private static final int WIDTH = 16;

    private final int first;
    private final int last;
    /** WIDTH values per month, month-major, so one month's sums sit together. */
    private final long[] sums;
    private long joinedAndChurnedInRange;

    BridgeAccumulator(int first, int last) {
        this.first = first;
        this.last = last;
        this.sums = new long[(last - first + 1) * WIDTH];
    }

    static BridgeAccumulator over(MrrLedger ledger, int first, int last, int fromCustomer, int toCustomer) {
        BridgeAccumulator acc = new BridgeAccumulator(first, last);
        BridgeWalk.walk(ledger, first, last, fromCustomer, toCustomer, acc);
        return acc;
    }

    @Override
    public void level(int month, long before, long after) {
        int base = (month - first) * WIDTH;
        sums[base + START] += before;
        sums[base + END] += after;
        if (before != 0) {
            sums[base + C_START]++;
        }
        if (after != 0) {
            sums[base + C_END]++;
        }
    }

    @Override
    public void movement(int customer, int month, MovementType type, long amount, long before, long after) {
        int base = (month - first) * WIDTH;
        switch (type) {
            case NEW_BUSINESS -> {
                sums[base + NEW] += amount;
                sums[base + C_NEW]++;
            }
            case EXPANSION -> {
                sums[base + EXPANSION] += amount;
                sums[base + (before == 0 ? C_REACTIVATED : C_EXPANDED)]++;
            }
            case CONTRACTION -> {
                sums[base + CONTRACTION] += amount;
                sums[base + C_CONTRACTED]++;
            }
            case CHURN -> {
                sums[base + CHURN] += amount;
                sums[base + C_CHURNED]++;
            }
            case REACTIVATION -> {
                sums[base + REACTIVATION] += amount;
                sums[base + C_REACTIVATED]++;
            }
            case FX -> sums[base + FX] += amount;
        }
    }

    @Override
    public void joinedAndChurned(int customer, int month) {
        if (month < 0) {
            joinedAndChurnedInRange++;
        } else {
            sums[(month - first) * WIDTH + C_JOINED_AND_CHURNED]++;
        }
    }

    /** Adds a partial accumulator of another customer range over the same months. */
    BridgeAccumulator addAll(BridgeAccumulator other) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.addExact(sums[i], other.sums[i]);
        }
        joinedAndChurnedInRange += other.joinedAndChurnedInRange;
        return this;
    }

    /** One bridge per month. */
    List<MrrBridge> monthly(MrrLedger ledger) {
        List<MrrBridge> out = new ArrayList<>(last - first + 1);
        for (int m = first; m <= last; m++) {
            out.add(bridge(ledger.currency(), ReportingPeriod.month(ledger.month(m)), m, m,
                    sums[(m - first) * WIDTH + C_JOINED_AND_CHURNED]));
        }
        return out;
    }

    /** One bridge for the whole range. */
    MrrBridge total(MrrLedger ledger) {
        return bridge(ledger.currency(), ReportingPeriod.months(ledger.month(first), ledger.month(last)), first, last,
                joinedAndChurnedInRange);
    }

    /** The single bridge of a one-month accumulator filled by hand (snapshot comparisons). */
    MrrBridge snapshotBridge(Currency currency, ReportingPeriod period) {
        return bridge(currency, period, first, last, 0);
    }

    private MrrBridge bridge(Currency currency, ReportingPeriod period, int from, int to, long joinedAndChurned) {
        long[] t = new long[WIDTH];
        for (int m = from; m <= to; m++) {
            int base = (m - first) * WIDTH;
            for (int i = 0; i < WIDTH; i++) {
                t[i] = Math.addExact(t[i], sums[base + i]);
            }
        }
        int firstBase = (from - first) * WIDTH;
        int lastBase = (to - first) * WIDTH;
        return new MrrBridge(period, Money.ofMinor(currency, sums[firstBase + START]),
                Money.ofMinor(currency, t[NEW]), Money.ofMinor(currency, t[EXPANSION]),
                Money.ofMinor(currency, t[CONTRACTION]), Money.ofMinor(currency, t[CHURN]),
                Money.ofMinor(currency, t[REACTIVATION]), Money.ofMinor(currency, t[FX]),
                Money.ofMinor(currency, sums[lastBase + END]), sums[firstBase + C_START], t[C_NEW], t[C_REACTIVATED],
                t[C_CHURNED], sums[lastBase + C_END], t[C_EXPANDED], t[C_CONTRACTED], joinedAndChurned);
    }
}
