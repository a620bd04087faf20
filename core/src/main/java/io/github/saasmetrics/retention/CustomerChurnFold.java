package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.subscription.JoinAndChurn;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer churn as a {@link LedgerFold}: the counts of {@link ChurnResult} for one slice of
 * customers, summed exactly across slices. The rules are {@link CustomerChurn}'s.
 */
final class CustomerChurnFold implements LedgerFold<CustomerChurnFold.Counts, ChurnResult> {

    private final ReportingPeriod period;
    /** Null: as the ledger's movement conventions say. */
    private final JoinAndChurn joinAndChurn;

    CustomerChurnFold(ReportingPeriod period, JoinAndChurn joinAndChurn) {
        this.period = period;
        this.joinAndChurn = joinAndChurn;
    }

    /** The counts of one slice. */
    static final class Counts {
        final ReportingPeriod period;
        final JoinAndChurn joinAndChurn;
        final int first;
        final int last;
        final long[] days;
        final long[] stepStart;
        final long[] stepChurned;
        long start;
        long end;
        long retained;
        long joined;
        long events;
        long churnedCustomers;
        long joinAndChurnCustomers;
        long exposure;

        Counts(MrrLedger ledger, ReportingPeriod period, JoinAndChurn joinAndChurn, int first, int last) {
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

        void add(CustomerTimeline t) {
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

        Counts addAll(Counts o) {
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
            return this;
        }

        ChurnResult result() {
            List<Ratio> steps = new ArrayList<>(stepStart.length);
            for (int i = 0; i < stepStart.length; i++) {
                steps.add(stepStart[i] == 0 ? Ratio.UNDEFINED : Ratio.of(stepChurned[i], stepStart[i]));
            }
            return new ChurnResult(period, joinAndChurn, start, end, retained, joined, events, churnedCustomers,
                    joinAndChurnCustomers, exposure, new RatioSum(steps));
        }
    }

    @Override
    public Counts newAccumulator(MrrLedger ledger) {
        MonthRange range = ledger.monthRange(period);
        JoinAndChurn rule = joinAndChurn != null ? joinAndChurn : ledger.movementConventions().joinAndChurn();
        return new Counts(ledger, period, rule, range.first(), range.last());
    }

    @Override
    public void add(Counts accumulator, CustomerTimeline customer) {
        accumulator.add(customer);
    }

    @Override
    public Counts merge(Counts left, Counts right) {
        return left.addAll(right);
    }

    @Override
    public ChurnResult finish(Counts accumulator) {
        return accumulator.result();
    }

    @Override
    public String toString() {
        return "customer churn of " + period;
    }
}
