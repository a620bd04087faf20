package io.github.saasmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class BinomialTest {

    @Test
    void workedExample() {
        // n = 200, p = 0.03: C(200, 12) 0.03^12 0.97^188 = 0.0105784; P(X >= 12) = 0.0184113.
        assertEquals(0.010578360075679539, Binomial.probability(12, 200, 0.03), 1e-15);
        assertEquals(0.018411319842094171, Binomial.upperTail(12, 200, 0.03), 1e-15);
        assertEquals(10, Binomial.upperBound(200, 0.03, 0.05));
        assertEquals(2, Binomial.lowerBound(200, 0.03, 0.05));
    }

    @Test
    void smallCasesByHand() {
        // Two fair coins: 1/4, 1/2, 1/4.
        assertEquals(0.25, Binomial.probability(0, 2, 0.5), 1e-16);
        assertEquals(0.5, Binomial.probability(1, 2, 0.5), 1e-16);
        assertEquals(0.75, Binomial.upperTail(1, 2, 0.5), 1e-16);
        assertEquals(0.25, Binomial.upperTail(2, 2, 0.5), 1e-16);
        assertEquals(0.75, Binomial.lowerTail(1, 2, 0.5), 1e-16);
        // Outside 0..n, and the degenerate p.
        assertEquals(1, Binomial.upperTail(-3, 5, 0.2));
        assertEquals(0, Binomial.upperTail(6, 5, 0.2));
        assertEquals(0, Binomial.lowerTail(-1, 5, 0.2));
        assertEquals(1, Binomial.lowerTail(5, 5, 0.2));
        assertEquals(0, Binomial.probability(7, 5, 0.2));
        assertEquals(0, Binomial.upperTail(1, 5, 0));
        assertEquals(1, Binomial.upperTail(5, 5, 1));
        assertEquals(1, Binomial.probability(0, 0, 0.3));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("n must not be negative but was -1",
                assertThrows(IllegalArgumentException.class, () -> Binomial.upperTail(0, -1, 0.5)).getMessage());
        assertEquals("p must be in [0, 1] but was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Binomial.probability(0, 3, 1.5)).getMessage());
        assertEquals("p must be in [0, 1] but was NaN",
                assertThrows(IllegalArgumentException.class, () -> Binomial.lowerTail(0, 3, Double.NaN)).getMessage());
        assertEquals("alpha must be strictly between 0 and 1 but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Binomial.upperBound(3, 0.5, 0)).getMessage());
    }

    /** The exact upper tail from integers, with 40 significant digits. */
    private static double exactUpperTail(int k, int n, int pNumerator, int pDenominator) {
        BigInteger total = BigInteger.ZERO;
        BigInteger q = BigInteger.valueOf(pDenominator - pNumerator);
        BigInteger p = BigInteger.valueOf(pNumerator);
        BigInteger choose = BigInteger.ONE;
        for (int j = 0; j <= n; j++) {
            if (j > 0) {
                choose = choose.multiply(BigInteger.valueOf(n - j + 1)).divide(BigInteger.valueOf(j));
            }
            if (j >= k) {
                total = total.add(choose.multiply(p.pow(j)).multiply(q.pow(n - j)));
            }
        }
        return new BigDecimal(total).divide(new BigDecimal(BigInteger.valueOf(pDenominator).pow(n)),
                new MathContext(40)).doubleValue();
    }

    @Property
    void tailsEqualExactRationalSums(@ForAll @IntRange(min = 0, max = 120) int n, @ForAll @IntRange(min = 0, max = 120) int k,
            @ForAll @IntRange(min = 0, max = 64) int pNumerator) {
        double p = pNumerator / 64.0;
        double exact = exactUpperTail(k, n, pNumerator, 64);
        double upper = Binomial.upperTail(k, n, p);
        assertEquals(exact, upper, 1e-13 * exact + (exact > 1e-3 ? 1e-15 : 0), () -> "P(X >= " + k + "), n " + n);
        // The tails are complements: P(X <= k - 1) + P(X >= k) = 1.
        assertEquals(1, Binomial.lowerTail(k - 1, n, p) + upper, 1e-14);
    }

    @Property
    void boundsSeparateTheTails(@ForAll @IntRange(min = 0, max = 500) int n, @ForAll @IntRange(min = 0, max = 1000) int pPermille,
            @ForAll @IntRange(min = 1, max = 200) int alphaPermille) {
        double p = pPermille / 1000.0;
        double alpha = alphaPermille / 1000.0;
        long u = Binomial.upperBound(n, p, alpha);
        long l = Binomial.lowerBound(n, p, alpha);
        assertTrue(Binomial.upperTail(u, n, p) > alpha);
        assertTrue(u == n || Binomial.upperTail(u + 1, n, p) <= alpha);
        assertTrue(Binomial.lowerTail(l, n, p) > alpha);
        assertTrue(l == 0 || Binomial.lowerTail(l - 1, n, p) <= alpha);
        assertTrue(l <= u, () -> l + " > " + u);
    }

    @Test
    void hugeNWithASmallVarianceIsExact() {
        // mpmath, 40 digits: Σ C(n, j) p^j (1 − p)^(n − j) over the tail, with p the double nearest 1e-15.
        long exa = 1_000_000_000_000_000_000L;
        assertEquals(9.6263040586656010808e-4, Binomial.upperTail(1100, exa, 1e-15), 1e-13 * 9.6263e-4);
        assertEquals(6.9776732779629718257e-4, Binomial.lowerTail(900, exa, 1e-15), 1e-13 * 6.9777e-4);
        // Four hundred million trials at p = ¼, three standard deviations out on both sides.
        assertEquals(1.3406795556490072825e-3, Binomial.upperTail(100_026_000, 400_000_000, 0.25), 1e-12 * 1.3407e-3);
        assertEquals(1.3400005437052592840e-3, Binomial.lowerTail(99_974_000, 400_000_000, 0.25), 1e-12 * 1.3400e-3);
    }

    @Test
    void tailsAreRefusedPastTheVarianceTheyCanSumInBoundedTime() {
        // n p (1 − p) = 4e8 · ¼ = 1e8 exactly: still answered; one more trial is refused.
        assertEquals(0.5, Binomial.upperTail(200_000_000, 400_000_000, 0.5), 1e-4);
        assertEquals(200_000_000, Binomial.upperBound(400_000_000, 0.5, 0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Binomial.upperTail(1, 400_000_004, 0.5));
        assertEquals("n = 400000004 trials at p = 0.5 have a variance n·p·(1 − p) of 1.00000001E8, above the 1.0E8 "
                + "whose tails are computed exactly in bounded time", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Binomial.lowerTail(1, 400_000_004, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Binomial.upperBound(400_000_004, 0.5, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Binomial.lowerBound(400_000_004, 0.5, 0.05));
        // The probability of one count sums nothing and takes any n.
        assertEquals(0.0, Binomial.probability(0, Long.MAX_VALUE, 0.5));
    }

    /**
     * Past 2^53 trials {@code k/n} rounds to 1 for {@code k = n − 1}: the density must come from the
     * exact {@code n − k} (the property below found {@code n = 2^53 + 1} once giving an infinite tail).
     */
    @Test
    void aCountOneBelowAHugeNHasAFiniteTail() {
        long n = (1L << 53) + 1;
        double p = 0.01 * Binomial.MAX_VARIANCE / n;
        double upper = Binomial.upperTail(n - 1, n, p);
        double lower = Binomial.lowerTail(n - 2, n, p);
        assertEquals(0.0, upper);
        assertEquals(1.0, lower);
        assertEquals(1, upper + lower, 1e-9);
        // Near the mean the two forms of ln(1 − k/n) meet: the density of a count just past n/2 is finite.
        assertTrue(Double.isFinite(Binomial.probability(n / 2 + 1, n, 0.5e-7)));
    }

    /** Below the variance limit every n is answered, however large, and the two tails add up to 1. */
    @Property(tries = 200)
    void anyNBelowTheVarianceLimitIsAnswered(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long n,
            @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll @DoubleRange(min = 0, max = 1) double at) {
        // A p whose variance n p (1 − p) is at most MAX_VARIANCE, as far from 0 as that allows.
        double p = Math.min(0.5, share * Binomial.MAX_VARIANCE / n);
        long k = (long) (at * n);
        double upper = Binomial.upperTail(k, n, p);
        double lower = Binomial.lowerTail(k - 1, n, p);
        assertTrue(upper >= 0 && upper <= 1 && lower >= 0 && lower <= 1, () -> upper + " " + lower);
        assertEquals(1, upper + lower, 1e-9);
    }
}
