package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * A fold that does no work but record, for each slice the fold engine cuts, the thread it ran on and
 * its customer range: the ranges of the floor pass, and which threads a parallel fold really uses.
 */
final class SliceProbe implements LedgerFold<SliceProbe.Slices, SliceProbe.Slices> {

    /** The slices seen, in customer order. */
    static final class Slices {
        /** The thread of each slice. */
        final List<String> threads = new ArrayList<>();
        /** Each slice's first customer and one past its last, or -1 and -1 for an empty slice. */
        final List<int[]> ranges = new ArrayList<>();

        /** The customer boundaries: slice {@code p} is {@code [b[p], b[p + 1])}. */
        int[] boundaries() {
            int[] b = new int[ranges.size() + 1];
            for (int p = 0; p < ranges.size(); p++) {
                b[p] = ranges.get(p)[0];
                b[p + 1] = ranges.get(p)[1];
            }
            return b;
        }
    }

    @Override
    public Slices newAccumulator(MrrLedger ledger) {
        Slices s = new Slices();
        s.threads.add(Thread.currentThread().getName());
        s.ranges.add(new int[] {-1, -1});
        return s;
    }

    @Override
    public void add(Slices slices, CustomerTimeline customer) {
        int[] range = slices.ranges.get(0);
        if (range[0] < 0) {
            range[0] = customer.index();
        }
        range[1] = customer.index() + 1;
    }

    @Override
    public Slices merge(Slices left, Slices right) {
        left.threads.addAll(right.threads);
        left.ranges.addAll(right.ranges);
        return left;
    }

    @Override
    public Slices finish(Slices slices) {
        return slices;
    }
}
