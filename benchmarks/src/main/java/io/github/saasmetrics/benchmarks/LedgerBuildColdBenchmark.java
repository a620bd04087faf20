package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first ledger build in a fresh JVM that starts with a small heap and no pre-touch, as a
 * service calling the library for the first time would: the heap grows and the builder's arrays
 * land on memory the process has never touched. The code is warmed first on a small ledger, so
 * the difference from {@link LedgerBuildBenchmark#fromRows} is memory, not the JIT.
 *
 * <p>One shot per fork; run with several forks ({@code -f 5}) for an error bar.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = {Bench.XMX})
public class LedgerBuildColdBenchmark {

    /** The rows, and a JIT warm-up on 20,000 customers. */
    @State(Scope.Benchmark)
    public static class ColdRows {
        /** The number of customers. */
        @Param({"1000000"})
        public int customers;

        CustomerMonthRows rows;
        ColumnRows columns;

        /** Generates the rows and warms the builder's code. */
        @Setup(Level.Trial)
        public void setUp() {
            CustomerMonthRows small = SyntheticSaas.of(20_000, Bench.SEED + 1).rows().shuffled(Bench.SHUFFLE_SEED);
            ColumnRows smallColumns = ColumnRows.of(small);
            for (int i = 0; i < 30; i++) {
                small.toLedger();
                smallColumns.textLedger();
                smallColumns.keyLedger();
            }
            rows = SyntheticSaas.of(customers, Bench.SEED).rows().shuffled(Bench.SHUFFLE_SEED);
            columns = ColumnRows.of(rows);
            Runtime rt = Runtime.getRuntime();
            Bench.log("cold build of " + rows.size() + " rows; heap committed " + rt.totalMemory() / (1 << 20)
                    + " MB of max " + rt.maxMemory() / (1 << 20) + " MB");
        }
    }

    /** The first build of a large ledger. */
    @Benchmark
    public MrrLedger fromRows(ColdRows s) {
        return s.rows.toLedger();
    }

    /** The first build of a large ledger from text-identifier columns. */
    @Benchmark
    public MrrLedger fromTextColumns(ColdRows s) {
        return s.columns.textLedger();
    }

    /** The first build of a large ledger from numeric-key columns. */
    @Benchmark
    public MrrLedger fromKeyColumns(ColdRows s) {
        return s.columns.keyLedger();
    }
}
