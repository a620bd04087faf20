package io.github.saasmetrics.benchmarks;

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
 * The cohort table (paying customers and MRR per sign-up cohort and age) in one pass over a built
 * ledger, as a plain fold sequentially and on slices ({@code ledger.fold(fold, slices, executor)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class CohortTableBenchmark {

    /** On the calling thread. */
    @Benchmark
    public LedgerCohorts cohorts(LedgerState s) {
        return LedgerCohorts.of(s.ledger);
    }

    /** On slices across the common pool and the calling thread. */
    @Benchmark
    public LedgerCohorts cohortsParallel(LedgerState s) {
        return s.ledger.fold(LedgerCohorts.fold(), s.parts, ForkJoinPool.commonPool());
    }
}
