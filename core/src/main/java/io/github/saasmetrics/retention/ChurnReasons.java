package io.github.saasmetrics.retention;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MovementType;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Churn reasons joined to the ledger's churn events: "analyse why each customer left and learn
 * from it".
 *
 * <p><b>Churn events</b> are the bridge's: each month at whose end a customer pays nothing after
 * paying at the end of the month before ({@link MovementType#CHURN} movements of
 * {@link MrrMovements#movements(MrrLedger, ReportingPeriod)}), with the MRR the customer paid before
 * leaving. A customer who leaves twice in the period is two events, each with its own reason.
 *
 * <p><b>The join</b> is by customer and month: a {@link ChurnReasonRecord} explains the churn event
 * of its customer in its month. Only records whose month is in the period take part; records of
 * other months belong to other periods' breakdowns. Two records for one customer and month are
 * rejected (which one explains the churn?). Within the period:
 * <ul>
 *   <li>a churn event with a record counts under the record's reason;</li>
 *   <li>a churn event without one counts as <em>no reason recorded</em>, never dropped;</li>
 *   <li>a record without a churn event is listed as <em>unmatched</em>, never dropped: a wrong
 *   month (the record must carry the month the ledger shows the churn in, see
 *   {@link ChurnReasonRecord}), a customer who joined and left inside one month (no month-end
 *   churn), or a cancellation not yet in effect.</li>
 * </ul>
 *
 * <p>Worked example: in March, a ($30) leaves for price, b ($20) has a failed payment, c ($50)
 * leaves without a recorded reason, and a record names d, who did not churn. Churned 3 customers,
 * $100: price 1 (33.3 %, $30), payment failure 1 ($20), no reason 1 ($50); voluntary 1 of the 2
 * with a reason; one unmatched record.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ChurnReasons {

    private ChurnReasons() {
    }

    /**
     * The churn of a period by reason.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param records the recorded reasons, not null, no null elements; any months (only those in the period count)
     * @return the breakdown, not null
     * @throws IllegalArgumentException if the period is outside the ledger, or two records share a customer and a
     *     month of the period
     */
    public static ChurnReasonBreakdown measure(MrrLedger ledger, ReportingPeriod period,
            Collection<ChurnReasonRecord> records) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(records, "records");
        List<MrrMovement> movements = MrrMovements.movements(ledger, period);
        return breakdown(ledger, period, movements, index(period, records));
    }

    /**
     * The churn of every month of a period by reason, in month order.
     *
     * @param ledger the ledger, not null
     * @param period whole months after the ledger's opening month and within it, not null
     * @param records the recorded reasons, not null, no null elements
     * @return one breakdown per month, not null
     * @throws IllegalArgumentException if the period is outside the ledger, or two records share a customer and a
     *     month of the period
     */
    public static List<ChurnReasonBreakdown> monthly(MrrLedger ledger, ReportingPeriod period,
            Collection<ChurnReasonRecord> records) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(records, "records");
        // The movements first: they check that the period lies inside the ledger before anything is
        // sized by the period.
        List<MrrMovement> movements = MrrMovements.movements(ledger, period);
        Map<Key, ChurnReasonRecord> all = index(period, records);
        Map<YearMonth, List<MrrMovement>> movementsByMonth = new HashMap<>();
        for (MrrMovement m : movements) {
            movementsByMonth.computeIfAbsent(m.month(), k -> new ArrayList<>()).add(m);
        }
        Map<YearMonth, Map<Key, ChurnReasonRecord>> recordsByMonth = new HashMap<>();
        all.forEach((k, v) -> recordsByMonth.computeIfAbsent(k.month(), m -> new HashMap<>()).put(k, v));
        List<ChurnReasonBreakdown> out = new ArrayList<>();
        for (YearMonth month : period.months()) {
            out.add(breakdown(ledger, ReportingPeriod.month(month), movementsByMonth.getOrDefault(month, List.of()),
                    recordsByMonth.getOrDefault(month, Map.of())));
        }
        return List.copyOf(out);
    }

    private record Key(CustomerId customer, YearMonth month) { }

    private static Map<Key, ChurnReasonRecord> index(ReportingPeriod period, Collection<ChurnReasonRecord> records) {
        Map<Key, ChurnReasonRecord> byKey = new HashMap<>();
        for (ChurnReasonRecord r : records) {
            Objects.requireNonNull(r, "record");
            if (!period.touches(r.month())) {
                continue;
            }
            ChurnReasonRecord previous = byKey.putIfAbsent(new Key(r.customer(), r.month()), r);
            if (previous != null) {
                throw new IllegalArgumentException("two churn reasons for customer " + r.customer() + " in "
                        + r.month() + ": '" + Limits.quote(previous) + "' and '" + Limits.quote(r) + "'");
            }
        }
        return byKey;
    }

    private static ChurnReasonBreakdown breakdown(MrrLedger ledger, ReportingPeriod period,
            List<MrrMovement> movements, Map<Key, ChurnReasonRecord> records) {
        Map<Key, ChurnReasonRecord> open = new HashMap<>(records);
        Map<ChurnReason, long[]> counts = new LinkedHashMap<>();
        long unrecorded = 0;
        long unrecordedMinor = 0;
        for (MrrMovement m : movements) {
            if (m.type() != MovementType.CHURN) {
                continue;
            }
            ChurnReasonRecord r = open.remove(new Key(m.customer(), m.month()));
            long amount = m.amount().minorUnits();
            try {
                if (r == null) {
                    unrecorded++;
                    unrecordedMinor = Math.addExact(unrecordedMinor, amount);
                } else {
                    long[] c = counts.computeIfAbsent(r.reason(), k -> new long[2]);
                    c[0]++;
                    c[1] = Math.addExact(c[1], amount);
                }
            } catch (ArithmeticException e) {
                throw Limits.overflow("churned MRR in minor units of " + ledger.currency() + " in " + period
                        + (r == null ? " without a recorded reason" : " for reason " + r.reason())
                        + " at customer " + m.customer() + " (" + m.month() + ")", e);
            }
        }
        List<ChurnReasonCount> reasons = new ArrayList<>();
        counts.forEach((reason, c) -> reasons.add(new ChurnReasonCount(reason, c[0],
                Money.ofMinor(ledger.currency(), c[1]))));
        return new ChurnReasonBreakdown(period, ledger.currency(), reasons, unrecorded,
                Money.ofMinor(ledger.currency(), unrecordedMinor), new ArrayList<>(open.values()));
    }
}
