package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.mrr.MrrMovements;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * DuckDB with the same shuffled rows loaded from Parquet into table {@code ledger_rows}. Before
 * anything is timed, its bridge and both cohort queries are checked equal to ours, from the table
 * and straight from the Parquet and CSV files.
 */
@State(Scope.Benchmark)
public class DuckDbState extends RowsState {

    /** The table the query benchmarks read. */
    static final String TABLE = "ledger_rows";

    /** Threads DuckDB may use. */
    @Param({"1", "2"})
    public int threads;

    /**
     * The customer column: {@code text} identifiers such as {@code cus_0000042} ({@code VARCHAR}) or
     * {@code integer} customer numbers ({@code BIGINT}, a warehouse's surrogate keys).
     */
    @Param({"text", "integer"})
    public String keys;

    /** The peer. */
    public DuckDbPeer peer;
    /** Its input files. */
    public PeerFiles files;
    /** The first bridge month, as an epoch month. */
    public int firstMonth;
    /** The last bridge month, as an epoch month. */
    public int lastMonth;

    @Override
    protected void prepare() {
        long t0 = System.nanoTime();
        files = PeerFiles.of(rows, Bench.SHUFFLE_SEED, "integer".equals(keys));
        long t1 = System.nanoTime();
        peer = DuckDbPeer.open(threads);
        peer.loadParquet(TABLE, files.parquet());
        firstMonth = CustomerMonthRows.epochMonth(SyntheticSaas.FIRST_MONTH);
        lastMonth = CustomerMonthRows.epochMonth(saas.lastMonth());
        var ledger = rows.toLedger();
        var ours = BridgeRow.of(MrrMovements.monthly(ledger));
        var cohorts = LedgerCohorts.of(ledger).cells();
        SameResults.require("bridges (DuckDB table)", ours, peer.bridge(TABLE, firstMonth, lastMonth));
        SameResults.require("bridges (DuckDB over Parquet)", ours,
                peer.bridge(DuckDbPeer.parquetSource(files.parquet()), firstMonth, lastMonth));
        SameResults.require("cohort tables (DuckDB window)", cohorts, peer.cohortsByWindow(TABLE));
        SameResults.require("cohort tables (DuckDB join)", cohorts, peer.cohortsByJoin(TABLE));
        if (peer.count(DuckDbPeer.csvSource(files.csv(), files.integerKeys())) != rows.size()) {
            throw new IllegalStateException("CSV file " + files.csv() + " does not hold " + rows.size() + " rows");
        }
        Bench.log("DuckDB " + peer.version() + " with " + threads + " threads and " + keys + " keys agrees on " + ours.size()
                + " bridge months and " + cohorts.size() + " cohort cells; files ready in "
                + (t1 - t0) / 1_000_000 + " ms, checks took " + (System.nanoTime() - t1) / 1_000_000 + " ms");
    }

    /** Closes the peer. */
    @TearDown(Level.Trial)
    public void close() {
        peer.close();
    }
}
