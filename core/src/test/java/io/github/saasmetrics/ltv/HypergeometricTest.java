package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class HypergeometricTest {

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void closedForms() {
        for (double z : new double[] {1e-6, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999}) {
            // 2F1(1, 1; 2; z) = −ln(1 − z) / z
            assertRelative(-Math.log1p(-z) / z, Hypergeometric.f21(1, 2, z), 1e-14);
            // 2F1(1, b; b; z) = 1 / (1 − z)
            assertRelative(1 / (1 - z), Hypergeometric.f21(3.7, 3.7, z), 1e-13);
        }
        for (double z : new double[] {0.3, 0.5, 0.9, 0.99}) {
            // 2F1(1, 1; 3; z) = 2 (−ln(1 − z)/z − (−ln(1 − z) − z)/z²)
            double l = -Math.log1p(-z);
            assertRelative(2 * (l / z - (l - z) / (z * z)), Hypergeometric.f21(1, 3, z), 1e-13);
        }
        assertEquals(1.0, Hypergeometric.f21(2.5, 4, 0));
    }

    @Test
    void highPrecisionReferences() {
        // mpmath.hyp2f1 with 40 digits.
        assertRelative(5.9225964076127641587, Hypergeometric.f21(3.806, 4.474, 1 / 1.1), 1e-15);
        assertRelative(6.3652301525027476434, Hypergeometric.f21(4.806, 5.474, 1 / 1.1), 1e-15);
        assertRelative(1.0267338570646341074, Hypergeometric.f21(0.5, 20, 0.99), 1e-15);
        assertRelative(7.5, Hypergeometric.f21(5, 2, 0.5), 1e-15);
        assertRelative(53.002470676801411628, Hypergeometric.f21(3.806, 4.474, 1 / 1.001), 1e-13);
        assertRelative(9.6016320998379297669, Hypergeometric.f21(100, 100.5, 0.9), 1e-14);
    }

    /** The series summed term by term in 50-digit decimal arithmetic, to a remainder below 1e-30. */
    private static double directSum(double b, double c, double z) {
        MathContext mc = new MathContext(50);
        BigDecimal bb = new BigDecimal(b);
        BigDecimal cc = new BigDecimal(c);
        BigDecimal zz = new BigDecimal(z);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal tiny = new BigDecimal("1e-30");
        for (int k = 0; k < 2_000_000; k++) {
            BigDecimal kk = BigDecimal.valueOf(k);
            term = term.multiply(bb.add(kk)).multiply(zz, mc).divide(cc.add(kk), mc);
            sum = sum.add(term, mc);
            // Ratios stay below max(z, (b + k + 1)/(c + k + 1) z) < 1 here, so this bounds the remainder.
            if (term.compareTo(tiny) < 0 && k > 10) {
                return sum.doubleValue();
            }
        }
        throw new AssertionError("series did not converge");
    }

    @Property(tries = 60)
    void agreesWithDirectSummation(@ForAll @DoubleRange(min = 0.05, max = 30) double b,
            @ForAll @DoubleRange(min = 0.05, max = 30) double c, @ForAll @DoubleRange(min = 0, max = 0.98) double z) {
        assertRelative(directSum(b, c, z), Hypergeometric.f21(b, c, z), 1e-13);
    }

    @Test
    void badArguments() {
        assertEquals("z must be in [0, 1) but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> Hypergeometric.f21(1, 2, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.f21(0, 2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.f21(1, Double.NaN, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.f21(1, 2, -0.1));
    }
}
