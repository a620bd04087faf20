package io.github.saasmetrics.spark;

import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.retention.RatioSum;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ChurnResult} as plain numbers, to travel between Spark executors and the driver. A plain
 * final class rather than a record, so that Kryo as well as Java serialization can carry it.
 */
final class ChurnForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReportingPeriod period;
    private final boolean joinAndChurnCounted;
    private final long[] counts;
    private final long[] stepNumerators;
    private final long[] stepDenominators;

    private ChurnForm(ReportingPeriod period, boolean joinAndChurnCounted, long[] counts, long[] stepNumerators,
            long[] stepDenominators) {
        this.period = period;
        this.joinAndChurnCounted = joinAndChurnCounted;
        this.counts = counts;
        this.stepNumerators = stepNumerators;
        this.stepDenominators = stepDenominators;
    }

    static ChurnForm of(ChurnResult r) {
        List<Ratio> terms = r.monthlyChurn().terms();
        long[] num = new long[terms.size()];
        long[] den = new long[terms.size()];
        for (int i = 0; i < num.length; i++) {
            num[i] = terms.get(i).numerator();
            den[i] = terms.get(i).denominator();
        }
        return new ChurnForm(r.period(), r.joinAndChurn() == JoinAndChurn.COUNTED, new long[] {r.customersAtStart(), r.customersAtEnd(),
            r.retainedCustomers(), r.joinedCustomers(), r.churnEvents(), r.churnedCustomers(), r.joinAndChurnCustomers(),
            r.exposureHalfDays()}, num, den);
    }

    ChurnResult value() {
        List<Ratio> terms = new ArrayList<>(stepNumerators.length);
        for (int i = 0; i < stepNumerators.length; i++) {
            terms.add(new Ratio(stepNumerators[i], stepDenominators[i]));
        }
        long[] c = counts;
        return new ChurnResult(period, joinAndChurnCounted ? JoinAndChurn.COUNTED : JoinAndChurn.EXCLUDED, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                new RatioSum(terms));
    }

    /** Merges with core's {@link ChurnResult#plus}. */
    ChurnForm plus(ChurnForm other) {
        return of(value().plus(other.value()));
    }
}
