package io.github.saasmetrics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.money.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WhatIfProperties {

    /** Net growth is kept below 5 % a month, so that ten years of it stay within long minor units. */
    private static GrowthRates rates(long start, long won, int churn, int expansion, int contraction) {
        int losses = churn + Math.min(contraction, 1000 - churn);
        return GrowthRates.of(Money.ofMinor("USD", start), Money.ofMinor("USD", won), churn / 1000.0,
                Math.min(expansion, losses + 50) / 1000.0, Math.min(contraction, 1000 - churn) / 1000.0);
    }

    private static void assertWithinACent(Money expected, Money actual, String what) {
        assertTrue(Math.abs(expected.minorUnits() - actual.minorUnits()) <= 1, () -> what + ": " + expected + " vs " + actual);
    }

    @Property
    void theProjectionMatchesTheClosedForms(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long start,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long won, @ForAll @IntRange(min = 0, max = 300) int churn,
            @ForAll @IntRange(min = 0, max = 300) int expansion, @ForAll @IntRange(min = 0, max = 300) int contraction,
            @ForAll @IntRange(min = 1, max = 120) int months) {
        MrrProjection p = MrrProjection.of(rates(start, won, churn, expansion, contraction), months);
        List<Money> mrr = p.mrr();
        for (int t = 0; t <= months; t += Math.max(1, months / 7)) {
            assertWithinACent(p.mrrClosedForm(t), mrr.get(t), "M_" + t);
        }
        assertWithinACent(p.mrrClosedForm(months), p.finalMrr(), "M_N");
        assertWithinACent(p.revenueClosedForm(), p.revenue(), "R_N");
        assertWithinACent(p.newMrrValueClosedForm(), p.newMrrValue(), "V_N");
    }

    @Property
    void mrrApproachesTheSteadyStateMonotonically(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long start,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long won, @ForAll @IntRange(min = 1, max = 300) int churn,
            @ForAll @IntRange(min = 0, max = 300) int contraction) {
        GrowthRates r = rates(start, won, churn, 0, contraction);
        Money star = r.steadyStateMrr().orElseThrow();
        List<Money> mrr = MrrProjection.of(r, 60).mrr();
        for (int t = 1; t < mrr.size(); t++) {
            long before = Math.abs(mrr.get(t - 1).minorUnits() - star.minorUnits());
            long after = Math.abs(mrr.get(t).minorUnits() - star.minorUnits());
            assertTrue(after <= before + 1, () -> "distance to " + star + " grew: " + mrr);
        }
        // Starting at the steady state, MRR stays there.
        List<Money> still = MrrProjection.of(GrowthRates.of(star, r.newMrr(), r.churnRate(), 0, r.contractionRate()), 24)
                .mrr();
        for (Money m : still) {
            assertWithinACent(star, m, "steady");
        }
    }

    @Property
    void lessChurnIsNeverWorth(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long start,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long won, @ForAll @IntRange(min = 1, max = 300) int churn,
            @ForAll @IntRange(min = 0, max = 300) int expansion, @ForAll @IntRange(min = 1, max = 60) int months) {
        GrowthRates base = rates(start, won, churn, expansion, 0);
        WhatIf w = WhatIf.of(base, base.churnChangedBy(-0.001), months);
        assertTrue(w.finalMrrDifference().minorUnits() >= 0);
        assertTrue(w.revenueDifference().minorUnits() >= 0);
        assertTrue(w.newMrrValueDifference().minorUnits() >= 0);
        // Revenue over the horizon is the sum of the months' MRR.
        long sum = 0;
        List<Money> mrr = w.baseline().mrr();
        for (int t = 1; t <= months; t++) {
            sum += mrr.get(t).minorUnits();
        }
        assertTrue(Math.abs(sum - w.baseline().revenue().minorUnits()) <= months, () -> "revenue " + w.baseline().revenue());
        assertEquals(w.scenario().rates().churnRate(), (churn - 1) / 1000.0, 1e-15);
    }
}
