package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;

/**
 * Customer retention rate: the share of the customers at the start of a period who are still
 * customers at its end.
 *
 * <p><b>The textbook formula</b> works from three counts: {@code CRR = (E − N) / S}, where
 * {@code S} is the number of customers at the start, {@code E} the number at the end and {@code N}
 * the number acquired during the period. {@code E − N} is the number of start customers retained,
 * on the assumption that every customer acquired during the period is still there at its end.
 *
 * <p>Worked example: 200 customers at the start, 20 lost, 40 gained, 220 at the end:
 * {@code (220 − 40) / 200 = 180 / 200 = 90 %}.
 *
 * <p>Edge cases: with no customers at the start the rate is an undefined {@link Ratio}, never
 * {@code NaN} or 0. Counts that cannot all be true (negative counts, more acquired than there are at
 * the end, more retained than there were at the start) are rejected.
 *
 * <p><b>From the ledger</b>, {@link #rate(MrrLedger, ReportingPeriod)} needs no assumption: it
 * counts the customers paying at the start who still pay at the end. The two differ when customers
 * come and go inside the period. Example: 10 customers pay at the start of a quarter; one stops in
 * January and returns in March; nobody else moves. The bridge counts {@code S = 10}, {@code E = 10}
 * and one acquisition (the return), so the textbook rate is {@code (10 − 1) / 10 = 90 %}; the ledger
 * sees all 10 paying at both ends: {@code 10 / 10 = 100 %}. The churn rate of the same quarter
 * counts the January churn: {@code 1 / 10 = 10 %} (see {@link CustomerChurn}), so retention and
 * churn do not add up to 100 % when customers churn and return inside the period.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class CustomerRetention {

    private CustomerRetention() {
    }

    /**
     * The textbook customer retention rate {@code (E − N) / S}.
     *
     * @param customersAtStart {@code S}, the customers at the start of the period, zero or more
     * @param customersAtEnd {@code E}, the customers at the end of the period, zero or more
     * @param acquiredDuringPeriod {@code N}, the customers acquired during the period, from 0 to {@code E}
     * @return the ratio {@code (E − N) / S}, undefined when {@code S = 0}; not null
     * @throws IllegalArgumentException if a count is negative, {@code N > E}, or {@code E − N > S}
     */
    public static Ratio rate(long customersAtStart, long customersAtEnd, long acquiredDuringPeriod) {
        requireNonNegative("customersAtStart", customersAtStart);
        requireNonNegative("customersAtEnd", customersAtEnd);
        requireNonNegative("acquiredDuringPeriod", acquiredDuringPeriod);
        if (acquiredDuringPeriod > customersAtEnd) {
            throw new IllegalArgumentException("acquiredDuringPeriod (" + acquiredDuringPeriod
                    + ") must not exceed customersAtEnd (" + customersAtEnd + ")");
        }
        long retained = customersAtEnd - acquiredDuringPeriod;
        if (retained > customersAtStart) {
            throw new IllegalArgumentException("customersAtEnd − acquiredDuringPeriod (" + retained
                    + ") must not exceed customersAtStart (" + customersAtStart + ")");
        }
        return Ratio.of(retained, customersAtStart);
    }

    /**
     * Customer retention from the ledger: customers paying at the start of the period who still pay
     * at its end, over the customers paying at its start.
     *
     * <p>"Start" is the end of the month before the period, "end" the end of its last month; a
     * customer who left and returned in between is retained, one who joined during the period is
     * in neither count.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @return the ratio, undefined when nobody paid at the start (as in an empty ledger), not null
     * @throws IllegalArgumentException if the period is not whole months inside the ledger's bridgeable months
     */
    public static Ratio rate(MrrLedger ledger, ReportingPeriod period) {
        return CustomerChurn.measure(ledger, period).retention();
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }
}
