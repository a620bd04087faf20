package io.github.saasmetrics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.ParallelLedger;
import io.github.saasmetrics.mrr.MrrMovements;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParallelPathsTest {

    private static final CustomerMonthRows ROWS = SyntheticSaas.of(5_000, 23).rows().shuffled(5);
    private static final MrrLedger LEDGER = ROWS.toLedger();
    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        executor.shutdown();
    }

    @Test
    void partitionedRowsGiveTheSameBridgeForAnyNumberOfPartitions() {
        List<BridgeRow> expected = BridgeRow.of(MrrMovements.monthly(LEDGER));
        for (int parts = 1; parts <= 7; parts++) {
            assertEquals(expected, BridgeRow.of(PartitionedRows.monthlyBridge(ROWS, parts, executor)), "parts " + parts);
            List<MrrLedger> ledgers = PartitionedRows.ledgers(ROWS, parts, ForkJoinPool.commonPool());
            assertEquals(parts, ledgers.size());
            assertEquals(LEDGER.rowCount(), ledgers.stream().mapToInt(MrrLedger::rowCount).sum());
            assertEquals(LEDGER.customerCount(), ledgers.stream().mapToInt(MrrLedger::customerCount).sum());
        }
    }

    @Test
    void partitionsCoverEveryRowOnce() {
        int[][] parts = PartitionedRows.partition(ROWS, 4);
        boolean[] seen = new boolean[ROWS.size()];
        for (int[] part : parts) {
            for (int row : part) {
                assertTrue(!seen[row], "row " + row + " twice");
                seen[row] = true;
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }

    @Test
    void cohortsOnSlicesEqualCohortsOfTheWhole() {
        LedgerCohorts whole = LedgerCohorts.of(LEDGER);
        for (int parts = 1; parts <= 5; parts++) {
            assertEquals(whole, ParallelLedger.compute(LEDGER, parts, executor, LedgerCohorts::of, LedgerCohorts::plus));
        }
        long customers = whole.cells().stream().filter(c -> c.age() == 0).mapToLong(CohortCell::customers).sum();
        assertEquals(LEDGER.customerCount(), customers);
        long rows = whole.cells().stream().mapToLong(CohortCell::customers).sum();
        assertEquals(LEDGER.rowCount(), rows);
    }

    @Test
    void directPassEqualsTheLibrarysBridge() {
        LedgerArrays arrays = LedgerArrays.of(LEDGER);
        int n = LEDGER.customerCount();
        int months = LEDGER.monthCount();
        int opening = CustomerMonthRows.epochMonth(LEDGER.firstMonth());
        List<BridgeRow> expected = BridgeRow.of(MrrMovements.monthly(LEDGER));
        assertEquals(expected, DirectBridgePass.rows(DirectBridgePass.sums(arrays, months, 0, n), months, opening));
        long[] halves = DirectBridgePass.plus(DirectBridgePass.sums(arrays, months, 0, n / 2),
                DirectBridgePass.sums(arrays, months, n / 2, n));
        assertEquals(expected, DirectBridgePass.rows(halves, months, opening));
    }

    @Test
    void floorPassOverRangesAddsUpToTheWhole() {
        LedgerArrays arrays = LedgerArrays.of(LEDGER);
        int n = LEDGER.customerCount();
        long whole = arrays.floorPass(0, n);
        assertEquals(whole, arrays.floorPass(0, n / 3) + arrays.floorPass(n / 3, n));
    }

    @Test
    void arrayBytesCountEveryColumn() {
        LedgerArrays a = LedgerArrays.of(LEDGER);
        int rows = LEDGER.rowCount();
        int customers = LEDGER.customerCount();
        assertEquals(rows, a.months().length);
        assertEquals(rows, a.mrr().length);
        assertEquals(customers + 1, a.offsets().length);
        assertEquals(LedgerArrays.align(16 + 2L * rows) + (16 + 8L * rows), a.rowColumnBytes());
        long idChars = LEDGER.customers().stream().mapToLong(c -> c.value().length()).sum();
        assertEquals(idChars, a.idBlock().length);
        assertEquals(a.rowColumnBytes() + LedgerArrays.align(16 + 4L * (customers + 1)) + LedgerArrays.align(16 + 4L * customers)
                + 16 + LedgerArrays.align(16 + idChars) + LedgerArrays.align(16 + 4L * (customers + 1)), a.arrayBytes());
    }
}
