package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Customer churn's counts for one slice of customers, summed exactly across slices: the
 * accumulator of {@link CustomerChurn#fold}. The rules are {@link CustomerChurn}'s.
 */
final class CustomerChurnCounts implements LedgerAccumulator<CustomerChurnCounts, ChurnResult> {

    private final ReportingPeriod period;
    private final JoinAndChurn joinAndChurn;
    private final int first;
    private final int last;
    private final long[] days;
    private final long[] stepStart;
    private final long[] stepChurned;
    private long start;
    private long end;
    private long retained;
    private long joined;
    private long events;
    private long churnedCustomers;
    private long joinAndChurnCustomers;
    private long exposure;

    /** Empty counts for a period of a ledger, under a join-and-churn rule (null: the ledger's). */
    static CustomerChurnCounts of(MrrLedger ledger, ReportingPeriod period, @Nullable JoinAndChurn joinAndChurn) {
        MonthRange range = ledger.monthRange(period);
        JoinAndChurn rule = joinAndChurn != null ? joinAndChurn : ledger.movementConventions().joinAndChurn();
        return new CustomerChurnCounts(ledger, period, rule, range.first(), range.last());
    }

    private CustomerChurnCounts(MrrLedger ledger, ReportingPeriod period, JoinAndChurn joinAndChurn, int first,
            int last) {
        this.period = period;
        this.joinAndChurn = joinAndChurn;
        this.first = first;
        this.last = last;
        int months = last - first + 1;
        this.days = new long[months];
        for (int i = 0; i < months; i++) {
            days[i] = ledger.month(first + i).lengthOfMonth();
        }
        this.stepStart = new long[months];
        this.stepChurned = new long[months];
    }

    @Override
    public void add(CustomerTimeline t) {
        int to = t.paidMonthCount();
        // Most customers of a large ledger paid only before the period or only after it.
        if (t.paidBetweenCount() == 0
                && (to == 0 || t.paidMonth(to - 1) < first - 1 || t.paidMonth(0) > last)) {
            return;
        }
        int r0 = t.paidIndexAtOrAfter(first - 1);
        int r1 = t.paidIndexAtOrAfter(last + 1);
        boolean atStart = r0 < r1 && t.paidMonth(r0) == first - 1;
        boolean atEnd = r0 < r1 && t.paidMonth(r1 - 1) == last;
        boolean inside = r0 < r1 && t.paidMonth(r1 - 1) >= first;
        long ownEvents = 0;
        long ownExposure = 0;
        for (int j = 0, k = t.paidBetweenCount(); j < k; j++) {
            int m = t.paidBetweenMonth(j);
            if (m >= first && m <= last) {
                inside = true;
                if (t.mrrAt(m - 1) == 0 && t.mrrAt(m) == 0) {
                    ownEvents++;
                    ownExposure += days[m - first];
                }
            }
        }
        if (!atStart && !inside) {
            return;
        }
        if (!atStart && !atEnd) {
            joinAndChurnCustomers++;
            if (joinAndChurn == JoinAndChurn.EXCLUDED) {
                return;
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
            int m = t.paidMonth(r);
            if (m >= first) {
                ownExposure += days[m - first];
            }
            if (m < last) {
                int next = m + 1 - first;
                ownExposure += days[next];
                stepStart[next]++;
                if (r + 1 == r1 || t.paidMonth(r + 1) != m + 1) {
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

    @Override
    public void addAll(CustomerChurnCounts o) {
        start = Math.addExact(start, o.start);
        end = Math.addExact(end, o.end);
        retained = Math.addExact(retained, o.retained);
        joined = Math.addExact(joined, o.joined);
        events = Math.addExact(events, o.events);
        churnedCustomers = Math.addExact(churnedCustomers, o.churnedCustomers);
        joinAndChurnCustomers = Math.addExact(joinAndChurnCustomers, o.joinAndChurnCustomers);
        exposure = Math.addExact(exposure, o.exposure);
        for (int i = 0; i < stepStart.length; i++) {
            stepStart[i] = Math.addExact(stepStart[i], o.stepStart[i]);
            stepChurned[i] = Math.addExact(stepChurned[i], o.stepChurned[i]);
        }
    }

    @Override
    public ChurnResult snapshot() {
        List<Ratio> steps = new ArrayList<>(stepStart.length);
        for (int i = 0; i < stepStart.length; i++) {
            steps.add(stepStart[i] == 0 ? Ratio.UNDEFINED : Ratio.of(stepChurned[i], stepStart[i]));
        }
        return new ChurnResult(period, joinAndChurn, start, end, retained, joined, events, churnedCustomers,
                joinAndChurnCustomers, exposure, new RatioSum(steps));
    }
}
