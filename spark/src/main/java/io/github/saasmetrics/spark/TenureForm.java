package io.github.saasmetrics.spark;

import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalRow;
import java.io.Serializable;
import java.util.List;

/**
 * A {@link KaplanMeier.Accumulator} of tenures as counts per distinct time (churned and censored),
 * to travel between Spark executors and the driver. Tenures read from a ledger are whole months,
 * so a partition of any size ships at most one entry per month of the ledger.
 *
 * <p>A plain final class rather than a record, so that Kryo as well as Java serialization can carry it.
 */
final class TenureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] times;
    private final long[] events;
    private final long[] censored;

    private TenureForm(double[] times, long[] events, long[] censored) {
        this.times = times;
        this.events = events;
        this.censored = censored;
    }

    static TenureForm of(KaplanMeier.Accumulator tenures) {
        if (tenures.count() == 0) {
            return new TenureForm(new double[0], new long[0], new long[0]);
        }
        // The curve is the accumulator's own summary of its tenures: counts at each distinct time.
        List<SurvivalRow> rows = tenures.toCurve().rows();
        double[] t = new double[rows.size()];
        long[] d = new long[rows.size()];
        long[] c = new long[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = rows.get(i).time();
            d[i] = rows.get(i).events();
            c[i] = rows.get(i).censored();
        }
        return new TenureForm(t, d, c);
    }

    /** The tenures again, one {@code add} per customer. */
    KaplanMeier.Accumulator value() {
        KaplanMeier.Accumulator acc = KaplanMeier.accumulator();
        for (int i = 0; i < times.length; i++) {
            for (long k = 0; k < events[i]; k++) {
                acc.add(times[i], true);
            }
            for (long k = 0; k < censored[i]; k++) {
                acc.add(times[i], false);
            }
        }
        return acc;
    }

    /** Merges with core's {@link KaplanMeier.Accumulator#addAll}. */
    TenureForm plus(TenureForm other) {
        return of(value().addAll(other.value()));
    }
}
