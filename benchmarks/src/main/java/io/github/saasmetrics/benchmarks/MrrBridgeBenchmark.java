package io.github.saasmetrics.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monthly MRR bridge from a built ledger, and the floor pass: one sequential read of the
 * arrays a bridge must read (per-customer offsets and first payments, per-row months and MRR),
 * which no bridge can beat on this machine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class MrrBridgeBenchmark {

    /** {@code MrrMovements.monthly(ledger)} on the calling thread. */
    @Benchmark
    public MrrBridgeTable monthly(LedgerState s) {
        return MrrMovements.monthly(s.ledger);
    }

    /** {@code ledger.fold(MrrMovements.monthlyFold(), parts, commonPool)}: slices merged in order. */
    @Benchmark
    public MrrBridgeTable monthlyParallel(LedgerState s) {
        return s.ledger.fold(MrrMovements.monthlyFold(), s.parts, ForkJoinPool.commonPool());
    }

    /**
     * The same, but the common pool reached through a wrapper executor, so that the slice runs on
     * the pool's worker rather than on a thread started for it (see the README).
     */
    @Benchmark
    public MrrBridgeTable monthlyParallelPoolWorker(LedgerState s) {
        return s.ledger.fold(MrrMovements.monthlyFold(), s.parts, Bench.COMMON_POOL_WORKER);
    }

    /** The experiment: the same sums straight from the arrays ({@link DirectBridgePass}), not the library. */
    @Benchmark
    public long[] directPass(LedgerState s) {
        return DirectBridgePass.sums(s.arrays, s.ledger.monthCount(), 0, s.ledger.customerCount());
    }

    /** The floor: one pass over the same arrays on the calling thread. */
    @Benchmark
    public long floor(LedgerState s) {
        return s.arrays.floorPass(0, s.ledger.customerCount());
    }

    /** The floor over the same customer ranges as the parallel bridge. */
    @Benchmark
    public long floorParallel(LedgerState s) {
        int n = s.ranges.length - 1;
        return PartitionedRows.run(n, Bench.COMMON_POOL_WORKER, p -> s.arrays.floorPass(s.ranges[p], s.ranges[p + 1]),
                Long::sum).get(0);
    }
}
