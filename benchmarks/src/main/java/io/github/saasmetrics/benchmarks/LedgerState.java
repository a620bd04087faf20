package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
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
    /** Customer boundaries of the {@link #parts} slices a parallel fold runs on (about equal rows each). */
    public int[] ranges;

    @Override
    protected void prepare() {
        ledger = rows.toLedger();
        arrays = LedgerArrays.of(ledger);
        // The slices the fold engine cuts, found through a fold rather than its internals.
        ranges = ledger.fold(new SliceProbe(), parts, Runnable::run).boundaries();
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
        return new TreeSet<>(ledger.fold(new SliceProbe(), parts, executor).threads);
    }
}
