package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Objects;

/**
 * Customer churn over a reporting period of an {@link MrrLedger}, with any {@link ChurnDenominator}.
 *
 * <p><b>Period.</b> Whole months after the ledger's opening month and within its last month. The
 * <em>start</em> is the end of the month before the period, the <em>end</em> the end of its last
 * month; a customer "pays" at a month-end when its MRR there is above zero. Any other period is
 * rejected: an answer for part of it would be silently wrong.
 *
 * <p><b>Counts</b> (all in {@link ChurnResult}):
 * <ul>
 *   <li>{@code S}, {@code E}: customers paying at the start and at the end; {@code retained}: at both.</li>
 *   <li>{@code N} (joined): customers not paying at the start who paid at some time during the
 *       period, new or returning, whether they stayed or not.</li>
 *   <li>{@code C} (churn events): each month of the period at whose end a customer pays nothing
 *       after paying at the end of the month before, plus each month in which a customer not paying at
 *       either of its ends paid between them ({@link io.github.saasmetrics.ledger.CustomerTimeline#paidBetween(int)}: joined and
 *       left inside the month). Events, not customers: one who leaves, returns and leaves again
 *       counts twice, as the field guide's "a later churn counts again" asks and as the MRR bridge
 *       counts churned customers. {@code churnedCustomers} counts each such customer once.</li>
 *   <li><b>Join-and-churn customers</b>: customers paying at neither the start nor the end who paid
 *       at some time during the period (the bridge's {@code joinedAndChurnedCustomers}). With
 *       {@link JoinAndChurn#COUNTED} (the default) they count like everyone else;
 *       {@link JoinAndChurn#EXCLUDED} (ChartMogul's B2B formula, {@code MovementConventions.chartMogul()}) leaves them out of every
 *       count, numerator and denominators alike, as if they had never been customers. A customer
 *       who joins, leaves and returns by the end is not one of them: their churn event counts.</li>
 *   <li><b>Exposure</b> ({@code CUSTOMER_DAYS}): the ledger only knows month-ends, so each month of
 *       the period adds its full length in days for a customer paying at both its ends, half its
 *       length for one paying at exactly one end (joined or left in it, at an unknown day taken as
 *       the middle), and half its length for one who joined and left inside it. Kept in half days so
 *       it stays a whole number.</li>
 *   <li><b>Monthly steps</b> ({@code DAILY_SUM}): ChartMogul's retired formula sums
 *       {@code 1 − active at end of day / active at start of day} over days; on the ledger's monthly
 *       measurement steps each term is {@code churned in the month / paying at its start}, counting
 *       only customers paying at the start of the month. As the daily formula cannot see a customer
 *       who comes and goes inside one day, the monthly steps cannot see one who comes and goes inside
 *       one month.</li>
 * </ul>
 *
 * <p><b>Worked example</b> (the field guide): 100 customers pay at the start of February 2024, 10 of
 * them stop by its end, and one customer joins and leaves during it. Defaults: 11 churn events,
 * {@code START} 11/100 = 11 %. ChartMogul preset: 10/100 = 10 %.
 *
 * <p>One pass over the customers ({@link #fold(ReportingPeriod)}); results of customer slices
 * merge with {@link ChurnResult#plus(ChurnResult)}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class CustomerChurn {

    private CustomerChurn() {
    }

    /**
     * The churn counts of a period, treating customers who join and churn inside it as the ledger's
     * {@link MrrLedger#movementConventions() movement conventions} say.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the counts, not null; every rate undefined for a ledger without customers
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static ChurnResult measure(MrrLedger ledger, ReportingPeriod period) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(period));
    }

    /**
     * The churn counts of a period, choosing how customers who join and churn inside it count.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param joinAndChurn whether customers who joined and left inside the period count, not null
     * @return the counts, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static ChurnResult measure(MrrLedger ledger, ReportingPeriod period, JoinAndChurn joinAndChurn) {
        return Objects.requireNonNull(ledger, "ledger").fold(fold(period, joinAndChurn));
    }

    /**
     * {@link #measure(MrrLedger, ReportingPeriod)} as a {@link LedgerFold}, to run in parallel
     * ({@code ledger.fold(fold, slices, executor)}) or with other metrics in one scan.
     *
     * @param period whole months after the ledger's opening month and within it (checked when the fold runs), not null
     * @return the fold, not null
     */
    public static LedgerFold<?, ChurnResult> fold(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return LedgerFold.of("customer churn of " + period, ledger -> CustomerChurnCounts.of(ledger, period, null));
    }

    /**
     * {@link #measure(MrrLedger, ReportingPeriod, JoinAndChurn)} as a {@link LedgerFold}.
     *
     * @param period whole months after the ledger's opening month and within it (checked when the fold runs), not null
     * @param joinAndChurn whether customers who joined and left inside the period count, not null
     * @return the fold, not null
     */
    public static LedgerFold<?, ChurnResult> fold(ReportingPeriod period, JoinAndChurn joinAndChurn) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(joinAndChurn, "joinAndChurn");
        return LedgerFold.of("customer churn of " + period,
                ledger -> CustomerChurnCounts.of(ledger, period, joinAndChurn));
    }

    /**
     * The churn rate over customers at the start ({@link ChurnDenominator#START}).
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return churn events / customers at the start, undefined when nobody paid at the start, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static Ratio rate(MrrLedger ledger, ReportingPeriod period) {
        return measure(ledger, period).rate();
    }

    /**
     * The churn rate with a denominator (see {@link ChurnResult#rate(ChurnDenominator)}).
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param denominator the denominator, not null, not {@code DAILY_SUM} (use {@link ChurnResult#dailySum()})
     * @return the ratio, not null
     * @throws IllegalArgumentException if the period is invalid, or for {@code DAILY_SUM}
     */
    public static Ratio rate(MrrLedger ledger, ReportingPeriod period, ChurnDenominator denominator) {
        return measure(ledger, period).rate(denominator);
    }
}
