package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;

class NpsScoreTest {

    /** Half promoters, a third passives, a sixth detractors of 324 responses. */
    private static final NpsScore FIELD_GUIDE = NpsScore.of(162, 108, 54);

    @Test
    void fieldGuideExampleByHand() {
        assertEquals(324, FIELD_GUIDE.responses());
        assertEquals(Ratio.of(162, 324), FIELD_GUIDE.promoterShare());
        assertEquals(Ratio.of(108, 324), FIELD_GUIDE.passiveShare());
        assertEquals(Ratio.of(54, 324), FIELD_GUIDE.detractorShare());

        // NPS = 50 − 16.67 = 33.33 points.
        double p = 0.5;
        double d = 1.0 / 6;
        assertEquals(100 * (p - d), FIELD_GUIDE.score(), 1e-12);
        assertEquals(33.33, FIELD_GUIDE.score(), 0.005);
        // Variance per respondent = (p + d) − (p − d)² = 2/3 − 1/9 = 5/9 = 0.5556.
        assertEquals(5.0 / 9, FIELD_GUIDE.respondentVariance(), 1e-15);
        // SE = √(0.5556 / 324) × 100 = 4.14 points.
        assertEquals(100 * Math.sqrt(5.0 / 9 / 324), FIELD_GUIDE.standardError(), 1e-12);
        assertEquals(4.14, FIELD_GUIDE.standardError(), 0.005);
        assertEquals("NPS 33.33 ± 8.12 at 95% (SE 4.14; promoters 162, passives 108, detractors 54; n = 324)", FIELD_GUIDE.toString());
    }

    @Test
    void intervalsMatchIndependentlyComputedValues() {
        // Reference values: mpmath at 40 digits with z = √2 · erfinv(0.95) = 1.959963984540054.
        assertEquals(8.115949449783163, FIELD_GUIDE.marginOfError(0.95), 1e-12);
        ConfidenceInterval wald = FIELD_GUIDE.waldInterval(0.95);
        assertEquals(25.21738388355017, wald.lower(), 1e-12);
        assertEquals(41.44928278311650, wald.upper(), 1e-12);
        assertEquals(0.95, wald.level());
        // Adjusted-Wald: n' = 327, p' = 162.75/327, d' = 54.75/327, centre 33.0275.
        ConfidenceInterval adjusted = FIELD_GUIDE.adjustedWaldInterval(0.95);
        assertEquals(24.94525141303357, adjusted.lower(), 1e-12);
        assertEquals(41.10979445852606, adjusted.upper(), 1e-12);
        assertEquals(100 * (162.75 - 54.75) / 327, (adjusted.lower() + adjusted.upper()) / 2, 1e-12);
    }

    @Test
    void higherLevelsGiveWiderIntervals() {
        double m90 = FIELD_GUIDE.marginOfError(0.90);
        double m95 = FIELD_GUIDE.marginOfError(0.95);
        double m99 = FIELD_GUIDE.marginOfError(0.99);
        assertTrue(m90 < m95 && m95 < m99);
        assertEquals(2.5758293035489004 * FIELD_GUIDE.standardError(), m99, 1e-12);
    }

    @Test
    void waldIsClippedAndAdjustedWaldDoesNotCollapse() {
        NpsScore allPromoters = NpsScore.of(9, 0, 0);
        assertEquals(100.0, allPromoters.score());
        assertEquals(0.0, allPromoters.standardError());
        assertEquals(new ConfidenceInterval(100, 100, 0.95), allPromoters.waldInterval(0.95));
        // n' = 12, p' = 9.75/12, d' = 0.75/12: centre 75, unclipped upper 106.63 clipped to 100.
        ConfidenceInterval adjusted = allPromoters.adjustedWaldInterval(0.95);
        assertEquals(43.37121720295850, adjusted.lower(), 1e-12);
        assertEquals(100.0, adjusted.upper());

        NpsScore small = NpsScore.of(1, 0, 2);
        ConfidenceInterval wald = small.waldInterval(0.95);
        assertEquals(-100.0, wald.lower());
        assertTrue(wald.upper() < 100);
    }

    @Test
    void weightedScoreUsesKishEffectiveSampleSize() {
        // Promoters weigh 2 and 2, the passive and the detractor 1 each: Σw = 6, Σw² = 10, n_eff = 3.6.
        NpsScore weighted = new NpsScore(2, 1, 1, new NpsWeights(4, 1, 1, 10));
        assertTrue(weighted.weighted());
        assertEquals(4, weighted.responses());
        assertEquals(Ratio.of(2, 4), weighted.promoterShare(), "shares count responses");
        assertEquals(4.0 / 6, weighted.promoterProportion(), 1e-15);
        assertEquals(50.0, weighted.score(), 1e-12);
        assertEquals(3.6, weighted.effectiveSampleSize(), 1e-12);
        assertEquals(7.0 / 12, weighted.respondentVariance(), 1e-15);
        assertEquals(40.25382429497066, weighted.standardError(), 1e-12);
        assertEquals(new ConfidenceInterval(-28.89604585814594, 100, 0.95).lower(),
                weighted.waldInterval(0.95).lower(), 1e-12);
        ConfidenceInterval adjusted = weighted.adjustedWaldInterval(0.95);
        assertEquals(-32.18757431224399, adjusted.lower(), 1e-12);
        assertEquals(86.73302885769853, adjusted.upper(), 1e-12);
        assertEquals("NPS 50.00 ± 78.90 at 95% (SE 40.25; promoters 2, passives 1, detractors 1; n = 4; weighted, effective n = 3.6)",
                weighted.toString());
    }

