package io.github.saasmetrics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrMovements;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbPeerTest {

    private static DuckDbPeer peer;

    @BeforeAll
    static void open() {
        peer = DuckDbPeer.open(2);
    }

    @AfterAll
    static void close() {
        peer.close();
    }

    @Test
    void agreesWithTheLedgerOnTwoThousandCustomers(@TempDir Path dir) {
        CustomerMonthRows rows = SyntheticSaas.of(2_000, 17).rows().shuffled(3);
        PeerFiles files = PeerFiles.in(dir, rows, 3);
        MrrLedger ledger = rows.toLedger();
        List<BridgeRow> ours = BridgeRow.of(MrrMovements.monthly(ledger));
        List<CohortCell> cohorts = LedgerCohorts.of(ledger).cells();
        int first = CustomerMonthRows.epochMonth(SyntheticSaas.FIRST_MONTH);
        int last = first + SyntheticSaas.MONTHS - 1;

        peer.loadParquet("t_parquet", files.parquet());
        peer.loadCsv("t_csv", files.csv());
        assertEquals(rows.size(), peer.count("t_parquet"));
        assertEquals(ours, peer.bridge("t_parquet", first, last));
        assertEquals(ours, peer.bridge("t_csv", first, last));
        assertEquals(ours, peer.bridge(DuckDbPeer.parquetSource(files.parquet()), first, last));
        assertEquals(cohorts, peer.cohortsByWindow("t_parquet"));
        assertEquals(cohorts, peer.cohortsByJoin("t_csv"));
        assertEquals(36, ours.size());

        // A second call finds the files and does not rewrite them.
        assertEquals(files.parquet(), PeerFiles.in(dir, rows, 3).parquet());
    }

    /**
     * A: 100, 150, gap, 150 (expansion, churn, reactivation); B joins in month 2 at 50 and
     * contracts to 40; C pays only in the opening month and churns in month 1.
     */
    @Test
    void bridgeOfAHandWorkedExample() {
        YearMonth m0 = YearMonth.of(2024, 1);
        int e0 = CustomerMonthRows.epochMonth(m0);
        MrrLedger ledger = MrrLedger.builder(SyntheticSaas.USD).months(m0, m0.plusMonths(4))
                .add(CustomerId.of("A"), m0.plusMonths(1), 10_000).add(CustomerId.of("A"), m0.plusMonths(2), 15_000)
                .add(CustomerId.of("A"), m0.plusMonths(4), 15_000).add(CustomerId.of("B"), m0.plusMonths(2), 5_000)
                .add(CustomerId.of("B"), m0.plusMonths(3), 4_000).add(CustomerId.of("C"), m0, 2_000).build();
        peer.execute("CREATE OR REPLACE TABLE hand (customer VARCHAR, month INTEGER, mrr BIGINT)");
        peer.execute("INSERT INTO hand VALUES ('A', " + (e0 + 1) + ", 10000), ('A', " + (e0 + 2) + ", 15000), ('A', "
                + (e0 + 4) + ", 15000), ('B', " + (e0 + 2) + ", 5000), ('B', " + (e0 + 3) + ", 4000), ('C', " + e0
                + ", 2000)");
        List<BridgeRow> theirs = peer.bridge("hand", e0 + 1, e0 + 4);
        assertEquals(BridgeRow.of(MrrMovements.monthly(ledger)), theirs);
        // month, start, new, expansion, contraction, churn, reactivation, fx, end, then counts
        assertEquals(new BridgeRow(e0 + 1, 2_000, 10_000, 0, 0, 2_000, 0, 0, 10_000, 1, 1, 0, 1, 1, 0, 0, 0),
                theirs.get(0));
        assertEquals(new BridgeRow(e0 + 2, 10_000, 5_000, 5_000, 0, 0, 0, 0, 20_000, 1, 1, 0, 0, 2, 1, 0, 0),
                theirs.get(1));
        assertEquals(new BridgeRow(e0 + 3, 20_000, 0, 0, 1_000, 15_000, 0, 0, 4_000, 2, 0, 0, 1, 1, 0, 1, 0),
                theirs.get(2));
        assertEquals(new BridgeRow(e0 + 4, 4_000, 0, 0, 0, 4_000, 15_000, 0, 15_000, 1, 0, 1, 1, 1, 0, 0, 0),
                theirs.get(3));
    }

    @Test
    void aDifferenceIsNamed() {
        List<BridgeRow> a = List.of(new BridgeRow(1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0));
        List<BridgeRow> b = List.of(new BridgeRow(1, 0, 2, 0, 0, 0, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SameResults.require("bridges", a, b));
        assertEquals(true, e.getMessage().startsWith("bridges differ at row 0"));
        assertThrows(IllegalStateException.class, () -> SameResults.require("bridges", a, List.of()));
    }
}
