package io.github.saasmetrics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.subscription.MrrConventions;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticSaasTest {

    private static final SyntheticSaas SAAS = SyntheticSaas.of(20_000, 42);

    @Test
    void sameSeedSameBusiness() {
        CustomerMonthRows a = SyntheticSaas.of(3_000, 1).rows();
        CustomerMonthRows b = SyntheticSaas.of(3_000, 1).rows();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.customer(i), b.customer(i));
            assertEquals(a.month(i), b.month(i));
            assertEquals(a.mrr(i), b.mrr(i));
        }
        assertEquals(SyntheticSaas.of(300, 1).subscriptions(), SyntheticSaas.of(300, 1).subscriptions());
        assertArrayEquals(SAAS.npsScores(1000), SyntheticSaas.of(5, 42).npsScores(1000));
    }

    @Test
    void otherSeedOtherBusiness() {
        assertNotEquals(BridgeRow.of(MrrMovements.monthly(SyntheticSaas.of(3_000, 1).rows().toLedger())),
                BridgeRow.of(MrrMovements.monthly(SyntheticSaas.of(3_000, 2).rows().toLedger())));
    }

    @Test
    void aCustomersStoryDoesNotDependOnTheSizeOfTheBusiness() {
        MrrLedger small = SyntheticSaas.of(1_000, 9).rows().toLedger();
        MrrLedger large = SyntheticSaas.of(2_000, 9).rows().toLedger();
        for (YearMonth m : List.of(YearMonth.of(2024, 6), YearMonth.of(2025, 12), YearMonth.of(2026, 12))) {
            assertEquals(small.mrr(SyntheticSaas.customerId(777), m), large.mrr(SyntheticSaas.customerId(777), m));
        }
    }

    @Test
    void shuffledRowsAreTheSameRowsInAnotherOrder() {
        CustomerMonthRows rows = SyntheticSaas.of(2_000, 3).rows();
        CustomerMonthRows shuffled = rows.shuffled(11);
        assertEquals(rows.size(), shuffled.size());
        int moved = 0;
        for (int i = 0; i < rows.size(); i++) {
            moved += rows.customer(i).equals(shuffled.customer(i)) ? 0 : 1;
        }
        assertTrue(moved > rows.size() * 0.9, "rows were not shuffled: " + moved);
        assertEquals(BridgeRow.of(MrrMovements.monthly(rows.toLedger())),
                BridgeRow.of(MrrMovements.monthly(shuffled.toLedger())));
    }

    @Test
    void looksLikeAGrowingSaasBusiness() {
        CustomerMonthRows rows = SAAS.rows();
        double perCustomer = rows.size() / (double) SAAS.customers();
        assertTrue(perCustomer > 11 && perCustomer < 13.5, "rows per customer " + perCustomer);
        MrrBridgeTable bridges = MrrMovements.monthly(rows.toLedger());
        long churned = 0;
        long atStart = 0;
        long reactivated = 0;
        long expanded = 0;
        long contracted = 0;
        for (MrrBridge b : bridges.subList(12, 36)) {
            churned += b.churnedCustomers();
            atStart += b.customersAtStart();
            reactivated += b.reactivatedCustomers();
            expanded += b.expandedCustomers();
            contracted += b.contractedCustomers();
        }
        double churn = churned / (double) atStart;
        assertTrue(churn > 0.027 && churn < 0.033, "monthly logo churn " + churn);
        assertTrue(reactivated > churned / 10, "reactivations " + reactivated);
        assertTrue(expanded > contracted && contracted > 0, "expanded " + expanded + ", contracted " + contracted);
        MrrBridge last = bridges.get(35);
        assertTrue(last.newCustomers() > bridges.get(0).newCustomers() * 2, "sign-ups grow: " + bridges);
        assertTrue(last.end().minorUnits() > 0);
    }

    @Test
    void subscriptionsProduceTheSameLedgerAsTheRows() {
        SyntheticSaas saas = SyntheticSaas.of(3_000, 5);
        MrrLedger fromRows = saas.rows().toLedger();
        MrrLedger fromSubscriptions = MrrLedger.fromSubscriptions(saas.subscriptions(), saas.period(),
                MrrConventions.defaults(), saas.rates());
        assertEquals(fromRows.customers(), fromSubscriptions.customers());
        assertEquals(fromRows.rowCount(), fromSubscriptions.rowCount());
        assertEquals(BridgeRow.of(MrrMovements.monthly(fromRows)), BridgeRow.of(MrrMovements.monthly(fromSubscriptions)));
        for (CustomerId c : fromRows.customers()) {
            assertEquals(fromRows.firstPaidMonth(c), fromSubscriptions.firstPaidMonth(c));
        }
        assertEquals(fromRows.months(), fromSubscriptions.months());
        for (YearMonth m : fromRows.months()) {
            assertEquals(fromRows.snapshot(m), fromSubscriptions.snapshot(m), m.toString());
        }
    }

    @Test
    void otherCurrenciesConvertAsTheLedgerDoes() {
        SyntheticSaas saas = SyntheticSaas.of(2_000, 5).withExtraCurrencies(2);
        MrrLedger fromRows = saas.rows().toLedger();
        MrrLedger fromSubscriptions = MrrLedger.fromSubscriptions(saas.subscriptions(), saas.period(),
                MrrConventions.defaults(), saas.rates());
        assertTrue(fromSubscriptions.hasFx());
        for (YearMonth m : saas.period().months()) {
            assertEquals(fromRows.total(m), fromSubscriptions.total(m), m.toString());
        }
        long fx = 0;
        for (MrrBridge b : MrrMovements.monthly(fromSubscriptions)) {
            fx += Math.abs(b.fx().minorUnits());
        }
        assertTrue(fx > 0);
    }

    @Test
    void npsScoresAreZeroToTen() {
        byte[] scores = SAAS.npsScores(100_000);
        int promoters = 0;
        int detractors = 0;
        for (byte s : scores) {
            assertTrue(s >= 0 && s <= 10, "score " + s);
            promoters += s >= 9 ? 1 : 0;
            detractors += s <= 6 ? 1 : 0;
        }
        assertEquals(0.45, promoters / 100_000.0, 0.01);
        assertEquals(0.25, detractors / 100_000.0, 0.01);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticSaas.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSaas.of(10, 1).withExtraCurrencies(3));
        assertThrows(IllegalArgumentException.class, () -> SAAS.npsScores(-1));
    }
}
