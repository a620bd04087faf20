package io.github.saasmetrics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.stats.Ratio;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    /** Start $100,000, new $10,000 a month, churn 3 %, expansion 2 %, contraction 1 %: λ = 2 %. */
    static final GrowthRates BASELINE = GrowthRates.of(usd("100000.00"), usd("10000.00"), 0.03, 0.02, 0.01);

    @Test
    void theModelsNumbers() {
        assertEquals(0.02, BASELINE.netLossRate(), 1e-17);
        assertEquals(Optional.of(usd("500000.00")), BASELINE.steadyStateMrr());
        MrrProjection year = MrrProjection.of(BASELINE, 12);
        // 500,000 − 400,000 × 0.98^12
        assertEquals(usd("186113.31"), year.finalMrr());
        assertEquals(usd("1780447.79"), year.revenue());
        assertEquals(usd("107641.64"), year.newMrrValue());
        assertEquals(13, year.mrr().size());
        assertEquals(usd("100000.00"), year.mrr().get(0));
        // 100,000 × 0.98 + 10,000
        assertEquals(usd("108000.00"), year.mrr().get(1));
        assertEquals(year.finalMrr(), year.mrrClosedForm(12));
        assertEquals(year.revenue(), year.revenueClosedForm());
        assertEquals(year.newMrrValue(), year.newMrrValueClosedForm());
        assertEquals(Optional.of(usd("500000.00")), year.newMrrLifetimeValue());
        // One customer at $100 and 80 % margin: 80 × Σ_{j<24} 0.98^j over two years; 80 / 0.02 for its lifetime.
        assertEquals(usd("1536.88"), MrrProjection.of(BASELINE, 24).ltv(usd("100.00"), 0.8));
        assertEquals(Optional.of(usd("4000.00")), year.lifetimeLtv(usd("100.00"), 0.8));
    }

    @Test
    void churnOnePointLower() {
        WhatIf whatIf = WhatIf.of(BASELINE, BASELINE.churnChangedBy(-0.01), 24);
        assertEquals(0.02, whatIf.scenario().rates().churnRate());
        assertEquals(usd("253687.87"), whatIf.baseline().finalMrr());
        assertEquals(usd("292889.67"), whatIf.scenario().finalMrr());
        assertEquals(usd("39201.80"), whatIf.finalMrrDifference());
        assertEquals(usd("4903922.35").minus(usd("4469294.60")), whatIf.revenueDifference());
        assertEquals(usd("214321.86").minus(usd("192109.83")), whatIf.newMrrValueDifference());
        assertEquals(Optional.of(usd("500000.00")), whatIf.steadyStateDifference());
        assertEquals("""
                what-if over 24 months (USD)                 baseline      scenario  difference
                churn a month                                   3.00%         2.00%   -1.00 pts
                net loss a month                                2.00%         1.00%   -1.00 pts
                MRR after 24 months                        253,687.87    292,889.67   39,201.80
                revenue over 24 months                   4,469,294.60  4,903,922.35  434,627.75
                a month's new MRR, value over 24 months    192,109.83    214,321.86   22,212.03
                a month's new MRR, lifetime value          500,000.00  1,000,000.00  500,000.00
                steady-state MRR                           500,000.00  1,000,000.00  500,000.00""", whatIf.toString());
    }

    @Test
    void retentionFivePointsHigher() {
        // 3 % a month keeps 0.97^12 = 69.38 % a year; 74.38 % a year is 1 − 0.7438^(1/12) = 2.436 % a month.
        GrowthRates better = BASELINE.annualRetentionChangedBy(0.05);
        assertEquals(1 - Math.pow(Math.pow(0.97, 12) + 0.05, 1.0 / 12), better.churnRate(), 1e-12);
        assertEquals(0.0243589, better.churnRate(), 1e-7);
        assertEquals("annual retention 69.4% changed by 40 points is 109.4%, outside [0, 100%]", assertThrows(
                IllegalArgumentException.class, () -> BASELINE.annualRetentionChangedBy(0.4)).getMessage());
    }

    @Test
    void withoutANetLossThereIsNoSteadyState() {
        GrowthRates growing = BASELINE.withExpansionRate(0.04);
        assertEquals(0, growing.netLossRate());
        assertEquals(Optional.empty(), growing.steadyStateMrr());
        MrrProjection p = MrrProjection.of(growing, 24);
        // λ = 0: M_t = M_0 + t·n, R_N = N·M_0 + n·N(N + 1)/2, V_N = N·n.
        assertEquals(usd("340000.00"), p.finalMrr());
        assertEquals(usd("5400000.00"), p.revenue());
        assertEquals(usd("240000.00"), p.newMrrValue());
        assertEquals(p.finalMrr(), p.mrrClosedForm(24));
        assertEquals(p.revenue(), p.revenueClosedForm());
        assertEquals(p.newMrrValue(), p.newMrrValueClosedForm());
        assertEquals(Optional.empty(), p.newMrrLifetimeValue());
        assertEquals(Optional.empty(), p.lifetimeLtv(usd("100.00"), 0.8));
        GrowthRates expanding = BASELINE.withExpansionRate(0.05);
        assertTrue(expanding.netLossRate() < 0);
        assertEquals(MrrProjection.of(expanding, 36).mrrClosedForm(36), MrrProjection.of(expanding, 36).finalMrr());
        assertTrue(WhatIf.of(BASELINE, expanding, 12).toString().lines()
                .anyMatch(l -> l.matches("steady-state MRR +500,000.00 +none")), () -> WhatIf.of(BASELINE, expanding, 12).toString());
    }

    @Test
    void ratesFromABridgeTable() {
        MrrLedger ledger = MrrLedger.builder(Currency.getInstance("USD"))
                .add("a", "2024-01", "USD 100.00").add("a", "2024-02", "USD 120.00").add("a", "2024-03", "USD 120.00")
                .add("b", "2024-01", "USD 100.00").add("b", "2024-02", "USD 90.00")
                .add("c", "2024-02", "USD 50.00").add("c", "2024-03", "USD 50.00")
                .add("d", "2024-03", "USD 30.00").build();
        MrrBridgeTable table = MrrMovements.monthly(ledger, io.github.saasmetrics.time.ReportingPeriod.months(
                java.time.YearMonth.of(2024, 2), java.time.YearMonth.of(2024, 3)));
        GrowthRates rates = GrowthRates.of(table);
        // Starts 200 and 260; churn 90, expansion 20, contraction 10; new 50 + 30 over two months.
        assertEquals(usd("200.00"), rates.startMrr());
        assertEquals(usd("40.00"), rates.newMrr());
        assertEquals(Ratio.of(9000, 46000).value(), rates.churnRate());
        assertEquals(Ratio.of(2000, 46000).value(), rates.expansionRate());
        assertEquals(Ratio.of(1000, 46000).value(), rates.contractionRate());
        assertEquals("the growth rates of 2024-01 are undefined: no month starts with MRR", assertThrows(
                IllegalArgumentException.class, () -> GrowthRates.of(MrrMovements.monthly(ledger,
                        io.github.saasmetrics.time.ReportingPeriod.parse("2024-01")))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> GrowthRates.of(MrrBridgeTable.of(java.util.List.of())));
    }

    @Test
    void badInputIsNamed() {
        assertEquals("churnRate + contractionRate must be at most 1 (no more than all MRR can be lost) but were 0.7 + 0.4",
                assertThrows(IllegalArgumentException.class,
                        () -> GrowthRates.of(usd("1.00"), usd("1.00"), 0.7, 0, 0.4)).getMessage());
        assertEquals("expansionRate must be in [0, 1] but was -0.1", assertThrows(IllegalArgumentException.class,
                () -> GrowthRates.of(usd("1.00"), usd("1.00"), 0.1, -0.1, 0)).getMessage());
        assertEquals("newMrr must not be negative but was USD -1.00", assertThrows(IllegalArgumentException.class,
                () -> GrowthRates.of(usd("1.00"), usd("-1.00"), 0.1, 0, 0)).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> GrowthRates.of(usd("1.00"), Money.of("EUR", "1.00"), 0.1, 0, 0));
        assertEquals("churn 0.03 changed by -0.05 is -0.02, outside [0, 1]", assertThrows(IllegalArgumentException.class,
                () -> BASELINE.churnChangedBy(-0.05)).getMessage());
        assertEquals("months must be from 1 to 1200 but was 0", assertThrows(IllegalArgumentException.class,
                () -> MrrProjection.of(BASELINE, 0)).getMessage());
        assertEquals("baseline and scenario must have the same horizon but had 12 and 24 months", assertThrows(
                IllegalArgumentException.class, () -> new WhatIf(MrrProjection.of(BASELINE, 12),
                        MrrProjection.of(BASELINE, 24))).getMessage());
    }

    @Test
    void jsonRoundTrips() {
        JsonRoundTrip.assertRoundTrips(BASELINE, GrowthRates.class);
        JsonRoundTrip.assertRoundTrips(MrrProjection.of(BASELINE, 24), MrrProjection.class);
        JsonRoundTrip.assertRoundTrips(WhatIf.of(BASELINE, BASELINE.churnChangedBy(-0.01), 24), WhatIf.class);
    }
}
