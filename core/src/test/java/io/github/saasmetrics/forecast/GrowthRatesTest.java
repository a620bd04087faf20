package io.github.saasmetrics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth rates' checks at their exact bounds, their copies and their text. */
class GrowthRatesTest {

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    private static GrowthRates rates(double churn, double expansion, double contraction) {
        return GrowthRates.of(usd("100.00"), usd("10.00"), churn, expansion, contraction);
    }

    @Test
    void everyRateIsCheckedAndItsBoundsAreInside() {
        for (double ok : new double[] {0, 1}) {
            assertEquals(ok, rates(ok, 0, 0).churnRate());
            assertEquals(ok, rates(0, ok, 0).expansionRate());
            assertEquals(ok, rates(0, 0, ok).contractionRate());
        }
        for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
            var churn = assertThrows(IllegalArgumentException.class, () -> rates(bad, 0, 0));
            assertEquals("churnRate must be in [0, 1] but was " + bad, churn.getMessage());
            var expansion = assertThrows(IllegalArgumentException.class, () -> rates(0, bad, 0));
            assertEquals("expansionRate must be in [0, 1] but was " + bad, expansion.getMessage());
            var contraction = assertThrows(IllegalArgumentException.class, () -> rates(0, 0, bad));
            assertEquals("contractionRate must be in [0, 1] but was " + bad, contraction.getMessage());
        }
    }

    @Test
    void churnAndContractionTogetherLoseAtMostEverything() {
        assertEquals(1.0, rates(0.4, 0, 0.6).netLossRate(), 1e-15);
        var e = assertThrows(IllegalArgumentException.class, () -> rates(0.4, 0, 0.61));
        assertTrue(e.getMessage().startsWith("churnRate + contractionRate must be at most 1"), e.getMessage());
    }

    @Test
    void negativeZeroRatesAreZero() {
        GrowthRates signed = rates(-0.0, -0.0, -0.0);
        assertEquals(rates(0, 0, 0), signed);
        assertEquals(0.0, signed.churnRate());
        assertEquals(0.0, signed.expansionRate());
        assertEquals(0.0, signed.contractionRate());
    }

    @Test
    void copiesChangeOnePart() {
        GrowthRates base = rates(0.03, 0.02, 0.01);
        assertEquals(GrowthRates.of(usd("100.00"), usd("10.00"), 0.03, 0.02, 0.05), base.withContractionRate(0.05));
        assertEquals(GrowthRates.of(usd("100.00"), usd("7.00"), 0.03, 0.02, 0.01), base.withNewMrr(usd("7.00")));
        assertEquals(GrowthRates.of(usd("100.00"), usd("10.00"), 0.03, 0.04, 0.01), base.withExpansionRate(0.04));
    }

    @Test
    void churnMovesToExactlyZeroOrOneButNotBeyond() {
        GrowthRates base = rates(0.03, 0, 0);
        assertEquals(0.0, base.churnChangedBy(-0.03).churnRate());
        assertEquals(1.0, base.churnChangedBy(0.97).churnRate());
        assertThrows(IllegalArgumentException.class, () -> base.churnChangedBy(-0.0301));
        assertThrows(IllegalArgumentException.class, () -> base.churnChangedBy(0.9701));
    }

    @Test
    void annualRetentionMovesToExactlyNoneOrAllButNotBeyond() {
        GrowthRates none = rates(0, 0, 0);
        // Annual retention 100 %: down to exactly 0 % is every customer churning within the year.
        assertEquals(1.0, none.annualRetentionChangedBy(-1).churnRate());
        assertEquals(0.0, rates(1, 0, 0).annualRetentionChangedBy(1).churnRate());
        assertEquals(0.0, none.annualRetentionChangedBy(0).churnRate());
        assertThrows(IllegalArgumentException.class, () -> none.annualRetentionChangedBy(0.0001));
        assertThrows(IllegalArgumentException.class, () -> rates(1, 0, 0).annualRetentionChangedBy(-0.0001));
    }

    @Test
    void theTextNamesEveryRateInPercent() {
        assertEquals("start USD 100,000.00, new USD 10,000.00 a month, churn 3.00%, expansion 2.00%, contraction 1.00%"
                + " (net loss 2.00% a month)", WhatIfTest.BASELINE.toString());
        assertEquals("start USD 100.00, new USD 10.00 a month, churn 12.50%, expansion 0.25%, contraction 40.00%"
                + " (net loss 52.25% a month)", rates(0.125, 0.0025, 0.4).toString());
    }

    @Test
    void aProjectionsTextShowsTheFirstYearMonthlyThenEveryYearEndAndTheLastMonth() {
        String text = MrrProjection.of(rates(0, 0, 0), 27).toString();
        List<String> lines = text.lines().toList();
        assertEquals(WhatIfTest.BASELINE.toString().replace("100,000.00", "100.00").replace("10,000.00", "10.00")
                .replace("churn 3.00%, expansion 2.00%, contraction 1.00% (net loss 2.00%",
                        "churn 0.00%, expansion 0.00%, contraction 0.00% (net loss 0.00%"), lines.get(0));
        List<String> months = lines.stream().skip(2).map(l -> l.trim().split(" +")[0]).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "24", "27"), months);
        // λ = 0: M_t = 100 + 10 t, revenue to date Σ M_t.
        assertTrue(lines.get(lines.size() - 1).matches(" *27 +370\\.00 +6,480\\.00"), lines.get(lines.size() - 1));
        assertTrue(lines.get(2).matches(" *1 +110\\.00 +110\\.00"), lines.get(2));
    }

    @Test
    void aProjectionIsOneToTwelveHundredMonthsAndItsClosedFormLikewise() {
        GrowthRates r = rates(0.03, 0.02, 0.01);
        assertEquals(1, MrrProjection.of(r, 1).months());
        assertEquals(1200, MrrProjection.of(r, 1200).months());
        assertThrows(IllegalArgumentException.class, () -> MrrProjection.of(r, 0));
        assertThrows(IllegalArgumentException.class, () -> MrrProjection.of(r, 1201));
        MrrProjection p = MrrProjection.of(r, 12);
        assertEquals(usd("100.00"), p.mrrClosedForm(0));
        // λ = 0: M_t = 100 + 10 t, up to the last month allowed.
        assertEquals(usd("12100.00"), MrrProjection.of(rates(0, 0, 0), 1).mrrClosedForm(1200));
        assertThrows(IllegalArgumentException.class, () -> p.mrrClosedForm(-1));
        assertThrows(IllegalArgumentException.class, () -> p.mrrClosedForm(1201));
    }

    @Test
    void aCustomersValueTakesAMarginFromZeroToOne() {
        MrrProjection p = MrrProjection.of(rates(0.03, 0.02, 0.01), 12);
        assertEquals(usd("0.00"), p.ltv(usd("100.00"), 0));
        assertEquals(p.ltv(usd("100.00"), 1), p.ltv(usd("50.00"), 1).plus(p.ltv(usd("50.00"), 1)));
        assertThrows(IllegalArgumentException.class, () -> p.ltv(usd("100.00"), -0.01));
        assertThrows(IllegalArgumentException.class, () -> p.ltv(usd("100.00"), 1.01));
    }

    @Test
    void aWhatIfPrintsAnUnchangedRateWithoutASign() {
        String text = WhatIf.of(WhatIfTest.BASELINE, WhatIfTest.BASELINE.withNewMrr(usd("12000.00")), 12).toString();
        assertTrue(text.contains("0.00 pts"), text);
        assertTrue(!text.contains("+0.00 pts"), text);
    }
}
