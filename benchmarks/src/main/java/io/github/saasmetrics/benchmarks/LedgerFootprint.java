package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import java.lang.management.ManagementFactory;

/**
 * Measures the resident size of a ledger of the synthetic business two ways: exactly, by summing
 * the lengths of its arrays times their element sizes (read by reflection), and as the growth of
 * the used heap after full collections when the ledger is the only new object still reachable
 * (that includes anything the arrays point to; the ledger keeps its customer identifiers as one
 * character block plus starts, so nothing should).
 *
 * <p>A second argument {@code keys} builds the ledger from the numeric customer keys instead of the
 * identifiers (customers {@code "0"}, {@code "1"}, …).
 *
 * <p>Run: {@code java -Xms8g -Xmx8g -cp benchmarks/target/benchmarks.jar
 * io.github.saasmetrics.benchmarks.LedgerFootprint 1000000}.
 */
public final class LedgerFootprint {

    private LedgerFootprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of customers (default 1,000,000)
     */
    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean keys = args.length > 1 && args[1].equals("keys");
        long before = usedAfterGc();
        MrrLedger ledger = build(customers, keys);
        long after = usedAfterGc();
        LedgerArrays a = LedgerArrays.of(ledger);
        long rows = ledger.rowCount();
        long idBytes = after - before - a.arrayBytes();
        System.out.println(ledger);
        System.out.printf("row columns (short month + long MRR):     %,13d bytes  %6.2f bytes/row%n",
                a.rowColumnBytes(), a.rowColumnBytes() / (double) rows);
        System.out.printf("all arrays (+ offsets, first paid, ids):    %,12d bytes  %6.2f bytes/row%n",
                a.arrayBytes(), a.arrayBytes() / (double) rows);
        System.out.printf("heap growth after GC (everything):         %,12d bytes  %6.2f bytes/row%n",
                after - before, (after - before) / (double) rows);
        System.out.printf("  identifiers (block + starts): %.1f bytes/customer; outside the arrays: %.1f bytes/customer%n",
                (LedgerArrays.array(a.idBlock().length, 1) + LedgerArrays.array(a.idStarts().length, 4))
                        / (double) ledger.customerCount(), idBytes / (double) ledger.customerCount());
        System.out.println("(" + ManagementFactory.getRuntimeMXBean().getVmName() + " "
                + System.getProperty("java.version") + ", GC " + ManagementFactory.getGarbageCollectorMXBeans().get(0)
                .getName() + ")");
        // Keep the ledger reachable until the last measurement.
        if (ledger.customerCount() < 0) {
            System.out.println(ledger);
        }
    }

    private static MrrLedger build(int customers, boolean keys) {
        // The rows, generator and builder all become garbage; only the ledger stays.
        CustomerMonthRows rows = SyntheticSaas.of(customers, Bench.SEED).rows().shuffled(Bench.SHUFFLE_SEED);
        return keys ? ColumnRows.of(rows).keyLedger() : rows.toLedger();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
