package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ParallelLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Gross and net revenue retention (GRR, NRR) of a period over the closed cohort of customers
 * paying at its start.
 *
 * <p><b>Cohort.</b> The customers with MRR above zero at the end of the month before the period.
 * Nobody else counts: not new business, not customers returning during the period after leaving
 * before it.
 *
 * <p><b>Each cohort customer</b> (see {@link RetentionContribution}) is compared between the start
 * and the end of the period, at constant exchange rates:
 * <ul>
 *   <li>paying at every month-end of the period: the change from start to end, less its FX part, is
 *       expansion if up and contraction if down (a dip that recovers inside the period is no loss);
 *       contraction never exceeds the start, any rest of an extreme exchange-rate swing stays in FX;</li>
 *   <li>not paying at some month-end: churn equal to its start MRR; if it pays again at the end, its
 *       end MRR (less the FX of its final paid run) is reactivation.</li>
 * </ul>
 * Then, summed over the cohort, {@code GRR = (start − contraction − churn) / start}, never above
 * 100 %, and {@code NRR = (start + expansion − contraction − churn) / start}, plus reactivation
 * if it is counted: by default when the ledger's conventions report reactivation as expansion
 * (Lago), otherwise not, as most vendors do; each call can choose. For one month this is exactly
 * the cohort's part of the MRR bridge.
 *
 * <p><b>Variants.</b> {@link #of(MrrLedger, ReportingPeriod)} takes any period of whole months;
 * {@link #monthly}, {@link #quarterly} and {@link #annual} name the calendar ones, and
 * {@link #trailingTwelveMonths(MrrLedger, YearMonth)} compares each customer's MRR in a month with
 * the same month a year before over the customers paying then. Every amount traces to a customer
 * through {@link #contributions(MrrLedger, ReportingPeriod)}.
 *
 * <p><b>Worked example</b> (the field guide): four customers pay $10, $30, $30 and $30 at the start;
 * the first leaves, the second drops to $20, the third grows to $40: start $100, churn $10,
 * contraction $10, expansion $10, GRR 80 %, NRR 90 %.
 *
 * <p>One pass over the ledger's rows; results of customer slices merge with
 * {@link RevenueRetentionResult#plus(RevenueRetentionResult)}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class RevenueRetention {

    private static final int START = 0;
    private static final int END = 1;
    private static final int EXPANSION = 2;
    private static final int CONTRACTION = 3;
    private static final int CHURN = 4;
    private static final int REACTIVATION = 5;
    private static final int FX = 6;

    private RevenueRetention() {
    }

    /**
     * The revenue retention of a period, counting reactivation in NRR as the ledger's
     * {@code reactivationAsExpansion} convention says.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the result, not null; undefined ratios when nobody paid at the start (as in an empty ledger)
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static RevenueRetentionResult of(MrrLedger ledger, ReportingPeriod period) {
        Objects.requireNonNull(ledger, "ledger");
        return of(ledger, period, ledger.conventions().reactivationAsExpansion());
    }

    /**
     * The revenue retention of a period, choosing whether reactivation counts in NRR.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param countReactivation whether the end MRR of cohort customers who left and returned counts in NRR
     * @return the result, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static RevenueRetentionResult of(MrrLedger ledger, ReportingPeriod period, boolean countReactivation) {
        int[] range = LedgerPeriods.range(ledger, period);
        long[] sums = new long[7];
        long[] counts = new long[5];
        long[] one = new long[7];
        for (int c = 0; c < ledger.customerCount(); c++) {
            if (contribution(ledger, c, range[0], range[1], one)) {
                counts[0]++;
                counts[1] += one[EXPANSION] > 0 ? 1 : 0;
                counts[2] += one[CONTRACTION] > 0 ? 1 : 0;
                counts[3] += one[CHURN] > 0 ? 1 : 0;
                counts[4] += one[REACTIVATION] > 0 ? 1 : 0;
                for (int i = 0; i < sums.length; i++) {
                    sums[i] = Math.addExact(sums[i], one[i]);
                }
            }
        }
        Currency cur = ledger.currency();
        return new RevenueRetentionResult(period, countReactivation, counts[0], counts[1], counts[2], counts[3],
                counts[4], Money.ofMinor(cur, sums[START]), Money.ofMinor(cur, sums[EXPANSION]),
                Money.ofMinor(cur, sums[CONTRACTION]), Money.ofMinor(cur, sums[CHURN]),
                Money.ofMinor(cur, sums[REACTIVATION]), Money.ofMinor(cur, sums[FX]), Money.ofMinor(cur, sums[END]));
    }

    /**
     * {@link #of(MrrLedger, ReportingPeriod)} computed on slices of customers in parallel; identical result.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param parts the number of slices, at least 1
     * @param executor runs the slices (the last on the calling thread), not null
     * @return the result, not null
     * @throws IllegalArgumentException if the period is invalid or {@code parts} is less than 1
     */
    public static RevenueRetentionResult of(MrrLedger ledger, ReportingPeriod period, int parts, Executor executor) {
        Objects.requireNonNull(ledger, "ledger");
        LedgerPeriods.range(ledger, period);
        boolean count = ledger.conventions().reactivationAsExpansion();
        return ParallelLedger.compute(ledger, parts, executor, slice -> of(slice, period, count),
                RevenueRetentionResult::plus);
    }

    /**
     * The revenue retention of one month: customers paying at the end of the month before.
     *
     * @param ledger the ledger, not null
     * @param month a month after the ledger's opening month and within it, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the month is outside the ledger's bridgeable months
     */
    public static RevenueRetentionResult monthly(MrrLedger ledger, YearMonth month) {
        return of(ledger, ReportingPeriod.month(Objects.requireNonNull(month, "month")));
    }

    /**
     * The revenue retention of a calendar quarter.
     *
     * @param ledger the ledger, not null
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return the result, not null
     * @throws IllegalArgumentException if the quarter is not 1 to 4 or outside the ledger's bridgeable months
     */
    public static RevenueRetentionResult quarterly(MrrLedger ledger, int year, int quarter) {
        return of(ledger, ReportingPeriod.quarter(year, quarter));
    }

    /**
     * The revenue retention of a calendar year: December of the year before against December.
     *
     * @param ledger the ledger, not null
     * @param year the year
     * @return the result, not null
     * @throws IllegalArgumentException if the year is outside the ledger's bridgeable months
     */
    public static RevenueRetentionResult annual(MrrLedger ledger, int year) {
        return of(ledger, ReportingPeriod.year(year));
    }

    /**
     * Trailing-twelve-month revenue retention: each customer's MRR at the end of {@code month}
     * against the end of the same month a year before, over the customers paying then. It is the
     * retention of the twelve months ending with {@code month}.
     *
     * @param ledger the ledger, not null; must hold the month a year before and {@code month}
     * @param month the last month, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the ledger does not hold both months
     */
    public static RevenueRetentionResult trailingTwelveMonths(MrrLedger ledger, YearMonth month) {
        return of(ledger, trailingPeriod(ledger, month));
    }

    /**
     * Trailing-twelve-month revenue retention, choosing whether reactivation counts in NRR.
     *
     * @param ledger the ledger, not null; must hold the month a year before and {@code month}
     * @param month the last month, not null
     * @param countReactivation whether the end MRR of cohort customers who left and returned counts in NRR
     * @return the result, not null
     * @throws IllegalArgumentException if the ledger does not hold both months
     */
    public static RevenueRetentionResult trailingTwelveMonths(MrrLedger ledger, YearMonth month,
            boolean countReactivation) {
        return of(ledger, trailingPeriod(ledger, month), countReactivation);
    }

    /**
     * {@link #trailingTwelveMonths(MrrLedger, YearMonth)} computed on slices in parallel; identical result.
     *
     * @param ledger the ledger, not null; must hold the month a year before and {@code month}
     * @param month the last month, not null
     * @param parts the number of slices, at least 1
     * @param executor runs the slices (the last on the calling thread), not null
     * @return the result, not null
     * @throws IllegalArgumentException if the ledger does not hold both months or {@code parts} is less than 1
     */
    public static RevenueRetentionResult trailingTwelveMonths(MrrLedger ledger, YearMonth month, int parts,
            Executor executor) {
        return of(ledger, trailingPeriod(ledger, month), parts, executor);
    }

    private static ReportingPeriod trailingPeriod(MrrLedger ledger, YearMonth month) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(month, "month");
        YearMonth before = month.minusMonths(12);
        if (before.isBefore(ledger.firstMonth()) || month.isAfter(ledger.lastMonth())) {
            throw new IllegalArgumentException("trailing twelve months to " + month + " compare " + before + " with "
                    + month + ", but the ledger holds " + ledger.firstMonth() + ".." + ledger.lastMonth());
        }
        return ReportingPeriod.months(month.minusMonths(11), month);
    }

    /**
     * Every cohort customer's contribution to a period's revenue retention, in customer order.
     * Their sums are the amounts of {@link #of(MrrLedger, ReportingPeriod)}.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the contributions of the customers paying at the start, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static List<RetentionContribution> contributions(MrrLedger ledger, ReportingPeriod period) {
        int[] range = LedgerPeriods.range(ledger, period);
        Currency cur = ledger.currency();
        List<RetentionContribution> out = new ArrayList<>();
        long[] v = new long[7];
        for (int c = 0; c < ledger.customerCount(); c++) {
            if (contribution(ledger, c, range[0], range[1], v)) {
                out.add(new RetentionContribution(ledger.customer(c), Money.ofMinor(cur, v[START]),
                        Money.ofMinor(cur, v[END]), Money.ofMinor(cur, v[EXPANSION]), Money.ofMinor(cur, v[CONTRACTION]),
                        Money.ofMinor(cur, v[CHURN]), Money.ofMinor(cur, v[REACTIVATION]), Money.ofMinor(cur, v[FX])));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Fills {@code out} with one customer's start, end, expansion, contraction, churn, reactivation
     * and FX over months {@code [first, last]}, if the customer pays at the end of {@code first − 1}.
     */
    private static boolean contribution(MrrLedger ledger, int c, int first, int last, long[] out) {
        int to = ledger.rowEnd(c);
        int r0 = ledger.rowStart(c);
        while (r0 < to && ledger.rowMonth(r0) < first - 1) {
            r0++;
        }
        if (r0 == to || ledger.rowMonth(r0) != first - 1) {
            return false;
        }
        int r1 = r0 + 1;
        while (r1 < to && ledger.rowMonth(r1) <= last) {
            r1++;
        }
        long start = ledger.rowMrr(r0);
        long end = ledger.rowMonth(r1 - 1) == last ? ledger.rowMrr(r1 - 1) : 0;
        java.util.Arrays.fill(out, 0);
        out[START] = start;
        out[END] = end;
        if (r1 - r0 == last - first + 2) {
            long fx = 0;
            for (int r = r0 + 1; r < r1; r++) {
                fx = Math.addExact(fx, ledger.rowFx(r));
            }
            long change = end - start - fx;
            out[EXPANSION] = Math.max(change, 0);
            out[CONTRACTION] = Math.min(Math.max(-change, 0), start);
            out[FX] = end - start - out[EXPANSION] + out[CONTRACTION];
        } else {
            out[CHURN] = start;
            if (end > 0) {
                long fx = 0;
                int r = r1 - 1;
                while (true) {
                    fx = Math.addExact(fx, ledger.rowFx(r));
                    if (r == r0 + 1 || ledger.rowMonth(r - 1) != ledger.rowMonth(r) - 1) {
                        break;
                    }
                    r--;
                }
                out[REACTIVATION] = Math.max(end - fx, 0);
                out[FX] = end - out[REACTIVATION];
            }
        }
        return true;
    }
}
