package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

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
 * if it is counted ({@link ReactivationInRetention}): by default as the ledger's movement
 * conventions say, which leave it out as most vendors do (Lago's preset counts it); each call can
 * choose. For one month this is exactly the cohort's part of the MRR bridge.
 *
 * <p><b>Variants.</b> {@link #measure(MrrLedger, ReportingPeriod)} takes any period of whole months;
 * {@link #monthly}, {@link #quarterly} and {@link #annual} name the calendar ones, and
 * {@link #trailingTwelveMonths(MrrLedger, YearMonth)} compares each customer's MRR in a month with
 * the same month a year before over the customers paying then. Every amount traces to a customer
 * through {@link #contributions(MrrLedger, ReportingPeriod)}.
 *
 * <p><b>Worked example</b> (the field guide): four customers pay $10, $30, $30 and $30 at the start;
 * the first leaves, the second drops to $20, the third grows to $40: start $100, churn $10,
 * contraction $10, expansion $10, GRR 80 %, NRR 90 %.
 *
 * <p>Each metric is also a {@link LedgerFold} ({@link #fold(ReportingPeriod)},
 * {@link #trailingTwelveMonthsFold(YearMonth)}, {@link #contributionsFold(ReportingPeriod)}): one
 * pass over the customers, in parallel or with other metrics; results of customer slices merge with
 * {@link RevenueRetentionResult#plus(RevenueRetentionResult)}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class RevenueRetention {

    static final int START = 0;
    static final int END = 1;
    static final int EXPANSION = 2;
    static final int CONTRACTION = 3;
    static final int CHURN = 4;
    static final int REACTIVATION = 5;
    static final int FX = 6;

    private RevenueRetention() {
    }

    /**
     * The revenue retention of a period, counting returning customers in NRR as the ledger's
     * {@link MrrLedger#movementConventions() movement conventions} say.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the result, not null; undefined ratios when nobody paid at the start (as in an empty ledger)
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static RevenueRetentionResult measure(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(period));
    }

    /**
     * The revenue retention of a period, choosing whether returning customers count in NRR.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param reactivation whether the end MRR of cohort customers who left and returned counts in NRR, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static RevenueRetentionResult measure(MrrLedger ledger, ReportingPeriod period,
            ReactivationInRetention reactivation) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(period, reactivation));
    }

    /**
     * {@link #measure(MrrLedger, ReportingPeriod)} as a {@link LedgerFold}, to run in parallel
     * ({@code ledger.fold(fold, slices, executor)}) or with other metrics in one scan.
     *
     * @param period whole months after the ledger's opening month and within it (checked when the fold runs), not null
     * @return the fold, not null
     */
    public static LedgerFold<?, RevenueRetentionResult> fold(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return LedgerFold.of("revenue retention of " + period, ledger -> RevenueRetentionSums.of(ledger, period, null));
    }

    /**
     * {@link #measure(MrrLedger, ReportingPeriod, ReactivationInRetention)} as a {@link LedgerFold}.
     *
     * @param period whole months after the ledger's opening month and within it (checked when the fold runs), not null
     * @param reactivation whether returning customers count in NRR, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, RevenueRetentionResult> fold(ReportingPeriod period,
            ReactivationInRetention reactivation) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reactivation, "reactivation");
        return LedgerFold.of("revenue retention of " + period,
                ledger -> RevenueRetentionSums.of(ledger, period, reactivation));
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
        return measure(ledger, ReportingPeriod.month(Objects.requireNonNull(month, "month")));
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
        return measure(ledger, ReportingPeriod.quarter(year, quarter));
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
        return measure(ledger, ReportingPeriod.year(year));
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
        return measure(ledger, trailingPeriod(ledger, month));
    }

    /**
     * Trailing-twelve-month revenue retention, choosing whether returning customers count in NRR.
     *
     * @param ledger the ledger, not null; must hold the month a year before and {@code month}
     * @param month the last month, not null
     * @param reactivation whether the end MRR of cohort customers who left and returned counts in NRR, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the ledger does not hold both months
     */
    public static RevenueRetentionResult trailingTwelveMonths(MrrLedger ledger, YearMonth month,
            ReactivationInRetention reactivation) {
        return measure(ledger, trailingPeriod(ledger, month), reactivation);
    }

    /**
     * {@link #trailingTwelveMonths(MrrLedger, YearMonth)} as a {@link LedgerFold}; the months are
     * checked against the ledger when the fold runs.
     *
     * @param month the last month, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, RevenueRetentionResult> trailingTwelveMonthsFold(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return LedgerFold.of("trailing-twelve-month revenue retention to " + month,
                ledger -> RevenueRetentionSums.of(ledger, trailingPeriod(ledger, month), null));
    }

    static ReportingPeriod trailingPeriod(MrrLedger ledger, YearMonth month) {
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
     * Their sums are the amounts of {@link #measure(MrrLedger, ReportingPeriod)}.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the contributions of the customers paying at the start, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static List<RetentionContribution> contributions(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(contributionsFold(period));
    }

    /**
     * {@link #contributions(MrrLedger, ReportingPeriod)} as a {@link LedgerFold}.
     *
     * @param period whole months after the ledger's opening month and within it (checked when the fold runs), not null
     * @return the fold, not null
     */
    public static LedgerFold<?, List<RetentionContribution>> contributionsFold(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return LedgerFold.of("revenue retention contributions of " + period,
                ledger -> RetentionContributions.of(ledger, period));
    }

    /**
     * Fills {@code out} with one customer's start, end, expansion, contraction, churn, reactivation
     * and FX over months {@code [first, last]}, if the customer pays at the end of {@code first − 1}.
     * Without FX in the ledger ({@code withFx} false) every FX part is zero and is not read.
     */
    static boolean contribution(CustomerTimeline t, int first, int last, boolean withFx, long[] out) {
        int to = t.paidMonthCount();
        // Only a customer with MRR at the start counts: most of a large ledger's customers paid
        // only before the period or joined later.
        if (to == 0 || t.paidMonth(0) > first - 1 || t.paidMonth(to - 1) < first - 1) {
            return false;
        }
        int r0 = t.paidIndexAtOrAfter(first - 1);
        if (t.paidMonth(r0) != first - 1) {
            return false;
        }
        int r1 = t.paidIndexAtOrAfter(last + 1);
        long start = t.mrr(r0);
        long end = t.paidMonth(r1 - 1) == last ? t.mrr(r1 - 1) : 0;
        java.util.Arrays.fill(out, 0);
        out[START] = start;
        out[END] = end;
        if (r1 - r0 == last - first + 2) {
            long fx = 0;
            if (withFx) {
                for (int r = r0 + 1; r < r1; r++) {
                    fx = Math.addExact(fx, t.fx(r));
                }
            }
            long change = end - start - fx;
            out[EXPANSION] = Math.max(change, 0);
            out[CONTRACTION] = Math.min(Math.max(-change, 0), start);
            out[FX] = end - start - out[EXPANSION] + out[CONTRACTION];
        } else {
            out[CHURN] = start;
            if (end > 0) {
                long fx = 0;
                if (withFx) {
                    // The FX of the customer's last run of months, back to its return.
                    for (int r = r1 - 1; ; r--) {
                        fx = Math.addExact(fx, t.fx(r));
                        if (r == r0 + 1 || t.paidMonth(r - 1) != t.paidMonth(r) - 1) {
                            break;
                        }
                    }
                }
                out[REACTIVATION] = Math.max(end - fx, 0);
                out[FX] = end - out[REACTIVATION];
            }
        }
        return true;
    }
}
