package io.github.saasmetrics.ltv;

import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.Tenure;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import java.time.YearMonth;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Lifetimes and cohort value read from an {@link MrrLedger}.
 *
 * <p><b>Tenure.</b> A customer's tenure is the length, in months, of its <em>first</em> unbroken run
 * of paid month ends, starting at its first paid month. The customer churned if the run ends
 * before the ledger does, and is right-censored if it is still paying in the ledger's last month.
 * A customer who returns later keeps its first churn: Kaplan–Meier estimates time to first churn.
 * A customer who joined and left inside one month (paid, but never at a month end) has tenure 0.
 * Customers whose first payment precedes the ledger are left out, because their early months are
 * not in it (left truncation); {@link #customersBeforeLedger(MrrLedger)} counts them, and
 * {@link #survival(MrrLedger, LeftTruncation)} can count them with delayed entry instead.
 *
 * <p><b>Cohort revenue.</b> Each month's MRR stands for that month's revenue, so a cohort's
 * revenue at age {@code k} is the MRR, {@code k} months after its first paid month, of the
 * customers who first paid in that month.
 *
 * <p>Example: a customer paying in months 1–4 of a ledger ending at month 12 has tenure 4,
 * churned; one paying from month 9 to 12 has tenure 4, censored.
 *
 * <p>Each metric is also a {@link LedgerFold} ({@link #tenuresFold()}, {@link #survivalFold()},
 * {@link #customersBeforeLedgerFold()}, {@link #cohortsFold()}): one pass over the customers, on
 * customer slices in parallel or with other metrics in one scan, with the same result.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class LedgerLifetimes {

    private static final LedgerFold<?, KaplanMeier.Accumulator> TENURES = LedgerFold.of("tenures to first churn",
            ledger -> new FirstSpells(ledger.monthCount() - 1));
    private static final LedgerFold<?, SurvivalCurve> SURVIVAL = TENURES.andThen(KaplanMeier.Accumulator::toCurve);
    private static final LedgerFold<?, Long> BEFORE_LEDGER = LedgerFold.of("customers before the ledger",
            ledger -> new long[1],
            (count, customer) -> count[0] += customer.firstPaidMonth() < 0 ? 1 : 0,
            (left, right) -> {
                left[0] += right[0];
                return left;
            },
            count -> count[0]);
    private static final LedgerFold<?, SortedMap<YearMonth, CohortLtv>> COHORTS = LedgerFold.of(
            "cohort LTV by first paid month", FirstMonthCohorts::new);

    private LedgerLifetimes() {
    }

    /**
     * The tenures of the ledger's customers, ready for {@link KaplanMeier}.
     *
     * @param ledger the ledger, not null
     * @return an accumulator holding one tenure per customer first paying inside the ledger, not null
     */
    public static KaplanMeier.Accumulator tenures(MrrLedger ledger) {
        return Objects.requireNonNull(ledger, "ledger").fold(tenuresFold());
    }

    /**
     * {@link #tenures(MrrLedger)} as a {@link LedgerFold}, to run in parallel
     * ({@code ledger.fold(fold, slices, executor)}) or with other metrics in one scan. Each run
     * returns a new accumulator, owned by the caller; the tenures are in customer order for any
     * number of slices.
     *
     * @return the fold, not null
     */
    public static LedgerFold<?, KaplanMeier.Accumulator> tenuresFold() {
        return TENURES;
    }

    /**
     * The Kaplan–Meier survival curve of time to first churn, in months.
     *
     * @param ledger the ledger, not null
     * @return the curve, not null
     * @throws IllegalStateException if no customer first pays inside the ledger
     */
    public static SurvivalCurve survival(MrrLedger ledger) {
        return Objects.requireNonNull(ledger, "ledger").fold(survivalFold());
    }

    /**
     * {@link #survival(MrrLedger)} as a {@link LedgerFold}: the tenures fitted when the fold finishes.
     *
     * @return the fold, not null
     */
    public static LedgerFold<?, SurvivalCurve> survivalFold() {
        return SURVIVAL;
    }

    /**
     * The Kaplan–Meier survival curve of time to first churn, in months, with a choice for the
     * customers whose first payment precedes the ledger: left out ({@link LeftTruncation#EXCLUDE},
     * the same curve as {@link #survival(MrrLedger)}), or counted from the tenure at which the
     * ledger first sees them ({@link LeftTruncation#DELAYED_ENTRY}, see
     * {@link KaplanMeier#fitDelayedEntry(java.util.Collection)}).
     *
     * @param ledger the ledger, not null
     * @param leftTruncation what to do with customers first paying before the ledger, not null
     * @return the curve, not null
     * @throws IllegalStateException if no customer can be counted
     */
    public static SurvivalCurve survival(MrrLedger ledger, LeftTruncation leftTruncation) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(leftTruncation, "leftTruncation");
        return leftTruncation == LeftTruncation.EXCLUDE ? survival(ledger)
                : KaplanMeier.fitDelayedEntry(DelayedEntryTenures.of(ledger));
    }

    /**
     * The number of paying customers whose first payment precedes the ledger, left out of
     * {@link #tenures(MrrLedger)} and of the cohorts.
     *
     * @param ledger the ledger, not null
     * @return the count, zero or more
     */
    public static long customersBeforeLedger(MrrLedger ledger) {
        return Objects.requireNonNull(ledger, "ledger").fold(customersBeforeLedgerFold());
    }

    /**
     * {@link #customersBeforeLedger(MrrLedger)} as a {@link LedgerFold}.
     *
     * @return the fold, not null
     */
    public static LedgerFold<?, Long> customersBeforeLedgerFold() {
        return BEFORE_LEDGER;
    }

    /**
     * The cohort value of every first-paid month in the ledger: for each cohort, its original
     * customers and their revenue by age up to the ledger's last month.
     *
     * @param ledger the ledger, not null
     * @return the cohorts by month, in order, not null, unmodifiable
     * @throws ArithmeticException if a cohort's revenue at an age overflows a {@code long} (the message
     *     names the cohort and the age)
     */
    public static SortedMap<YearMonth, CohortLtv> cohorts(MrrLedger ledger) {
        return Objects.requireNonNull(ledger, "ledger").fold(cohortsFold());
    }

    /**
     * {@link #cohorts(MrrLedger)} as a {@link LedgerFold}.
     *
     * @return the fold, not null
     */
    public static LedgerFold<?, SortedMap<YearMonth, CohortLtv>> cohortsFold() {
        return COHORTS;
    }
}
