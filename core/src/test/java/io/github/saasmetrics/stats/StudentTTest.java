package io.github.saasmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class StudentTTest {

    /**
     * {t, ν, P(T ≤ t)} computed with mpmath at 50 digits:
     * {@code betainc(ν/2, 1/2, 0, ν/(ν+t²), regularized=True)/2} for t below 0, and its complement above.
     */
    private static final double[][] CDF = {
        {-2.5, 1, 1.2111894159084339872e-1},
        {0.5, 1, 6.4758361765043327418e-1},
        {-3, 2.5, 3.6288047774515921947e-2},
        {1.5, 3, 8.8470806737758847386e-1},
        {-40, 0.5, 5.0704899964747178098e-2},
        {-1000000.0, 1, 3.1830988618368456824e-7},
        {-2.228138851964938, 10, 2.5000000000904353292e-2},
        {2.0, 10, 9.6330598261462981719e-1},
        {-6, 5, 9.2306914479700721301e-4},
        {-0.1, 30, 4.6050480589513557586e-1},
        {-12, 30, 2.7900927075996280315e-13},
        {-4, 1000, 3.4004959604390788799e-5},
        {-8, 100000.0, 6.2869599381281867931e-16},
        {-3, 10000000.0, 1.3499013555185806256e-3},
        {-0.7, 10000000.0, 2.4196366036509418684e-1},
        {-38, 200, 9.7845415261941202838e-94},
        {-0.001, 4, 4.9962500007812497948e-1},
        {-5.5, 17.3, 1.8342727989557429439e-5},
        // Either side of the switch to Hill's expansion at ν = 10⁴, and far beyond it.
        {-3, 9999.5, 0.0013532242614191767335},
        {-3, 10000, 0.0013532240949988331429},
        {-25, 5e4, 2.1339102427446376764e-137},
        {-1.8, 1e8, 0.03593032061929482222},
    };

    /** {p, ν, t with P(T ≤ t) = p}, the root found by 400 bisections of the mpmath CDF above. */
    private static final double[][] QUANTILE = {
        {0.975, 1, 1.2706204736174693314e+1},
        {0.975, 10, 2.2281388519862742245},
        {0.995, 2.5, 7.1637281389487828791},
        {0.025, 30, -2.0422724563012382836},
        {0.9, 4, 1.5332062740589440989},
        {1e-06, 3, -1.032994677804193443e+2},
        {1e-12, 1, -3.1830988618379067794e+11},
        {1e-12, 0.5, -1.0284911563163400532e+23},
        {0.999, 1000, 3.098402163912922647},
        {0.05, 100000.0, -1.644868864784969707},
        {0.975, 10000000.0, 1.9599642217672051104},
        {0.999999999999, 15.7, 1.9500511498515824576e+1},
        {0.6, 7, 2.6316686135202275215e-1},
        {0.5000001, 12, 2.5593362568787821815e-7},
        {1e-09, 250, -6.2267822605202308378},
        // Far tails of few degrees of freedom, where the search brackets the root over orders of magnitude.
        {1e-10, 0.2, -7.5082859345829621079e+47},
        {1e-6, 0.5, -102849115631.63401049},
        {1e-20, 2, -7071067811.8654754378},
        {1e-30, 0.3, -3.0071858087909935613e+98},
    };

    /** Measured errors are below 5e-14 (the worst at ν = 9999.5 and at t = −25, ν = 5·10⁴). */
    @Test
    void cdfMatchesReferenceValuesToThirteenDigits() {
        for (double[] row : CDF) {
            double got = StudentT.cdf(row[0], row[1]);
            assertEquals(row[2], got, row[2] * 1e-13, () -> "cdf(" + row[0] + ", " + row[1] + ")");
            assertEquals(row[2], StudentT.complementaryCdf(-row[0], row[1]), row[2] * 1e-13,
                    () -> "complementaryCdf(" + -row[0] + ", " + row[1] + ")");
        }
    }

    /**
     * Measured errors are below 3e-14, except right next to the median, where {@code p − ½} keeps only
     * the digits of {@code p} beyond the seventh and {@code t} itself is tiny.
     */
    @Test
    void quantileMatchesReferenceValuesToThirteenDigits() {
        for (double[] row : QUANTILE) {
            double got = StudentT.quantile(row[0], row[1]);
            double tolerance = Math.abs(row[0] - 0.5) < 1e-3 ? 1e-10 : 1e-13;
            assertEquals(row[2], got, Math.abs(row[2]) * tolerance, () -> "quantile(" + row[0] + ", " + row[1] + ")");
        }
        assertEquals(0.0, StudentT.quantile(0.5, 3));
        assertEquals(2.2281388519862742, StudentT.twoSidedCritical(0.95, 10), 1e-12);
    }

    @Test
    void closedFormsHold() {
        // ν = 1 is the Cauchy distribution: F(t) = ½ + atan(t)/π; ν = 2: F(t) = ½ + t / (2√(2 + t²)).
        for (double t : new double[] {-1e4, -7.5, -1, -0.01, 0.3, 2, 50}) {
            double cauchy = 0.5 + Math.atan(t) / Math.PI;
            double two = 0.5 + t / (2 * Math.sqrt(2 + t * t));
            // The closed forms themselves cancel in the lower tail, hence the absolute floor.
            assertEquals(cauchy, StudentT.cdf(t, 1), 1e-13 * cauchy + 1e-16);
            assertEquals(two, StudentT.cdf(t, 2), 1e-13 * two + 1e-16);
            assertEquals(1 / (Math.PI * (1 + t * t)), StudentT.density(t, 1), 1e-13 / (1 + t * t));
        }
        assertEquals(Math.tan(Math.PI * (0.9 - 0.5)), StudentT.quantile(0.9, 1), 1e-13);
    }

    @Test
    void infiniteDegreesOfFreedomIsTheNormalDistribution() {
        assertEquals(Normal.cdf(1.3), StudentT.cdf(1.3, Double.POSITIVE_INFINITY));
        assertEquals(Normal.quantile(0.975), StudentT.quantile(0.975, Double.POSITIVE_INFINITY));
        assertEquals(Normal.density(0.4), StudentT.density(0.4, Double.POSITIVE_INFINITY));
        assertEquals(0.0, StudentT.cdf(Double.NEGATIVE_INFINITY, 3));
        assertEquals(1.0, StudentT.cdf(Double.POSITIVE_INFINITY, 3));
        assertEquals(0.0, StudentT.density(Double.POSITIVE_INFINITY, 3));
    }

    @Test
    void badInputIsRejected() {
        assertEquals("degreesOfFreedom must be positive but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, 0)).getMessage());
        assertEquals("p must be strictly between 0 and 1 but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(Double.NaN, 5));
        assertEquals("t must not be NaN", assertThrows(IllegalArgumentException.class,
                () -> StudentT.density(Double.NaN, 5)).getMessage());
        assertEquals("t must not be NaN", assertThrows(IllegalArgumentException.class,
                () -> StudentT.complementaryCdf(Double.NaN, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StudentT.density(1, -2));
        assertThrows(IllegalArgumentException.class, () -> StudentT.twoSidedCritical(1, 5));
    }

    @Property
    void quantileInvertsCdf(@ForAll @DoubleRange(min = -30, max = 0) double t,
            @ForAll @DoubleRange(min = 0.5, max = 1e6) double nu) {
        double p = StudentT.cdf(t, nu);
        if (p > 0) {
            assertEquals(t, StudentT.quantile(p, nu), 1e-11 * Math.max(1, -t));
        }
    }

    @Property
    void cdfIsSymmetricAndMonotone(@ForAll @DoubleRange(min = -50, max = 50) double t,
            @ForAll @DoubleRange(min = 0.5, max = 1e5) double nu) {
        assertEquals(1.0, StudentT.cdf(t, nu) + StudentT.cdf(-t, nu), 1e-15);
        assertTrue(StudentT.cdf(t + 1e-3, nu) >= StudentT.cdf(t, nu));
        // Heavier tails than the normal distribution.
        assertTrue(StudentT.cdf(-Math.abs(t), nu) >= Normal.cdf(-Math.abs(t)) * (1 - 1e-12));
    }

    /**
     * log B(a, b) on all three of its paths (both parameters from 10, one, neither), against mpmath
     * at 40 digits: {@code log(beta(a, b))}.
     */
    @Test
    void logBetaOnEveryPath() {
        double[][] cases = {
            {10, 10, -13.736229227036554814},
            {12.5, 40, -29.016702862091726997},
            {100, 1e6, -1022.4218002626851786},
            {1e5, 1e5, -138633.92706134806235},
            {0.5, 30, -1.1240672740766992267},
            {3, 50, -11.101945176173953876},
            {2.5, 3.5, -3.3018352699620526098},
            {0.5, 0.5, 1.1447298858494001741},
        };
        for (double[] c : cases) {
            assertEquals(c[2], StudentT.logBeta(c[0], c[1]), 1e-13 * Math.max(1, Math.abs(c[2])), () -> c[0] + ", " + c[1]);
            assertEquals(c[2], StudentT.logBeta(c[1], c[0]), 1e-13 * Math.max(1, Math.abs(c[2])), "symmetric");
        }
    }

    /** I_x(a, b) either side of its switch to the complement, against mpmath's {@code betainc(..., regularized=True)}. */
    @Test
    void regularizedIncompleteBetaOnBothSides() {
        double[][] cases = {
            {0.3, 10, 10, 0.032553356881300947854},
            {0.6, 20, 20, 0.89794136871059174276},
            {0.2, 12.5, 40, 0.26943533728074506393},
            {0.02, 0.5, 30, 0.72710173476532317773},
            {0.05, 3, 50, 0.48543047783697964774},
            {0.5, 2.5, 3.5, 0.66976527263135502482},
            {0.01, 15, 12, 6.9658518665008899751e-24},
            {0.9, 15, 12, 0.99999749635995038804},
        };
        for (double[] c : cases) {
            double value = StudentT.regularizedIncompleteBeta(c[0], 1 - c[0], c[1], c[2]);
            assertEquals(c[3], value, 1e-13 * c[3], () -> "I_" + c[0] + "(" + c[1] + ", " + c[2] + ")");
        }
        assertEquals(0.0, StudentT.regularizedIncompleteBeta(0, 1, 2, 3));
        assertEquals(1.0, StudentT.regularizedIncompleteBeta(1, 0, 2, 3));
    }

    /** The density off the Cauchy case, against mpmath: {@code Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) (1 + t²/ν)^(−(ν+1)/2)}. */
    @Test
    void densityForFractionalAndLargeDegreesOfFreedom() {
        double[][] cases = {
            {-2, 3, 0.067509660663892904022},
            {0.5, 10, 0.33969513635207776675},
            {4, 2.5, 0.010897415871881471518},
            {-3, 30, 0.0067790627460931006449},
            {10, 5, 0.000040989816415343314025},
            {2, 1e5, 0.053991911327375994191},
        };
        for (double[] c : cases) {
            assertEquals(c[2], StudentT.density(c[0], c[1]), 1e-13 * c[2], () -> "f(" + c[0] + "; " + c[1] + ")");
        }
    }

    @Test
    void farTailsAreNotZero() {
        // mpmath: ½ I_x(ν/2, ½), x = ν/(ν + t²), where x underflows a double.
        // In logs the exponent's rounding (ν/2 · ln x ≈ −230) costs a few 1e-14 of relative precision.
        assertEquals(3.1830988618379068117e-201, StudentT.cdf(-1e200, 1), 1e-13 * 3.1831e-201);
        assertEquals(3.2070097541422289482e-86, StudentT.cdf(-1e170, 0.5), 1e-13 * 3.2070e-86);
        assertEquals(3.2070097541422289482e-86, StudentT.complementaryCdf(1e170, 0.5), 1e-13 * 3.2070e-86);
        // The Cauchy quantile −cot(π p), beyond where the bracket's geometric mean used to overflow.
        assertEquals(-3.1830988618379066356e299, StudentT.quantile(1e-300, 1), 1e-12 * 3.1831e299);
    }

    @Test
    void quantilesBeyondADoubleAndTooFewDegreesOfFreedomAreRefused() {
        assertEquals("the quantile of p = 1.0E-300 with degreesOfFreedom = 0.1 is beyond the range of a double (the "
                + "tails of so few degrees of freedom are that heavy)",
                assertThrows(ArithmeticException.class, () -> StudentT.quantile(1e-300, 0.1)).getMessage());
        assertThrows(ArithmeticException.class, () -> StudentT.quantile(1 - 1e-16, 0.01));
        assertThrows(ArithmeticException.class, () -> StudentT.twoSidedCritical(1 - 1e-16, 0.01));
        assertEquals("degreesOfFreedom must be at least 2.2250738585072014E-308 (the smallest normal double) but was "
                + "4.9E-324", assertThrows(IllegalArgumentException.class,
                        () -> StudentT.cdf(1, Double.MIN_VALUE)).getMessage());
        assertEquals(0.5, StudentT.cdf(1e-300, Double.MIN_NORMAL), 1e-12);
    }
}
