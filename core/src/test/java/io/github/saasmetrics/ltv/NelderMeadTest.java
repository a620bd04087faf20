package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    private final NelderMead optimiser = new NelderMead(1e-15, 1e-10, 10_000);

    @Test
    void findsTheMinimumOfRosenbrocksValley() {
        NelderMead.Result result = optimiser.minimize(
                p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2), new double[] {-1.2, 1}, 0.5);
        assertTrue(result.converged());
        assertEquals(1, result.point()[0], 1e-6);
        assertEquals(1, result.point()[1], 1e-6);
        assertTrue(result.value() < 1e-12);
        assertTrue(result.iterations() > 0);
    }

    @Test
    void staysInsideADomainMarkedByInfinity() {
        // Minimum of (x − 3)² + y² on x ≤ 2 is at (2, 0); outside, the objective is +∞ (or NaN).
        NelderMead.Result result = optimiser.minimize(p -> p[0] > 2 ? (p[0] > 2.5 ? Double.NaN : Double.POSITIVE_INFINITY)
                : Math.pow(p[0] - 3, 2) + p[1] * p[1], new double[] {0, 1}, 1);
        assertEquals(2, result.point()[0], 1e-6);
        assertEquals(0, result.point()[1], 1e-6);
    }

    @Test
    void reportsAnExhaustedBudget() {
        NelderMead tight = new NelderMead(1e-15, 1e-12, 5);
        NelderMead.Result result = tight.minimize(p -> p[0] * p[0] + p[1] * p[1], new double[] {5, 5}, 1);
        assertTrue(!result.converged());
        assertTrue(result.iterations() <= 5);
    }
}
