package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ParallelLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
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

/** From unsorted rows in memory to the monthly bridge, ledger build included. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class RowsToBridgeBenchmark {

    /** The rows, with the partitioned result checked against the sequential one. */
    @State(Scope.Benchmark)
    public static class CheckedRows extends RowsState {
        @Override
        protected void prepare() {
            SameResults.require("sequential and partitioned bridges", BridgeRow.of(MrrMovements.monthly(rows.toLedger())),
                    BridgeRow.of(PartitionedRows.monthlyBridge(rows, parts, ForkJoinPool.commonPool())));
        }
    }

    /** Build one ledger, then the bridge, on the calling thread. */
    @Benchmark
    public MrrBridgeTable sequential(CheckedRows s) {
        return MrrMovements.monthly(s.rows.toLedger());
    }

    /** Scatter by customer, build and bridge each partition in parallel, merge with {@code plus}. */
    @Benchmark
    public MrrBridgeTable partitioned(CheckedRows s) {
        return PartitionedRows.monthlyBridge(s.rows, s.parts, ForkJoinPool.commonPool());
    }

    /** Text-identifier columns → ledger → bridge, on the calling thread. */
    @Benchmark
    public MrrBridgeTable textColumns(ColumnsState s) {
        return MrrMovements.monthly(s.columns.textLedger());
    }

    /** Numeric-key columns → ledger → bridge, on the calling thread. */
    @Benchmark
    public MrrBridgeTable keyColumns(ColumnsState s) {
        return MrrMovements.monthly(s.columns.keyLedger());
    }

    /** Text-identifier columns → parallel build → bridge on slices, two threads (common pool worker + caller). */
    @Benchmark
    public MrrBridgeTable textColumnsParallel(ColumnsState s) {
        return parallelBridge(s.columns.textLedger(s.parts, Bench.COMMON_POOL_WORKER), s.parts);
    }

    /** Numeric-key columns → parallel build → bridge on slices. */
    @Benchmark
    public MrrBridgeTable keyColumnsParallel(ColumnsState s) {
        return parallelBridge(s.columns.keyLedger(s.parts, Bench.COMMON_POOL_WORKER), s.parts);
    }

    private static MrrBridgeTable parallelBridge(MrrLedger ledger, int parts) {
        return ParallelLedger.compute(ledger, parts, Bench.COMMON_POOL_WORKER, MrrMovements::monthly, MrrBridgeTable::plus);
    }

    /** The floor: the radix kernel over the numeric-key columns (sort by customer and month, one bridge pass). */
    @Benchmark
    public long[] kernel(ColumnsState s) {
        return s.kernel();
    }
}
