package io.github.saasmetrics.retention;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Churn alerts from a ledger: each month's churned customers tested against the churn rate of the
 * months before it (see {@link ChurnAlert} for the test).
 *
 * <p><b>Counts.</b> For a month, {@code n} is the number of customers paying at the end of the month
 * before it and {@code k} the number of those paying nothing at its end ({@code S − retained} of
 * {@link CustomerChurn} for that month). Customers who joined and left inside the month are not
 * among the {@code n} who could leave, so they are not in {@code k} either: the binomial test needs
 * {@code k} out of {@code n}.
 *
 * <p><b>Baseline.</b> The {@code trailingMonths} months just before the month tested, pooled:
 * {@code p₀ = Σ k_m / Σ n_m}, so a month with more customers weighs more. The month tested is not in
 * its own baseline. Every baseline month must be one the ledger can bridge (after its opening
 * month); a shorter history is an {@link IllegalArgumentException}, never a silently shorter
 * baseline.
 *
 * <p><b>MRR.</b> Each alert carries a {@link ChurnedMrrCheck}: the customers' MRR at the start of
 * the month and the MRR of those who left, under the same {@code p₀}.
 *
 * <p>Worked example: 100, 97 and 94 customers at the start of three months lose 3 each
 * ({@code p₀ = 9/291 = 3.09 %}); in the fourth, 10 of 91 leave: expected 2.81, range 0 to 6,
 * {@code P(X ≥ 10) = 0.00052}, flagged at {@code α = 0.05}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ChurnAlerts {

    private ChurnAlerts() {
    }

    /**
     * The alert for one month against the trailing months before it.
     *
     * @param ledger the ledger, not null
     * @param month the month tested, not null; it and the {@code trailingMonths} months before it must be after the
     *     ledger's opening month and within it
     * @param trailingMonths the number of baseline months, at least 1
     * @param significance {@code α}, strictly between 0 and 0.5
     * @return the alert, not null
     * @throws IllegalArgumentException if the months reach outside the ledger, an argument is out of range, or the
     *     baseline is undefined (nobody paid at the start of any baseline month); also if a month's customers at
     *     the baseline rate have a binomial variance above {@link io.github.saasmetrics.stats.Binomial#MAX_VARIANCE}
     * @throws ArithmeticException if a month's starting or churned MRR does not fit in a long of minor units (the
     *     message names the month and the customer)
     */
    public static ChurnAlert measure(MrrLedger ledger, YearMonth month, int trailingMonths, double significance) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(month, "month");
        checkTrailing(trailingMonths);
        ledger.monthRange(ReportingPeriod.months(month.minusMonths(trailingMonths), month));
        List<MonthCounts> counts = new ArrayList<>();
        MrrSnapshot previous = ledger.snapshot(month.minusMonths(trailingMonths + 1));
        for (int i = trailingMonths; i >= 0; i--) {
            MrrSnapshot current = ledger.snapshot(month.minusMonths(i));
            counts.add(MonthCounts.of(previous, current));
            previous = current;
        }
        return alert(counts, counts.size() - 1, trailingMonths, significance);
    }

    /**
     * The alerts of every month of the ledger that can have one, in month order: a month needs
     * {@code trailingMonths} bridgeable months before it (so the first {@code trailingMonths} have
     * none), and a customer paying at the start of at least one of them (a baseline of 0/0, as in a
     * business's first months, compares with nothing).
     *
     * @param ledger the ledger, not null
     * @param trailingMonths the number of baseline months, at least 1
     * @param significance {@code α}, strictly between 0 and 0.5
     * @return the alerts, not null, empty if the ledger is too short
     * @throws IllegalArgumentException if an argument is out of range, or a month's customers at the baseline rate
     *     have a binomial variance above {@link io.github.saasmetrics.stats.Binomial#MAX_VARIANCE}
     * @throws ArithmeticException if a month's starting or churned MRR does not fit in a long of minor units (the
     *     message names the month and the customer)
     */
    public static List<ChurnAlert> monthly(MrrLedger ledger, int trailingMonths, double significance) {
        Objects.requireNonNull(ledger, "ledger");
        checkTrailing(trailingMonths);
        List<MonthCounts> counts = new ArrayList<>();
        MrrSnapshot previous = ledger.snapshot(ledger.firstMonth());
        for (int m = 1; m < ledger.monthCount(); m++) {
            MrrSnapshot current = ledger.snapshot(ledger.month(m));
            counts.add(MonthCounts.of(previous, current));
            previous = current;
        }
        List<ChurnAlert> alerts = new ArrayList<>();
        for (int i = trailingMonths; i < counts.size(); i++) {
            if (baseline(counts, i, trailingMonths).defined()) {
                alerts.add(alert(counts, i, trailingMonths, significance));
            }
        }
        return List.copyOf(alerts);
    }

    private static void checkTrailing(int trailingMonths) {
        if (trailingMonths < 1) {
            throw new IllegalArgumentException("trailingMonths must be at least 1 but was " + trailingMonths);
        }
    }

    private static Ratio baseline(List<MonthCounts> counts, int index, int trailingMonths) {
        Ratio baseline = Ratio.UNDEFINED;
        for (int i = index - trailingMonths; i < index; i++) {
            baseline = baseline.plus(Ratio.of(counts.get(i).churned, counts.get(i).atStart));
        }
        return baseline;
    }

    private static ChurnAlert alert(List<MonthCounts> counts, int index, int trailingMonths, double significance) {
        Ratio baseline = baseline(counts, index, trailingMonths);
        MonthCounts tested = counts.get(index);
        double p0 = baseline.defined() ? baseline.value() : 0;
        ChurnedMrrCheck mrr = new ChurnedMrrCheck(tested.startMrr, tested.churnedMrr, tested.squares, p0);
        return new ChurnAlert(tested.month, tested.atStart, tested.churned, baseline, significance, mrr);
    }

    /** One month's counts: customers and MRR at the start, and of those, who left. */
    private record MonthCounts(YearMonth month, long atStart, long churned, Money startMrr, Money churnedMrr,
            BigInteger squares) {

        static MonthCounts of(MrrSnapshot start, MrrSnapshot end) {
            long churned = 0;
            long startMinor = 0;
            long churnedMinor = 0;
            BigInteger squares = BigInteger.ZERO;
            for (Map.Entry<CustomerId, Money> e : start.mrr().entrySet()) {
                long x = e.getValue().minorUnits();
                boolean left = !end.mrr().containsKey(e.getKey());
                try {
                    startMinor = Math.addExact(startMinor, x);
                    if (left) {
                        churnedMinor = Math.addExact(churnedMinor, x);
                    }
                } catch (ArithmeticException overflow) {
                    throw Limits.overflow((left ? "churned MRR of " : "MRR at the start of ") + end.month()
                            + " in minor units of " + start.currency().getCurrencyCode() + " (at customer "
                            + Limits.quote(e.getKey()) + ")", overflow);
                }
                squares = squares.add(BigInteger.valueOf(x).multiply(BigInteger.valueOf(x)));
                if (left) {
                    churned++;
                }
            }
            return new MonthCounts(end.month(), start.customerCount(), churned,
                    Money.ofMinor(start.currency(), startMinor), Money.ofMinor(start.currency(), churnedMinor), squares);
        }
    }
}
