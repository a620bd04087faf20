package io.github.saasmetrics.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The synthetic business at one size and its customer-month rows in random order. Subclasses add
 * what their benchmarks need in {@link #prepare()}.
 */
@State(Scope.Benchmark)
public class RowsState {

    /** The number of customers; 1,000,000 gives about 12 M rows. */
    @Param({"10000", "100000", "1000000"})
    public int customers;

    /** The business. */
    public SyntheticSaas saas;
    /** Its rows, shuffled. */
    public CustomerMonthRows rows;
    /** Slices or partitions of the parallel paths. */
    public int parts;

    /** Generates the data once per fork. */
    @Setup(Level.Trial)
    public final void setUp() {
        long t0 = System.nanoTime();
        saas = SyntheticSaas.of(customers, Bench.SEED);
        rows = saas.rows().shuffled(Bench.SHUFFLE_SEED);
        parts = Bench.parts();
        Bench.log(customers + " customers, " + rows.size() + " rows (" + String.format("%.1f", rows.size() / (double) customers)
                + " per customer), generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms; parallel paths use "
                + parts + " slices, common pool parallelism " + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()
                + ", " + Runtime.getRuntime().availableProcessors() + " processors");
        prepare();
    }

    /** Further setup of subclasses, after the rows exist. */
    protected void prepare() {
    }
}
