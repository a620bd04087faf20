package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.CompositeFold;
import io.github.saasmetrics.ledger.FoldResults;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sample report's ledger metrics (monthly bridge, a year's customer churn, trailing-twelve-month
 * revenue retention, the monthly cohort table) run as one {@link CompositeFold} against the same
 * four folds run one after the other: what one scan of the ledger saves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class FoldBenchmark {

    private static List<LedgerFold<?, ?>> folds(LedgerState s) {
        ReportingPeriod year = ReportingPeriod.months(s.ledger.lastMonth().minusMonths(11), s.ledger.lastMonth());
        return List.of(MrrMovements.monthlyFold(), CustomerChurn.fold(year),
                RevenueRetention.trailingTwelveMonthsFold(s.ledger.lastMonth()), CohortTable.fold(CohortGrouping.MONTH));
    }

    /**
     * The engine alone: a fold that only counts each customer's paid months, so the time is the
     * scan itself (a timeline per customer and one call into the fold).
     */
    @Benchmark
    public long engineOnly(LedgerState s) {
        return s.ledger.fold(CountingFold.INSTANCE);
    }

    /** Counts paid months; the least a fold can do. */
    enum CountingFold implements LedgerFold<long[], Long> {
        INSTANCE;

        @Override
        public long[] newAccumulator(io.github.saasmetrics.ledger.MrrLedger ledger) {
            return new long[1];
        }

        @Override
        public void add(long[] acc, io.github.saasmetrics.ledger.CustomerTimeline customer) {
            acc[0] += customer.paidMonthCount();
        }

        @Override
        public long[] merge(long[] left, long[] right) {
            left[0] += right[0];
            return left;
        }

        @Override
        public Long finish(long[] acc) {
            return acc[0];
        }
    }

    /** The four folds one after the other: four scans. */
    @Benchmark
    public void separately(LedgerState s, Blackhole bh) {
        for (LedgerFold<?, ?> f : folds(s)) {
            bh.consume(s.ledger.fold(f));
        }
    }

    /** The four folds in one scan. */
    @Benchmark
    public FoldResults composite(LedgerState s) {
        return s.ledger.fold(CompositeFold.of(folds(s)));
    }

    /** The composite on slices on the common pool and the calling thread. */
    @Benchmark
    public FoldResults compositeParallel(LedgerState s) {
        return s.ledger.fold(CompositeFold.of(folds(s)), s.parts, java.util.concurrent.ForkJoinPool.commonPool());
    }
}
