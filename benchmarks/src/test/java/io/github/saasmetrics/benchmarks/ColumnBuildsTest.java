package io.github.saasmetrics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrMovements;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The bulk column builds and the radix kernel agree with the row-by-row ledger. */
class ColumnBuildsTest {

    private static final CustomerMonthRows ROWS = SyntheticSaas.of(3_000, 29).rows().shuffled(11);
    private static final MrrLedger LEDGER = ROWS.toLedger();

    @Test
    void textColumnsBuildTheSameLedgerSequentiallyAndInParallel() {
        ColumnRows columns = ColumnRows.of(ROWS);
        assertEquals(LEDGER, columns.textLedger());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int parts : new int[] {2, 3, 5}) {
                assertEquals(LEDGER, columns.textLedger(parts, pool));
                assertEquals(columns.keyLedger(), columns.keyLedger(parts, pool));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keyColumnsGiveTheSameBridgeWithNumbersForIdentifiers() {
        MrrLedger keys = ColumnRows.of(ROWS).keyLedger();
        assertEquals(LEDGER.customerCount(), keys.customerCount());
        assertEquals(LEDGER.rowCount(), keys.rowCount());
        assertEquals(MrrMovements.monthly(LEDGER), MrrMovements.monthly(keys));
    }

    @Test
    void theRadixKernelEqualsTheLibrarysBridge() {
        ColumnRows columns = ColumnRows.of(ROWS);
        int opening = CustomerMonthRows.epochMonth(LEDGER.firstMonth());
        int months = LEDGER.monthCount();
        long[] sums = RadixBridgeKernel.sums(columns.keys(), columns.months(), columns.mrr(), opening, months);
        List<BridgeRow> expected = BridgeRow.of(MrrMovements.monthly(LEDGER));
        assertEquals(expected, DirectBridgePass.rows(sums, months, opening));
    }

    @Test
    void theRadixKernelSumsDuplicatesAndSkipsZeros() {
        // Customer 1: 100 in month 1 (two rows), none in 2, 50 in 3 (reactivation); customer 2: a zero row only.
        long[] keys = {1, 1, 1, 2};
        int[] months = {1, 1, 3, 2};
        long[] mrr = {60, 40, 50, 0};
        long[] s = RadixBridgeKernel.sums(keys, months, mrr, 0, 5);
        int w = DirectBridgePass.WIDTH;
        assertEquals(100, s[w + DirectBridgePass.NEW]);
        assertEquals(1, s[w + DirectBridgePass.C_NEW]);
        assertEquals(100, s[2 * w + DirectBridgePass.CHURN]);
        assertEquals(50, s[3 * w + DirectBridgePass.REACTIVATION]);
        assertEquals(0, s[2 * w + DirectBridgePass.C_NEW]);
    }
}
