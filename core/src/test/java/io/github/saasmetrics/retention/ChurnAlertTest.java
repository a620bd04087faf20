package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.health.ChurnAlertRule;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnAlertTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth DECEMBER = YearMonth.of(2024, 12);

    /** 100 customers at $50 from August; 3 leave in each of September, October and November, 10 in December. */
    static MrrLedger fourMonths() {
        var b = MrrLedger.builder(USD).months(YearMonth.of(2024, 8), DECEMBER);
        for (int i = 0; i < 100; i++) {
            int paidMonths = i < 3 ? 1 : i < 6 ? 2 : i < 9 ? 3 : i < 19 ? 4 : 5;
            for (int m = 0; m < paidMonths; m++) {
                b.add(CustomerId.of("c" + i), YearMonth.of(2024, 8).plusMonths(m), 5000);
            }
        }
        return b.build();
    }

    @Test
    void workedExampleFromCounts() {
        ChurnAlert alert = ChurnAlert.of(DECEMBER, 200, 12, Ratio.of(90, 3000), 0.05);
        assertEquals(6.0, alert.expectedChurned(), 1e-12);
        assertEquals(0.018411319842094171, alert.pValue(), 1e-15);
        assertEquals(2, alert.expectedLow());
        assertEquals(10, alert.expectedHigh());
        assertTrue(alert.flagged());
        assertFalse(alert.unusuallyLow());
        assertEquals(Ratio.of(12, 200), alert.rate());
        assertNull(alert.mrr());
        assertEquals("2024-12: 12 of 200 customers churned (6.0%), expected 6 (2 to 10 at α = 0.05) from 3.00% (90/3,000);"
                + " p = 0.01841: unusually high", alert.toString());
        // At α = 0.01 the same month is within the range (its upper bound is 12).
        assertFalse(ChurnAlert.of(DECEMBER, 200, 12, Ratio.of(90, 3000), 0.01).flagged());
        assertEquals(12, ChurnAlert.of(DECEMBER, 200, 12, Ratio.of(90, 3000), 0.01).expectedHigh());
        // One churned customer of 200 is below the range: reported, not flagged.
        ChurnAlert low = ChurnAlert.of(DECEMBER, 200, 1, Ratio.of(90, 3000), 0.05);
        assertTrue(low.unusuallyLow());
        assertFalse(low.flagged());
        assertTrue(low.toString().endsWith(": unusually low"), low::toString);
        assertTrue(ChurnAlert.of(DECEMBER, 200, 6, Ratio.of(90, 3000), 0.05).toString()
                .endsWith(": within the expected range"));
    }

    @Test
    void workedExampleFromTheLedger() {
        ChurnAlert alert = ChurnAlerts.measure(fourMonths(), DECEMBER, 3, 0.05);
        assertEquals(91, alert.customersAtStart());
        assertEquals(10, alert.churned());
        assertEquals(Ratio.of(9, 291), alert.baseline());
        // R: pbinom(9, 91, 9/291, lower.tail = FALSE) = 0.0005238462955.
        assertEquals(0.0005238462955, alert.pValue(), 1e-13);
        assertEquals(0, alert.expectedLow());
        assertEquals(6, alert.expectedHigh());
        assertTrue(alert.flagged());
        ChurnedMrrCheck mrr = alert.mrr();
        assertEquals(Money.of("USD", "4550.00"), mrr.startMrr());
        assertEquals(Money.of("USD", "500.00"), mrr.churnedMrr());
        assertEquals(BigInteger.valueOf(91L * 5000 * 5000), mrr.startMrrSquares());
        // 4550 × 9/291 = 140.72; SD √(p(1 − p) · 91 · 50²) = 82.57; z = (500 − 140.72) / 82.57 = 4.35.
        assertEquals(Money.of("USD", "140.72"), mrr.expected());
        assertEquals(82.5740, mrr.standardDeviation(), 1e-4);
        assertEquals(4.3510, mrr.z(), 1e-4);
        assertEquals(ChurnAlertRule.defaults().action(), ChurnAlertRule.defaults().actionFor(alert).orElseThrow());
        assertEquals("Churn spike", ChurnAlertRule.defaults().actionFor(alert).orElseThrow().alertType());
        // The month before is within its own range: no action.
        ChurnAlert november = ChurnAlerts.measure(fourMonths(), YearMonth.of(2024, 11), 2, 0.05);
        assertEquals(Ratio.of(6, 197), november.baseline());
        assertFalse(november.flagged());
        assertTrue(ChurnAlertRule.defaults().actionFor(november).isEmpty());
    }

    @Test
    void monthlyAlertsAreTheSingleAlertsOfEveryMonthWithAFullBaseline() {
        MrrLedger ledger = fourMonths();
        List<ChurnAlert> alerts = ChurnAlerts.monthly(ledger, 2, 0.05);
        assertEquals(List.of(YearMonth.of(2024, 11), DECEMBER), alerts.stream().map(ChurnAlert::month).toList());
        assertEquals(ChurnAlerts.measure(ledger, YearMonth.of(2024, 11), 2, 0.05), alerts.get(0));
        assertEquals(ChurnAlerts.measure(ledger, DECEMBER, 2, 0.05), alerts.get(1));
        assertEquals(List.of(), ChurnAlerts.monthly(ledger, 4, 0.05));
    }

    @Test
    void theMrrCheckWorkedExample() {
        // Four customers at $100 and one at $600, p₀ = 5 %: the $600 account leaves.
        ChurnedMrrCheck check = new ChurnedMrrCheck(Money.of("USD", "1000.00"), Money.of("USD", "600.00"),
                BigInteger.valueOf(4L * 10000 * 10000 + 60000L * 60000), 0.05);
        assertEquals(Money.of("USD", "50.00"), check.expected());
        assertEquals(137.84048752090223, check.standardDeviation(), 1e-9);
        assertEquals(3.990119375605064, check.z(), 1e-9);
        assertEquals(3.302002436034179e-05, check.pValue(), 1e-12);
        assertEquals("churned MRR USD 600.00 of USD 1000.00, expected USD 50.00 (SD 137.8), z 3.99, p ≈ 3.3e-05"
                + " (normal approximation)", check.toString());
        // Zero variance: with p₀ = 0 any churned MRR is impossible under the baseline.
        ChurnedMrrCheck none = new ChurnedMrrCheck(Money.of("USD", "1000.00"), Money.of("USD", "100.00"),
                BigInteger.valueOf(100_000_000L), 0);
        assertEquals(0, none.pValue());
        assertEquals(0, none.z());
        assertEquals(1, new ChurnedMrrCheck(Money.of("USD", "1000.00"), Money.zero(USD), BigInteger.valueOf(100_000_000L),
                0).pValue());
    }

    @Test
    void badInputIsNamed() {
        assertEquals("churned must be from 0 to customersAtStart (10) but was 11", assertThrows(
                IllegalArgumentException.class, () -> ChurnAlert.of(DECEMBER, 10, 11, Ratio.of(1, 10), 0.05)).getMessage());
        assertEquals("the baseline churn rate of 2024-12 is undefined (undefined (0/0)): nobody paid at the start of a"
                + " baseline month, so there is nothing to compare with", assertThrows(IllegalArgumentException.class,
                        () -> ChurnAlert.of(DECEMBER, 10, 1, Ratio.UNDEFINED, 0.05)).getMessage());
        assertEquals("significance must be strictly between 0 and 0.5 but was 0.5", assertThrows(
                IllegalArgumentException.class, () -> ChurnAlert.of(DECEMBER, 10, 1, Ratio.of(1, 10), 0.5)).getMessage());
        assertEquals("baseline must be a rate from 0 to 1 but was 200.00% (2/1)", assertThrows(
                IllegalArgumentException.class, () -> ChurnAlert.of(DECEMBER, 10, 1, Ratio.of(2, 1), 0.05)).getMessage());
        assertEquals("period 2024-08-01/2025-01-01 must be whole months within 2024-09..2024-12, the months this ledger"
                + " can bridge (2024-08 is its opening month)", assertThrows(IllegalArgumentException.class,
                        () -> ChurnAlerts.measure(fourMonths(), DECEMBER, 4, 0.05)).getMessage());
        assertEquals("trailingMonths must be at least 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> ChurnAlerts.monthly(fourMonths(), 0, 0.05)).getMessage());
        assertEquals("churnedMrr must be from zero to startMrr (USD 1.00) but was USD 2.00", assertThrows(
                IllegalArgumentException.class, () -> new ChurnedMrrCheck(Money.of("USD", "1.00"), Money.of("USD", "2.00"),
                        BigInteger.ONE, 0.1)).getMessage());
        // A baseline without customers cannot judge anything.
        MrrLedger empty = MrrLedger.builder(USD).months(YearMonth.of(2024, 8), DECEMBER).build();
        assertThrows(IllegalArgumentException.class, () -> ChurnAlerts.measure(empty, DECEMBER, 3, 0.05));
    }

    @Test
    void jsonRoundTrips() {
        ChurnAlert alert = ChurnAlerts.measure(fourMonths(), DECEMBER, 3, 0.05);
        JsonRoundTrip.assertRoundTrips(alert, ChurnAlert.class);
        JsonRoundTrip.assertRoundTrips(ChurnAlert.of(DECEMBER, 200, 12, Ratio.of(90, 3000), 0.05), ChurnAlert.class);
        JsonRoundTrip.assertRoundTrips(alert.mrr(), ChurnedMrrCheck.class);
        JsonRoundTrip.assertRoundTrips(ChurnAlertRule.defaults(), ChurnAlertRule.class);
    }
}