    @Test
    void unweightedEqualsCountsAndWeightOneIsNoWeight() {
        NpsAccumulator accumulator = new NpsAccumulator();
        accumulator.add(9, 1.0);
        accumulator.add(3);
        NpsScore score = accumulator.snapshot();
        assertNull(score.weights());
        assertEquals(NpsScore.of(1, 0, 1), score);
        assertEquals(2.0, score.effectiveSampleSize());
    }

    @Test
    void plusPoolsCountsAndWeights() {
        assertEquals(NpsScore.of(10, 0, 10), NpsScore.of(10, 0, 0).plus(NpsScore.of(0, 0, 10)));
        assertEquals(0.0, NpsScore.of(10, 0, 0).plus(NpsScore.of(0, 0, 10)).score());
        assertEquals(FIELD_GUIDE, FIELD_GUIDE.plus(NpsScore.EMPTY));
        assertEquals(FIELD_GUIDE, NpsScore.EMPTY.plus(FIELD_GUIDE));

        NpsScore weighted = new NpsScore(2, 1, 1, new NpsWeights(4, 1, 1, 10));
        // The unweighted side joins with weight 1 per response.
        assertEquals(new NpsScore(3, 1, 2, new NpsWeights(5, 1, 2, 12)), weighted.plus(NpsScore.of(1, 0, 1)));
        assertEquals(weighted.plus(NpsScore.of(1, 0, 1)), NpsScore.of(1, 0, 1).plus(weighted));
        assertEquals(weighted, weighted.plus(NpsScore.EMPTY));
    }

    @Test
    void emptyScoreHasNoStatistics() {
        NpsScore empty = NpsScore.EMPTY;
        assertFalse(empty.defined());
        assertEquals(0, empty.responses());
        assertEquals(0.0, empty.effectiveSampleSize());
        assertFalse(empty.promoterShare().defined());
        assertEquals("NPS undefined (no responses)", empty.toString());
        List<Executable> undefined = List.of(empty::score, empty::standardError, empty::respondentVariance,
                empty::promoterProportion, empty::passiveProportion, empty::detractorProportion,
                () -> empty.marginOfError(0.95), () -> empty.waldInterval(0.95), () -> empty.adjustedWaldInterval(0.95));
        for (Executable call : undefined) {
            assertEquals("NPS is undefined: there are no responses",
                    assertThrows(IllegalStateException.class, call).getMessage());
        }
        assertEquals(NpsScore.EMPTY, Nps.score());
    }

