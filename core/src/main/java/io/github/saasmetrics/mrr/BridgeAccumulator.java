package io.github.saasmetrics.mrr;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Sums of a {@link BridgeWalk} per bridge month, for one slice of customers; accumulators of
 * consecutive slices merge with {@link #addAll(BridgeAccumulator)}.
 *
 * <p>Every sum is exact: one that would leave the range of a {@code long} throws an
 * {@link ArithmeticException} naming the bridge line, the month and the currency, never wraps.
 */
final class BridgeAccumulator implements BridgeWalk.Sink {

    // The sums of a month, indexed as the bridge's lines.
    private static final int START = BridgeLine.START.ordinal();
    private static final int NEW = BridgeLine.NEW_BUSINESS.ordinal();
    private static final int EXPANSION = BridgeLine.EXPANSION.ordinal();
    private static final int CONTRACTION = BridgeLine.CONTRACTION.ordinal();
    private static final int CHURN = BridgeLine.CHURN.ordinal();
    private static final int REACTIVATION = BridgeLine.REACTIVATION.ordinal();
    private static final int FX = BridgeLine.FX.ordinal();
    private static final int END = BridgeLine.END.ordinal();
    private static final int C_START = BridgeLine.CUSTOMERS_AT_START.ordinal();
    private static final int C_NEW = BridgeLine.NEW_CUSTOMERS.ordinal();
    private static final int C_REACTIVATED = BridgeLine.REACTIVATED_CUSTOMERS.ordinal();
    private static final int C_CHURNED = BridgeLine.CHURNED_CUSTOMERS.ordinal();
    private static final int C_END = BridgeLine.CUSTOMERS_AT_END.ordinal();
    private static final int C_EXPANDED = BridgeLine.EXPANDED_CUSTOMERS.ordinal();
    private static final int C_CONTRACTED = BridgeLine.CONTRACTED_CUSTOMERS.ordinal();
    private static final int C_JOINED_AND_CHURNED = BridgeLine.JOINED_AND_CHURNED_CUSTOMERS.ordinal();
    private static final int WIDTH = BridgeLine.values().length;
    private static final BridgeLine[] LINES = BridgeLine.values();

    private final int first;
    private final int last;
    private final YearMonth opening;
    private final Currency currency;
    private final ReportingPeriod wholePeriod;
    private final boolean asExpansion;
    /**
     * Whether the accumulator covers every bridge month of a ledger without FX whose sums cannot
     * overflow (see {@link #of}): the commonest bridge, added by a leaner loop with plain adds.
     */
    private final boolean wholeLedgerWithoutFx;
    /** WIDTH values per month, month-major, so one month's sums sit together. */
    private final long[] sums;
    private long joinedAndChurnedInRange;

    private BridgeAccumulator(int first, int last, YearMonth opening, Currency currency, ReportingPeriod wholePeriod,
            ReactivationReporting reactivation, boolean wholeLedgerWithoutFx) {
        this.first = first;
        this.last = last;
        this.opening = opening;
        this.currency = currency;
        this.wholePeriod = wholePeriod;
        this.asExpansion = reactivation == ReactivationReporting.AS_EXPANSION;
        this.wholeLedgerWithoutFx = wholeLedgerWithoutFx;
        this.sums = new long[Math.max(0, last - first + 1) * WIDTH];
    }

    /**
     * An empty accumulator over bridge months {@code [first, last]} of a ledger (none if
     * {@code last < first}, as for a ledger of one month), picking its loop once: the lean
     * whole-ledger loop when it applies, the checked range loop otherwise.
     *
     * <p>The lean loop applies when the accumulator covers every bridge month of a ledger without
     * FX whose customers times its {@link MrrLedger#largestMrr() largest MRR} fit in a long; then
     * no sum can overflow (see {@code addToWholeLedgerWithoutFx}).
     *
     * @param ledger the ledger, not null
     * @param first the first bridge month, at least 1
     * @param last the last bridge month, at most the ledger's last; below {@code first} for no month
     * @param reactivation how returning customers are reported, not null
     * @return a new accumulator, not null
     */
    static BridgeAccumulator of(MrrLedger ledger, int first, int last, ReactivationReporting reactivation) {
        boolean sumsFit = ledger.largestMrr().minorUnits() <= Long.MAX_VALUE / Math.max(1, ledger.customerCount());
        boolean wholeLedgerWithoutFx = first == 1 && last == ledger.monthCount() - 1 && !ledger.hasFx() && sumsFit;
        return new BridgeAccumulator(first, last, ledger.firstMonth(), ledger.currency(), null, reactivation,
                wholeLedgerWithoutFx);
    }

    /**
     * An empty accumulator for one comparison of two snapshots, fed through the {@link BridgeWalk.Sink}
     * methods at month 1.
     *
     * @param before the earlier snapshot's month, month 0
     * @param currency the snapshots' currency
     * @param period the months the comparison covers, named in the bridge and in messages
     * @return a new accumulator, not null
     */
    static BridgeAccumulator ofSnapshots(YearMonth before, Currency currency, ReportingPeriod period) {
        return new BridgeAccumulator(1, 1, before, currency, period, ReactivationReporting.AS_REACTIVATION, false);
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    /** Whether returning customers are reported as expansion. */
    boolean asExpansion() {
        return asExpansion;
    }

    private void add(int month, int field, long amount) {
        int i = (month - first) * WIDTH + field;
        try {
            sums[i] = Math.addExact(sums[i], amount);
        } catch (ArithmeticException e) {
            throw overflow(month, field);
        }
    }

    private void count(int month, int field) {
        sums[(month - first) * WIDTH + field]++;
    }

    private ArithmeticException overflow(int month, int field) {
        String when = wholePeriod != null ? wholePeriod.toString() : opening.plusMonths(month).toString();
        return new ArithmeticException("MRR bridge: " + LINES[field].label() + " in " + when
                + " overflows a long of minor units of " + currency.getCurrencyCode()
                + " (the sum exceeds " + Long.MAX_VALUE + ")");
    }

    /**
     * Adds one customer: {@link BridgeWalk#walk} specialised to these sums, with the same rules
     * line for line (a property test holds the two equal), because the bridge is the metric most
     * often computed over the largest ledgers and the generic walk's calls cost about twice the
     * work itself.
     *
     * <p>In the general loop every add is written out as {@code Math.addExact} on the array (a
     * helper method per add measured slower in the bridge benchmarks). {@code at} remembers which
     * sum is being added to, so that an overflow can name its line and month. The whole-ledger loop shows instead that its sums
     * cannot overflow, and adds without checks.
     */
    void addCustomer(CustomerTimeline customer) {
        if (wholeLedgerWithoutFx) {
            addToWholeLedgerWithoutFx(customer);
        } else {
            addToRange(customer);
        }
    }

    private void addToRange(CustomerTimeline customer) {
        final int first = this.first;
        final int last = this.last;
        final long[] s = sums;
        final int n = customer.paidMonthCount();
        final int firstPaid = customer.firstPaidMonth();
        final int reactivation = asExpansion ? EXPANSION : REACTIVATION;
        int prevMonth = Integer.MIN_VALUE;
        long prevValue = 0;
        long startValue = 0;
        long endValue = 0;
        boolean touched = false;
        int at = 0;
        try {
            // Rows before the month that opens the range change nothing in it: a churn after them
            // falls before the range too.
            for (int i = customer.paidIndexAtOrAfter(first - 1); i < n; i++) {
                int t = customer.paidMonth(i);
                long v = customer.mrr(i);
                if (t == first - 1) {
                    startValue = v;
                }
                int churned = prevMonth + 1;
                if (churned != t && prevMonth != Integer.MIN_VALUE && churned >= first && churned <= last) {
                    int c = (churned - first) * WIDTH;
                    at = c + START;
                    s[at] = Math.addExact(s[at], prevValue);
                    at = c + CHURN;
                    s[at] = Math.addExact(s[at], prevValue);
                    s[c + C_START]++;
                    s[c + C_CHURNED]++;
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
                    int base = (t - first) * WIDTH;
                    long fx = customer.fx(i);
                    long constantRate = v - fx;
                    at = base + END;
                    s[at] = Math.addExact(s[at], v);
                    s[base + C_END]++;
                    if (churned == t) {
                        at = base + START;
                        s[at] = Math.addExact(s[at], prevValue);
                        s[base + C_START]++;
                        if (constantRate > prevValue) {
                            at = base + EXPANSION;
                            s[at] = Math.addExact(s[at], constantRate - prevValue);
                            s[base + C_EXPANDED]++;
                        } else if (constantRate < prevValue) {
                            at = base + CONTRACTION;
                            s[at] = Math.addExact(s[at], prevValue - constantRate);
                            s[base + C_CONTRACTED]++;
                        }
                    } else {
                        at = base + (firstPaid >= t ? NEW : reactivation);
                        s[at] = Math.addExact(s[at], constantRate);
                        s[base + (firstPaid >= t ? C_NEW : C_REACTIVATED)]++;
                    }
                    if (fx != 0) {
                        at = base + FX;
                        s[at] = Math.addExact(s[at], fx);
                    }
                }
                prevMonth = t;
                prevValue = v;
            }
            int churned = prevMonth + 1;
            if (prevMonth != Integer.MIN_VALUE && churned >= first && churned <= last) {
                int c = (churned - first) * WIDTH;
                at = c + START;
                s[at] = Math.addExact(s[at], prevValue);
                at = c + CHURN;
                s[at] = Math.addExact(s[at], prevValue);
                s[c + C_START]++;
                s[c + C_CHURNED]++;
            }
        } catch (ArithmeticException e) {
            throw overflow(first + at / WIDTH, at % WIDTH);
        }
        for (int j = 0, k = customer.paidBetweenCount(); j < k; j++) {
            int m = customer.paidBetweenMonth(j);
            if (m >= first && m <= last) {
                touched = true;
                if (customer.mrrAt(m - 1) == 0) {
                    s[(m - first) * WIDTH + C_JOINED_AND_CHURNED]++;
                }
            }
        }
        if (touched && startValue == 0 && endValue == 0) {
            joinedAndChurnedInRange++;
        }
    }

    /**
     * {@link #addCustomer} when the bridge covers every month of a ledger without FX: month 0
     * opens the ledger, months 1 to {@code last} are bridged and no row lies beyond them, so the
     * range and FX tests per row fall away. Same rules in the same order (the property tests hold
     * both equal to {@link BridgeWalk}).
     *
     * <p>The adds are plain, not {@code Math.addExact} (whose checks cost a third of the bridge's
     * time on a large ledger), because none of them can overflow: a customer adds at most one
     * amount to each sum (to a month's starting MRR either as a continuing or as a churning
     * customer, never both; likewise for the other lines), and every amount it adds (an MRR, or
     * the difference of two positive MRRs) is at most the ledger's
     * {@link io.github.saasmetrics.ledger.MrrLedger#largestMrr() largest MRR}. So no sum exceeds
     * the number of customers times that, which the fold checks fits in a long before it chooses
     * this loop ({@link #of}); otherwise the checked loop runs, and reports an overflow by line and
     * month.
     *
     * <p>Why two loops and not one with a per-add choice of checked or plain: merged into one loop
     * (range tests, FX column read, a loop-invariant {@code exact ? addExact : +}), the monthly
     * bridge at 1 M customers took 77.1 ± 7.2 and 82.7 ± 29.1 ms against 59.6 ± 3.9 and
     * 56.6 ± 1.7 ms for the two loops, alternating in one session; the property test
     * {@code theBridgesFastPassEqualsTheGenericWalk} holds both to the generic walk.
     */
    private void addToWholeLedgerWithoutFx(CustomerTimeline customer) {
        final long[] s = sums;
        final int last = this.last;
        final int n = customer.paidMonthCount();
        final int firstPaid = customer.firstPaidMonth();
        final int reactivation = asExpansion ? EXPANSION : REACTIVATION;
        int i = 0;
        int prevMonth = Integer.MIN_VALUE;
        long prevValue = 0;
        long startValue = 0;
        if (n > 0 && customer.paidMonth(0) == 0) {
            prevMonth = 0;
            prevValue = customer.mrr(0);
            startValue = prevValue;
            i = 1;
        }
        boolean touched = i < n;
        for (; i < n; i++) {
            int t = customer.paidMonth(i);
            long v = customer.mrr(i);
            boolean continues = prevMonth == t - 1;
            if (!continues && prevMonth != Integer.MIN_VALUE) {
                int c = prevMonth * WIDTH;
                s[c + START] += prevValue;
                s[c + CHURN] += prevValue;
                s[c + C_START]++;
                s[c + C_CHURNED]++;
            }
            int base = (t - 1) * WIDTH;
            s[base + END] += v;
            s[base + C_END]++;
            if (continues) {
                s[base + START] += prevValue;
                s[base + C_START]++;
                if (v > prevValue) {
                    s[base + EXPANSION] += v - prevValue;
                    s[base + C_EXPANDED]++;
                } else if (v < prevValue) {
                    s[base + CONTRACTION] += prevValue - v;
                    s[base + C_CONTRACTED]++;
                }
            } else {
                s[base + (firstPaid >= t ? NEW : reactivation)] += v;
                s[base + (firstPaid >= t ? C_NEW : C_REACTIVATED)]++;
            }
            prevMonth = t;
            prevValue = v;
        }
        if (prevMonth != Integer.MIN_VALUE && prevMonth < last) {
            int c = prevMonth * WIDTH;
            s[c + START] += prevValue;
            s[c + CHURN] += prevValue;
            s[c + C_START]++;
            s[c + C_CHURNED]++;
        }
        long endValue = prevMonth == last ? prevValue : 0;
        for (int j = 0, k = customer.paidBetweenCount(); j < k; j++) {
            int m = customer.paidBetweenMonth(j);
            if (m >= 1 && m <= last) {
                touched = true;
                if (customer.mrrAt(m - 1) == 0) {
                    s[(m - 1) * WIDTH + C_JOINED_AND_CHURNED]++;
                }
            }
        }
        if (touched && startValue == 0 && endValue == 0) {
            joinedAndChurnedInRange++;
        }
    }

    @Override
    public void level(int month, long before, long after) {
        add(month, START, before);
        add(month, END, after);
        if (before != 0) {
            count(month, C_START);
        }
        if (after != 0) {
            count(month, C_END);
        }
    }

    @Override
    public void movement(CustomerTimeline customer, int month, MovementType type, long amount, long before,
            long after) {
        switch (type) {
            case NEW_BUSINESS -> {
                add(month, NEW, amount);
                count(month, C_NEW);
            }
            case EXPANSION -> {
                add(month, EXPANSION, amount);
                count(month, before == 0 ? C_REACTIVATED : C_EXPANDED);
            }
            case CONTRACTION -> {
                add(month, CONTRACTION, amount);
                count(month, C_CONTRACTED);
            }
            case CHURN -> {
                add(month, CHURN, amount);
                count(month, C_CHURNED);
            }
            case REACTIVATION -> {
                add(month, REACTIVATION, amount);
                count(month, C_REACTIVATED);
            }
            case FX -> add(month, FX, amount);
        }
    }

    @Override
    public void joinedAndChurned(CustomerTimeline customer, int month) {
        if (month < 0) {
            joinedAndChurnedInRange++;
        } else {
            count(month, C_JOINED_AND_CHURNED);
        }
    }

    /** Adds the accumulator of another slice of customers over the same months. */
    BridgeAccumulator addAll(BridgeAccumulator other) {
        for (int m = first; m <= last; m++) {
            int base = (m - first) * WIDTH;
            for (int f = 0; f < WIDTH; f++) {
                add(m, f, other.sums[base + f]);
            }
        }
        joinedAndChurnedInRange = Math.addExact(joinedAndChurnedInRange, other.joinedAndChurnedInRange);
        return this;
    }

    /** One bridge per month. */
    List<MrrBridge> monthly() {
        List<MrrBridge> out = new ArrayList<>(last - first + 1);
        for (int m = first; m <= last; m++) {
            out.add(bridge(ReportingPeriod.month(opening.plusMonths(m)), m, m,
                    sums[(m - first) * WIDTH + C_JOINED_AND_CHURNED]));
        }
        return out;
    }

    /** One bridge for the whole range. */
    MrrBridge total() {
        ReportingPeriod period = wholePeriod != null ? wholePeriod
                : ReportingPeriod.months(opening.plusMonths(first), opening.plusMonths(last));
        return bridge(period, first, last, joinedAndChurnedInRange);
    }

    private MrrBridge bridge(ReportingPeriod period, int from, int to, long joinedAndChurned) {
        long[] t = new long[WIDTH];
        for (int m = from; m <= to; m++) {
            int base = (m - first) * WIDTH;
            for (int i = 0; i < WIDTH; i++) {
                if (!LINES[i].flow() || i == C_JOINED_AND_CHURNED) {
                    // Levels (start, end) come from the first and last month; joined-and-churned
                    // customers are counted over the whole range. Summing them could overflow for nothing.
                    continue;
                }
                long s = t[i];
                long r = s + sums[base + i];
                if (((s ^ r) & (sums[base + i] ^ r)) < 0) {
                    throw new ArithmeticException("MRR bridge: " + LINES[i].label() + " over " + period
                            + " overflows a long of minor units of " + currency.getCurrencyCode());
                }
                t[i] = r;
            }
        }
        int firstBase = (from - first) * WIDTH;
        int lastBase = (to - first) * WIDTH;
        t[START] = sums[firstBase + START];
        t[C_START] = sums[firstBase + C_START];
        t[END] = sums[lastBase + END];
        t[C_END] = sums[lastBase + C_END];
        t[C_JOINED_AND_CHURNED] = joinedAndChurned;
        return MrrBridge.of(period, currency, t);
    }
}
