package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import java.time.DateTimeException;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Joins health scores with an {@link MrrLedger}: the MRR-trend signal, the portfolio by band, and
 * the churners a back-test needs.
 *
 * <p>Example: {@code LedgerHealth.backTest(assessments, ledger, YearMonth.of(2024, 6), 3)} checks
 * how well June's scores ranked the customers who churned in July, August or September.
 *
 * <p>The MRR trend and the portfolio read single customers and one month through the ledger's
 * value API ({@link MrrLedger#mrr}, {@link MrrLedger#snapshot}); the churners are one pass over
 * every customer, also a {@link LedgerFold} ({@link #churnedAfterFold(YearMonth, int)}).
 *
 * <p>Windows and horizons are at most {@value #MAX_MONTHS} months, as many as a ledger can span; a
 * longer one, or one reaching past the years {@code -999999999..999999999}, is refused with
 * {@link IllegalArgumentException} naming the parameter before the ledger is read.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class LedgerHealth {

    /** The longest MRR-trend window or churn horizon, in months: {@value} ({@link Limits#MAX_LEDGER_MONTHS}). */
    public static final int MAX_MONTHS = Limits.MAX_LEDGER_MONTHS;

    private LedgerHealth() {
    }

    static void checkMonths(String name, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException(name + " must be from 1 to " + MAX_MONTHS + " but was " + months);
        }
    }

    /** {@code asOf} moved by some months, or an exception naming both when that leaves the supported years. */
    static YearMonth shifted(YearMonth asOf, String name, int months, int sign) {
        try {
            return asOf.plusMonths((long) sign * months);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("asOf " + asOf + (sign < 0 ? " minus " : " plus ") + name + " " + months
                    + " is outside the years " + Year.MIN_VALUE + ".." + Year.MAX_VALUE, e);
        }
    }

    /** Checks that a month is in the ledger, naming the parameter it came from. */
    private static void requireInLedger(MrrLedger ledger, String what, YearMonth month) {
        try {
            ledger.monthIndex(month);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds the MRR trend over the last {@code months} months: MRR at {@code asOf − months} and at
     * {@code asOf}. A customer who had no MRR at the start of the window has no trend: the signal
     * stays missing (its weight is shared out) rather than being read as growth from zero.
     *
     * @param signals the customer's other signals, not null
     * @param ledger the ledger, not null
     * @param asOf the month of the assessment, not null, in the ledger
     * @param months the window length, at least 1; {@code asOf − months} must be in the ledger
     * @return the signals with the trend, or unchanged when there is no MRR at the window's start
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code months} is not from 1 to {@value #MAX_MONTHS}, or
     *     {@code asOf} or {@code asOf − months} is outside the ledger (the message names which)
     */
    public static HealthSignals withMrrTrend(HealthSignals signals, MrrLedger ledger, YearMonth asOf, int months) {
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(asOf, "asOf");
        checkMonths("months", months);
        requireInLedger(ledger, "asOf", asOf);
        YearMonth from = shifted(asOf, "months", months, -1);
        requireInLedger(ledger, "asOf " + asOf + " minus months " + months, from);
        Money start = ledger.mrr(signals.customer(), from);
        Money end = ledger.mrr(signals.customer(), asOf);
        return start.positive() ? signals.withMrrTrend(start, end) : signals;
    }

    /**
     * The portfolio at a month: every assessed customer and every paying customer, with the MRR
     * the ledger gives them at that month (zero for an assessed customer who does not pay).
     *
     * @param assessments one assessment per customer, not null
     * @param ledger the ledger, not null
     * @param month the month, not null, in the ledger
     * @return the portfolio, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the month is outside the ledger or a customer is assessed twice
     * @throws ArithmeticException if the MRR of the unassessed customers overflows a {@code long} of minor units
     */
    public static HealthPortfolio portfolio(Collection<HealthAssessment> assessments, MrrLedger ledger,
            YearMonth month) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(ledger, "ledger");
        Map<CustomerId, Money> mrr = new HashMap<>(ledger.snapshot(month).mrr());
        for (HealthAssessment a : assessments) {
            mrr.computeIfAbsent(a.customer(), c -> Money.zero(ledger.currency()));
        }
        if (mrr.isEmpty()) {
            mrr.put(CustomerId.of("(none)"), Money.zero(ledger.currency()));
        }
        return HealthPortfolio.of(assessments, mrr);
    }

    /**
     * The customers paying at {@code asOf} whose MRR fell to zero at some month end in the
     * {@code horizonMonths} months after it.
     *
     * @param ledger the ledger, not null
     * @param asOf the month of the assessments, not null, in the ledger
     * @param horizonMonths how far to look, at least 1; {@code asOf + horizonMonths} must be in the ledger
     * @return the churners, sorted, not null, unmodifiable
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the horizon is not from 1 to {@value #MAX_MONTHS}, or {@code asOf} or
     *     {@code asOf + horizonMonths} is outside the ledger (the message names which)
     */
    public static Set<CustomerId> churnedAfter(MrrLedger ledger, YearMonth asOf, int horizonMonths) {
        Objects.requireNonNull(ledger, "ledger");
        LedgerFold<?, Set<CustomerId>> fold = churnedAfterFold(asOf, horizonMonths);
        requireInLedger(ledger, "asOf", asOf);
        requireInLedger(ledger, "asOf " + asOf + " plus horizonMonths " + horizonMonths,
                asOf.plusMonths(horizonMonths));
        return ledger.fold(fold);
    }

    /**
     * {@link #churnedAfter(MrrLedger, YearMonth, int)} as a {@link LedgerFold}, to run in parallel
     * ({@code ledger.fold(fold, slices, executor)}) or with other metrics in one scan; the months
     * are checked against the ledger when the fold runs.
     *
     * @param asOf the month of the assessments, not null
     * @param horizonMonths how far to look, at least 1
     * @return the fold, not null; its result is sorted and unmodifiable
     * @throws NullPointerException if {@code asOf} is null
     * @throws IllegalArgumentException if the horizon is not from 1 to {@value #MAX_MONTHS}, or
     *     {@code asOf + horizonMonths} is past the year 999999999
     */
    public static LedgerFold<?, Set<CustomerId>> churnedAfterFold(YearMonth asOf, int horizonMonths) {
        Objects.requireNonNull(asOf, "asOf");
        checkMonths("horizonMonths", horizonMonths);
        shifted(asOf, "horizonMonths", horizonMonths, 1);
        return LedgerFold.of("customers paying at " + asOf + " who churned within " + horizonMonths + " months",
                ledger -> Churners.of(ledger, asOf, horizonMonths));
    }

    /**
     * Back-tests assessments made at {@code asOf} against the churn the ledger shows over the
     * following {@code horizonMonths} months ({@link #churnedAfter}).
     *
     * @param assessments one assessment per customer, as of {@code asOf}, not null
     * @param ledger the ledger, not null
     * @param asOf the month of the assessments, not null
     * @param horizonMonths how far to look, at least 1
     * @return the back-test, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the horizon is not from 1 to {@value #MAX_MONTHS}, a month is outside
     *     the ledger, or a customer is assessed twice
     */
    public static HealthValidation backTest(Collection<HealthAssessment> assessments, MrrLedger ledger, YearMonth asOf,
            int horizonMonths) {
        return HealthValidation.of(assessments, churnedAfter(ledger, asOf, horizonMonths));
    }
}
