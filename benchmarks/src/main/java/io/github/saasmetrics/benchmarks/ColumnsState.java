package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrMovements;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The shuffled rows also as columns ({@link ColumnRows}). Before anything is timed, the ledgers of
 * every bulk entry point, sequential and parallel, are checked equal to the ledger of
 * {@code add(CustomerId, YearMonth, long)} (numeric keys: the same bridge, the identifiers being
 * the numbers), and the radix kernel's bridge equal to the library's.
 */
@State(Scope.Benchmark)
public class ColumnsState extends RowsState {

    /** The columns. */
    public ColumnRows columns;
    /** The opening month as an epoch month. */
    public int openingEpochMonth;
    /** The ledger's months. */
    public int monthCount;

    @Override
    protected void prepare() {
        long t0 = System.nanoTime();
        columns = ColumnRows.of(rows);
        openingEpochMonth = CustomerMonthRows.epochMonth(saas.openingMonth());
        monthCount = SyntheticSaas.MONTHS + 1;
        MrrLedger expected = rows.toLedger();
        SameResults.require("ledgers (text columns)", List.of(expected), List.of(columns.textLedger()));
        SameResults.require("ledgers (text columns, parallel)", List.of(expected),
                List.of(columns.textLedger(parts, Bench.COMMON_POOL_WORKER)));
        List<BridgeRow> bridge = BridgeRow.of(MrrMovements.monthly(expected));
        SameResults.require("bridges (key columns)", bridge, BridgeRow.of(MrrMovements.monthly(columns.keyLedger())));
        SameResults.require("bridges (key columns, parallel)", bridge,
                BridgeRow.of(MrrMovements.monthly(columns.keyLedger(parts, Bench.COMMON_POOL_WORKER))));
        SameResults.require("bridges (radix kernel)", bridge, kernelBridge());
        Bench.log("columns ready and checked in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** The radix kernel's bridge rows. */
    List<BridgeRow> kernelBridge() {
        return DirectBridgePass.rows(kernel(), monthCount, openingEpochMonth);
    }

    /** The radix kernel's sums. */
    long[] kernel() {
        return RadixBridgeKernel.sums(columns.keys(), columns.months(), columns.mrr(), openingEpochMonth, monthCount);
    }
}
