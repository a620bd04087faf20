package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ParallelLedger;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

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
 *       either of its ends paid between them ({@link MrrLedger#activeDuringOnly(int, int)}: joined and
 *       left inside the month). Events, not customers: one who leaves, returns and leaves again
 *       counts twice, as the field guide's "a later churn counts again" asks and as the MRR bridge
 *       counts churned customers. {@code churnedCustomers} counts each such customer once.</li>
 *   <li><b>Join-and-churn customers</b>: customers paying at neither the start nor the end who paid
 *       at some time during the period (the bridge's {@code joinedAndChurnedCustomers}). With
 *       {@code joinAndChurnCountsAsChurn} true (the default) they count like everyone else; false
 *       (ChartMogul's B2B formula, {@code MrrConventions.chartMogul()}) leaves them out of every
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
 * <p>One pass over the ledger's rows; results of customer slices merge with
 * {@link ChurnResult#plus(ChurnResult)}, which {@link #of(MrrLedger, ReportingPeriod, int, Executor)}
 * uses to compute in parallel.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class CustomerChurn {

    private CustomerChurn() {
    }

    /**
     * The churn counts of a period, under the ledger's {@code joinAndChurnCountsAsChurn} convention.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the counts, not null; every rate undefined for a ledger without customers
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static ChurnResult of(MrrLedger ledger, ReportingPeriod period) {
        Objects.requireNonNull(ledger, "ledger");
        return of(ledger, period, ledger.conventions().joinAndChurnCountsAsChurn());
    }

    /**
     * The churn counts of a period, overriding the join-and-churn convention.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param joinAndChurnCountsAsChurn whether customers who joined and left inside the period count
     * @return the counts, not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static ChurnResult of(MrrLedger ledger, ReportingPeriod period, boolean joinAndChurnCountsAsChurn) {
        int[] range = LedgerPeriods.range(ledger, period);
        return walk(ledger, period, range[0], range[1], joinAndChurnCountsAsChurn);
    }

    /**
     * {@link #of(MrrLedger, ReportingPeriod)} computed on slices of customers in parallel; identical result.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param parts the number of slices, at least 1
     * @param executor runs the slices (the last on the calling thread), not null
     * @return the counts, not null
     * @throws IllegalArgumentException if the period is invalid or {@code parts} is less than 1
     */
    public static ChurnResult of(MrrLedger ledger, ReportingPeriod period, int parts, Executor executor) {
        Objects.requireNonNull(ledger, "ledger");
        LedgerPeriods.range(ledger, period);
        boolean count = ledger.conventions().joinAndChurnCountsAsChurn();
        return ParallelLedger.compute(ledger, parts, executor, slice -> of(slice, period, count), ChurnResult::plus);
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
        return of(ledger, period).rate();
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
        return of(ledger, period).rate(denominator);
    }

    private static ChurnResult walk(MrrLedger ledger, ReportingPeriod period, int first, int last, boolean count) {
        int months = last - first + 1;
        long[] days = new long[months];
        for (int i = 0; i < months; i++) {
            days[i] = ledger.month(first + i).lengthOfMonth();
        }
        long[] stepStart = new long[months];
        long[] stepChurned = new long[months];
        long start = 0;
        long end = 0;
        long retained = 0;
        long joined = 0;
        long events = 0;
        long churnedCustomers = 0;
        long joinAndChurn = 0;
        long exposure = 0;
        long[] during = ledger.activeDuringOnlyKeys();
        int d = 0;
        for (int c = 0; c < ledger.customerCount(); c++) {
            int to = ledger.rowEnd(c);
            int r0 = ledger.rowStart(c);
            while (r0 < to && ledger.rowMonth(r0) < first - 1) {
                r0++;
            }
            int r1 = r0;
            while (r1 < to && ledger.rowMonth(r1) <= last) {
                r1++;
            }
            boolean atStart = r0 < r1 && ledger.rowMonth(r0) == first - 1;
            boolean atEnd = r0 < r1 && ledger.rowMonth(r1 - 1) == last;
            boolean inside = r0 < r1 && ledger.rowMonth(r1 - 1) >= first;
            long ownEvents = 0;
            long ownExposure = 0;
            while (d < during.length && (int) (during[d] >>> 32) < c) {
                d++;
            }
            for (; d < during.length && (int) (during[d] >>> 32) == c; d++) {
                int m = (int) during[d];
                if (m >= first && m <= last) {
                    inside = true;
                    if (!paidAt(ledger, r0, r1, m - 1) && !paidAt(ledger, r0, r1, m)) {
                        ownEvents++;
                        ownExposure += days[m - first];
                    }
                }
            }
            if (!atStart && !inside) {
                continue;
            }
            if (!atStart && !atEnd) {
                joinAndChurn++;
                if (!count) {
                    continue;
                }
            }
            if (atStart) {
                start++;
            } else {
                joined++;
            }
            if (atEnd) {
                end++;
                if (atStart) {
                    retained++;
                }
            }
            for (int r = r0; r < r1; r++) {
                int t = ledger.rowMonth(r);
                if (t >= first) {
                    ownExposure += days[t - first];
                }
                if (t < last) {
                    int next = t + 1 - first;
                    ownExposure += days[next];
                    stepStart[next]++;
                    if (r + 1 == r1 || ledger.rowMonth(r + 1) != t + 1) {
                        ownEvents++;
                        stepChurned[next]++;
                    }
                }
            }
            events += ownEvents;
            exposure += ownExposure;
            if (ownEvents > 0) {
                churnedCustomers++;
            }
        }
        List<Ratio> steps = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            steps.add(stepStart[i] == 0 ? Ratio.UNDEFINED : Ratio.of(stepChurned[i], stepStart[i]));
        }
        return new ChurnResult(period, count, start, end, retained, joined, events, churnedCustomers, joinAndChurn,
                exposure, new RatioSum(steps));
    }

    /** Whether the customer whose rows in the window are {@code [from, to)} pays at the end of a month. */
    private static boolean paidAt(MrrLedger ledger, int from, int to, int month) {
        for (int r = from; r < to; r++) {
            int t = ledger.rowMonth(r);
            if (t >= month) {
                return t == month;
            }
        }
        return false;
    }
}
