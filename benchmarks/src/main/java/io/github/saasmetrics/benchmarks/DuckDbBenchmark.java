package io.github.saasmetrics.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peer: DuckDB in the same JVM (through JDBC, in-process) computing the same bridge and cohort
 * table in SQL on the same rows, with its load and its queries timed separately and together.
 * Results are checked equal to ours in {@link DuckDbState} before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {Bench.XMS, Bench.XMX, Bench.PRE_TOUCH})
public class DuckDbBenchmark {

    /** The bridge query on the loaded table. */
    @Benchmark
    public List<BridgeRow> bridge(DuckDbState s) {
        return s.peer.bridge(DuckDbState.TABLE, s.firstMonth, s.lastMonth);
    }

    /** The cohort query with a window function, on the loaded table. */
    @Benchmark
    public List<CohortCell> cohortsByWindow(DuckDbState s) {
        return s.peer.cohortsByWindow(DuckDbState.TABLE);
    }

    /** The cohort query with a grouped sub-query joined back, on the loaded table. */
    @Benchmark
    public List<CohortCell> cohortsByJoin(DuckDbState s) {
        return s.peer.cohortsByJoin(DuckDbState.TABLE);
    }

    /** Loading the Parquet file into a table. */
    @Benchmark
    public void loadParquet(DuckDbState s) {
        s.peer.loadParquet("loaded_rows", s.files.parquet());
    }

    /** Loading the CSV file into a table. */
    @Benchmark
    public void loadCsv(DuckDbState s) {
        s.peer.loadCsv("loaded_rows", s.files.csv(), s.files.integerKeys());
    }

    /** Loading the Parquet file, then the bridge query on it. */
    @Benchmark
    public List<BridgeRow> loadParquetThenBridge(DuckDbState s) {
        s.peer.loadParquet("loaded_rows", s.files.parquet());
        return s.peer.bridge("loaded_rows", s.firstMonth, s.lastMonth);
    }

    /** The bridge query straight over the Parquet file, without a table. */
    @Benchmark
    public List<BridgeRow> bridgeOverParquet(DuckDbState s) {
        return s.peer.bridge(DuckDbPeer.parquetSource(s.files.parquet()), s.firstMonth, s.lastMonth);
    }
}
