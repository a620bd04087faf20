package io.github.saasmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NormalTest {

    /** Reference values of Φ(x) computed to 20 digits with mpmath (30-digit arithmetic). */
    private static final double[][] CDF = {
        {0.0, 0.5},
        {0.5, 0.69146246127401310364},
        {1.0, 0.84134474606854294859},
        {1.96, 0.97500210485177956379},
        {2.5, 0.99379033467422386483},
        {-1.0, 0.15865525393145705141},
        {-1.99, 0.023295467750211822401},
        {-2.0, 0.022750131948179207200},
        {-2.5758293035489004539, 0.0050000000000000044403},
        {-3.0, 0.0013498980316300945267},
        {-5.0, 2.8665157187919391167e-7},
        {-10.0, 7.619853024160526066e-24},
        {-20.0, 2.7536241186062336951e-89},
        {-37.0, 5.7255712225245768227e-300},
    };

    @Test
    void cdfMatchesReferenceValuesToFourteenDigits() {
        for (double[] row : CDF) {
            double got = Normal.cdf(row[0]);
            assertEquals(row[1], got, Math.abs(row[1]) * 1e-14, () -> "cdf(" + row[0] + ")");
            assertEquals(row[1], Normal.complementaryCdf(-row[0]), Math.abs(row[1]) * 1e-14,
                    () -> "complementaryCdf(" + -row[0] + ")");
        }
        assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
    }

    @Test
    void quantileMatchesReferenceValues() {
        assertEquals(1.9599639845400538, Normal.quantile(0.975), 4e-15);
        assertEquals(1.6448536269514722, Normal.quantile(0.95), 1e-15);
        assertEquals(2.5758293035489004, Normal.twoSidedCritical(0.99), 1e-14);
        assertEquals(-3.090232306167813, Normal.quantile(0.001), 1e-14);
        assertEquals(-8.2220822161304356, Normal.quantile(1e-16), 1e-13);
        assertEquals(0.0, Normal.quantile(0.5), 1e-16);
    }

    @Test
    void badInputIsRejected() {
        assertEquals("p must be strictly between 0 and 1 but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normal.cdf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normal.twoSidedCritical(0));
    }

    @Property
    void quantileInvertsCdf(@ForAll @DoubleRange(min = -8, max = 0) double x) {
        // Work in the lower tail, where p carries full relative precision; the upper tail by symmetry.
        assertEquals(x, Normal.quantile(Normal.cdf(x)), 1e-12 * Math.max(1, -x));
        assertEquals(-x, -Normal.quantile(Normal.complementaryCdf(-x)), 1e-12 * Math.max(1, -x));
    }

    @Property
    void cdfIsSymmetricAndMonotone(@ForAll @DoubleRange(min = -40, max = 40) double x) {
        assertEquals(1.0, Normal.cdf(x) + Normal.cdf(-x), 1e-15);
        assertEquals(true, Normal.cdf(x + 1e-3) >= Normal.cdf(x));
    }

    @Test
    void criticalValuesNearLevelOneAndNaNDensity() {
        // mpmath: −√2 erfinv(2p − 1) at p = 2⁻⁵⁴, the tail left by level 1 − 2⁻⁵³ (½ + level/2 rounds to 1).
        assertEquals(8.2923610758135955382, Normal.twoSidedCritical(1 - 0x1p-53), 1e-14 * 8.29);
        assertEquals("x must not be NaN",
                assertThrows(IllegalArgumentException.class, () -> Normal.density(Double.NaN)).getMessage());
        assertEquals(0.0, Normal.density(Double.NEGATIVE_INFINITY));
    }
}
