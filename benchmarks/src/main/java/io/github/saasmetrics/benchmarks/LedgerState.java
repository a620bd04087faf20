package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ParallelLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A built ledger of the rows, its arrays, and the customer ranges of the parallel floor pass.
 * Checks once that the parallel bridge equals the sequential one, and logs which threads the
 * parallel path really runs on.
 */
@State(Scope.Benchmark)
public class LedgerState extends RowsState {

    /** The ledger of {@link #rows}. */
    public MrrLedger ledger;
    /** Its arrays. */
    public LedgerArrays arrays;
    /** Customer boundaries of {@link #parts} ranges with about equal rows. */
    public int[] ranges;

    @Override
    protected void prepare() {
        ledger = rows.toLedger();
        arrays = LedgerArrays.of(ledger);
        ranges = new int[parts + 1];
        int at = 0;
        int p = 1;
        for (MrrLedger slice : ledger.split(parts)) {
            at += slice.customerCount();
            ranges[p++] = at;
        }
        ranges = Arrays.copyOf(ranges, p);
        MrrBridgeTable sequential = MrrMovements.monthly(ledger);
        MrrBridgeTable parallel = ledger.fold(MrrMovements.monthlyFold(), parts, ForkJoinPool.commonPool());
        SameResults.require("sequential and parallel bridges", BridgeRow.of(sequential), BridgeRow.of(parallel));
        SameResults.require("library and direct-pass bridges", BridgeRow.of(sequential),
                DirectBridgePass.rows(DirectBridgePass.sums(arrays, ledger.monthCount(), 0, ledger.customerCount()),
                        ledger.monthCount(), CustomerMonthRows.epochMonth(ledger.firstMonth())));
        SameResults.require("sequential and parallel bridges (pool worker)", BridgeRow.of(sequential),
                BridgeRow.of(ledger.fold(MrrMovements.monthlyFold(), parts, Bench.COMMON_POOL_WORKER)));
        Bench.log(ledger + "; " + LedgerArrays.of(ledger).arrayBytes() / (double) ledger.rowCount()
                + " array bytes per row; slices given ForkJoinPool.commonPool() ran on " + threads(ForkJoinPool.commonPool())
                + " then " + threads(ForkJoinPool.commonPool()) + "; given a wrapper of the common pool, on "
                + threads(Bench.COMMON_POOL_WORKER));
    }

    private TreeSet<String> threads(Executor executor) {
        String names = ParallelLedger.compute(ledger, parts, executor, slice -> Thread.currentThread().getName(),
                (a, b) -> a + "," + b);
        return new TreeSet<>(Arrays.asList(names.split(",")));
    }
}
