package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the ledger: from unsorted customer-month rows through {@code MrrLedger.builder}, and from
 * subscriptions through {@code MrrLedger.fromSubscriptions}; each sequentially and partitioned by
 * customer across the common pool and the calling thread (one ledger per partition, the shape of
 * a distributed job; the library has no call that concatenates ledgers).
 *
 * <p>Steady state on a pre-touched heap; {@link LedgerBuildColdBenchmark} measures a first build
 * in a fresh JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class LedgerBuildBenchmark {

    /** Sequential build from unsorted rows. */
    @Benchmark
    public MrrLedger fromRows(RowsState s) {
        return s.rows.toLedger();
    }

    /**
     * Diagnostic: the same rows in customer and month order, so that the builder's per-row
     * customer lookups hit memory in order; the difference from {@link #fromRows} is the cost of
     * random access on unsorted input.
     */
    @Benchmark
    public MrrLedger fromRowsInCustomerOrder(SortedRows s) {
        return s.sorted.toLedger();
    }

    /** The rows also in customer and month order. */
    @State(Scope.Benchmark)
    public static class SortedRows extends RowsState {
        CustomerMonthRows sorted;

        @Override
        protected void prepare() {
            sorted = saas.rows();
        }
    }

    /** Sequential build from text-identifier columns through {@code addAll(String[], int[], long[])}. */
    @Benchmark
    public MrrLedger fromTextColumns(ColumnsState s) {
        return s.columns.textLedger();
    }

    /** Sequential build from numeric-key columns through {@code addAll(long[], int[], long[])}. */
    @Benchmark
    public MrrLedger fromKeyColumns(ColumnsState s) {
        return s.columns.keyLedger();
    }

    /** Text-identifier columns, built with {@code build(parts, executor)} on the common pool's worker and the calling thread. */
    @Benchmark
    public MrrLedger fromTextColumnsParallel(ColumnsState s) {
        return s.columns.textLedger(s.parts, Bench.COMMON_POOL_WORKER);
    }

    /** Numeric-key columns, built with {@code build(parts, executor)}. */
    @Benchmark
    public MrrLedger fromKeyColumnsParallel(ColumnsState s) {
        return s.columns.keyLedger(s.parts, Bench.COMMON_POOL_WORKER);
    }

    /** Diagnostic: text-identifier columns in customer and month order. */
    @Benchmark
    public MrrLedger fromTextColumnsInCustomerOrder(SortedColumns s) {
        return s.sorted.textLedger();
    }

    /** The columns also in customer and month order. */
    @State(Scope.Benchmark)
    public static class SortedColumns extends RowsState {
        ColumnRows sorted;

        @Override
        protected void prepare() {
            sorted = ColumnRows.of(saas.rows());
        }
    }

    /** Rows scattered by customer hash, one ledger per partition, built in parallel. */
    @Benchmark
    public List<MrrLedger> fromRowsPartitioned(RowsState s) {
        return PartitionedRows.ledgers(s.rows, s.parts, ForkJoinPool.commonPool());
    }

    /** Sequential build from subscriptions under the default conventions. */
    @Benchmark
    public MrrLedger fromSubscriptions(SubscriptionsState s) {
        return MrrLedger.fromSubscriptions(s.subscriptions, s.saas.period(), MrrConventions.defaults(), s.rates);
    }

    /** Subscriptions scattered by customer hash, one ledger per partition, built in parallel. */
    @Benchmark
    public List<MrrLedger> fromSubscriptionsPartitioned(SubscriptionsState s) {
        List<List<Subscription>> groups = new ArrayList<>(s.parts);
        for (int p = 0; p < s.parts; p++) {
            groups.add(new ArrayList<>(s.subscriptions.size() / s.parts + 16));
        }
        for (Subscription sub : s.subscriptions) {
            groups.get(Math.floorMod(sub.customer().hashCode(), s.parts)).add(sub);
        }
        return PartitionedRows.each(groups, ForkJoinPool.commonPool(),
                g -> MrrLedger.fromSubscriptions(g, s.saas.period(), MrrConventions.defaults(), s.rates));
    }
}