    @Test
    void badCountsLevelsAndWeightsAreRejected() {
        assertEquals("passives must not be negative but was -1",
                assertThrows(IllegalArgumentException.class, () -> NpsScore.of(1, -1, 0)).getMessage());
        assertThrows(ArithmeticException.class, () -> NpsScore.of(Long.MAX_VALUE, 1, 0));
        assertEquals("level must be strictly between 0 and 1 but was 95.0",
                assertThrows(IllegalArgumentException.class, () -> FIELD_GUIDE.waldInterval(95)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FIELD_GUIDE.adjustedWaldInterval(1.0));
        assertThrows(IllegalArgumentException.class, () -> NpsScore.EMPTY.marginOfError(0));
        assertEquals("detractors weight must be 0 exactly when the count is 0 but the count was 1 and the weight 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(1, 0, 1, new NpsWeights(2, 0, 0, 4))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NpsScore(0, 0, 0, new NpsWeights(1, 0, 0, 1)));
        assertEquals("sumOfSquares must be positive but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> new NpsWeights(1, 0, 0, 0)).getMessage());
        assertEquals("passives weight must be finite and not negative but was NaN",
                assertThrows(IllegalArgumentException.class, () -> new NpsWeights(1, Double.NaN, 0, 1)).getMessage());
    }

    @Test
    void everyCountAndEveryCategoryWeightIsChecked() {
        assertEquals("promoters must not be negative but was -1",
                assertThrows(IllegalArgumentException.class, () -> NpsScore.of(-1, 0, 0)).getMessage());
        assertEquals("passives must not be negative but was -2",
                assertThrows(IllegalArgumentException.class, () -> NpsScore.of(0, -2, 0)).getMessage());
        assertEquals("detractors must not be negative but was -3",
                assertThrows(IllegalArgumentException.class, () -> NpsScore.of(0, 0, -3)).getMessage());
        assertEquals(NpsScore.of(0, 0, 0), NpsScore.EMPTY);
        assertEquals(1, NpsScore.of(1, 0, 0).responses());
        assertThrows(ArithmeticException.class, () -> NpsScore.of(Long.MAX_VALUE, 0, 1));
        assertThrows(ArithmeticException.class, () -> NpsScore.of(0, Long.MAX_VALUE, 1));
        // A category's weight is zero exactly when it has no responses, in both directions, for each category.
        assertEquals("promoters weight must be 0 exactly when the count is 0 but the count was 1 and the weight 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(1, 1, 0, new NpsWeights(0, 2, 0, 4))).getMessage());
        assertEquals("promoters weight must be 0 exactly when the count is 0 but the count was 0 and the weight 2.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(0, 1, 0, new NpsWeights(2, 1, 0, 5))).getMessage());
        assertEquals("passives weight must be 0 exactly when the count is 0 but the count was 1 and the weight 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(1, 1, 0, new NpsWeights(2, 0, 0, 4))).getMessage());
        assertEquals("passives weight must be 0 exactly when the count is 0 but the count was 0 and the weight 3.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(1, 0, 0, new NpsWeights(2, 3, 0, 13))).getMessage());
        assertEquals("detractors weight must be 0 exactly when the count is 0 but the count was 0 and the weight 1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(1, 0, 0, new NpsWeights(2, 0, 1, 5))).getMessage());
        assertEquals("weights must be null when there are no responses but were " + new NpsWeights(1, 0, 0, 1),
                assertThrows(IllegalArgumentException.class,
                        () -> new NpsScore(0, 0, 0, new NpsWeights(1, 0, 0, 1))).getMessage());
    }

    @Test
    void weightedProportionsUseTheWeights() {
        NpsScore weighted = new NpsScore(2, 1, 1, new NpsWeights(4, 1, 3, 18));
        assertEquals(0.5, weighted.promoterProportion());
        assertEquals(0.125, weighted.passiveProportion());
        assertEquals(0.375, weighted.detractorProportion());
        assertEquals(Ratio.of(1, 4), weighted.passiveShare(), "shares count responses");
        assertEquals(0.25, NpsScore.of(2, 1, 1).passiveProportion());
    }

    @Test
    void theVarianceIsExactForLargeUnweightedCounts() {
        // 999,999,999 promoters and one passive: v = (1 − 1e-9) − (1 − 1e-9)² = 9.99999999e-10, which the
        // proportions alone would give only to about seven digits.
        NpsScore nearlyAll = NpsScore.of(999_999_999, 1, 0);
        assertEquals(9.99999999e-10, nearlyAll.respondentVariance(), 1e-24);
        // At the largest n with an exact variance, and just beyond it (where the proportions are used).
        long n = 3_037_000_499L;
        assertEquals(0.0, NpsScore.of(n, 0, 0).respondentVariance());
        assertEquals(1.0, NpsScore.of(n / 2 + 1, 0, n / 2).respondentVariance(), 1e-15);
        assertEquals(1.0, NpsScore.of(n / 2 + 1, 1, n / 2).respondentVariance(), 1e-9);
    }

    @Test
    void weightedSaysWhetherWeightsAreKept() {
        assertFalse(FIELD_GUIDE.weighted());
        assertFalse(NpsScore.EMPTY.weighted());
        assertTrue(new NpsScore(1, 0, 0, new NpsWeights(2, 0, 0, 4)).weighted());
        // Pooling a weighted score keeps the weights; pooling two unweighted ones does not invent any.
        assertTrue(new NpsScore(1, 0, 0, new NpsWeights(2, 0, 0, 4)).plus(FIELD_GUIDE).weighted());
        assertFalse(FIELD_GUIDE.plus(FIELD_GUIDE).weighted());
    }

    @Test
    void jsonHoldsTheCountsAndTheWeights() {
        assertEquals("{\"promoters\":162,\"passives\":108,\"detractors\":54,\"weights\":null}",
                JsonRoundTrip.assertRoundTrips(FIELD_GUIDE, NpsScore.class));
        JsonRoundTrip.assertRoundTrips(NpsScore.EMPTY, NpsScore.class);
        assertEquals("{\"promoters\":2,\"passives\":1,\"detractors\":1,\"weights\":"
                + "{\"promoters\":4.0,\"passives\":1.0,\"detractors\":1.0,\"sumOfSquares\":10.0}}",
                JsonRoundTrip.assertRoundTrips(new NpsScore(2, 1, 1, new NpsWeights(4, 1, 1, 10)), NpsScore.class));
        JsonRoundTrip.assertRoundTrips(new NpsWeights(0.5, 0.25, 3, 7.5), NpsWeights.class);
    }
}
