package io.github.saasmetrics.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.stats.ConfidenceInterval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTest {

    static final KpiChanges TARGET = KpiChanges.of(new double[] {10, 12, 14, 16}, new double[] {14, 15, 19, 20});
    static final KpiChanges CONTROL = KpiChanges.of(new double[] {11, 13, 15, 17}, new double[] {12, 13, 17, 18});
    static final DifferenceInDifferences EXAMPLE = DifferenceInDifferences.of(TARGET, CONTROL);

    @Test
    void groupSummariesAreExact() {
        KpiChanges g = KpiChanges.of(new double[] {10, 12, 14}, new double[] {13, 14, 18});
        assertEquals(3, g.count());
        assertEquals(12.0, g.meanBefore());
        assertEquals(15.0, g.meanAfter());
        assertEquals(3.0, g.meanChange());
        assertEquals(1.0, g.variance());
        assertEquals(1.0, g.standardDeviation());
        assertEquals(new KpiChanges(3, new BigDecimal("36"), new BigDecimal("45"), new BigDecimal("29")), g);
        assertEquals("3 units: before 12, after 15, change +3 (SD 1)", g.toString());
        // 0.1 is not exactly a tenth, and the sums keep exactly what was given.
        KpiChanges tenths = KpiChanges.of(new double[] {0.1, 0.2}, new double[] {0.3, 0.3});
        assertEquals(new BigDecimal(0.1).add(new BigDecimal(0.2)).stripTrailingZeros(), tenths.sumBefore());
        // The exact mean of the doubles given, rounded once: not the 0.15 that decimal arithmetic would suggest.
        BigDecimal exact = new BigDecimal(0.3).subtract(new BigDecimal(0.1)).add(new BigDecimal(0.3))
                .subtract(new BigDecimal(0.2)).divide(BigDecimal.valueOf(2));
        assertEquals(exact.doubleValue(), tenths.meanChange());
        assertEquals(0.14999999999999997, tenths.meanChange());
    }

    @Test
    void workedExampleMatchesHighPrecisionValues() {
        // Reference values computed with mpmath at 40 digits (t quantile by bisection on the incomplete beta).
        assertEquals(3.0, EXAMPLE.effect());
        assertEquals(0.5773502691896258, EXAMPLE.standardError(), 1e-15);
        assertEquals(6.0, EXAMPLE.degreesOfFreedom(), 1e-12);
        ConfidenceInterval ci = EXAMPLE.interval(0.95);
        assertEquals(1.587274784058166, ci.lower(), 1e-10);
        assertEquals(4.412725215941834, ci.upper(), 1e-10);
        assertEquals(0.95, ci.level());
        assertEquals(0.002022367740542720, EXAMPLE.pValue(), 1e-12);
        assertEquals("""
                group    units  mean before  mean after  mean change  SD of change
                target       4           13          17           +4        0.8165
                control      4           14          15           +1        0.8165
                effect +3, SE 0.5774, Welch df 6.0, 95% CI [1.587, 4.413], p 0.0020""", EXAMPLE.toString());
        assertTrue(EXAMPLE.toMarkdown().startsWith("| group | units | mean before |"));
    }

    @Test
    void unequalVariancesUseWelchDegreesOfFreedom() {
        KpiChanges noisy = KpiChanges.of(new double[] {0, 0, 0, 0, 0, 0}, new double[] {1, 9, -4, 6, 2, 10});
        KpiChanges quiet = KpiChanges.of(new double[] {0, 0, 0}, new double[] {1, 2, 1.5});
        DifferenceInDifferences d = DifferenceInDifferences.of(noisy, quiet);
        double a = noisy.variance() / 6;
        double b = quiet.variance() / 3;
        assertEquals((a + b) * (a + b) / (a * a / 5 + b * b / 2), d.degreesOfFreedom(), 1e-12);
        // Between min(n) − 1 and n_t + n_c − 2.
        assertTrue(d.degreesOfFreedom() > 2 && d.degreesOfFreedom() < 7);
        assertEquals(4.0 - 1.5, d.effect(), 1e-15);
    }

    @Test
    void edgeCasesAreExplicit() {
        DifferenceInDifferences noControl = DifferenceInDifferences.of(TARGET, KpiChanges.empty());
        assertEquals("the effect needs at least one unit per group but had 4 target and 0 control units",
                assertThrows(IllegalStateException.class, noControl::effect).getMessage());
        assertEquals("effect undefined: a group has no units", noControl.toString().lines().reduce((x, y) -> y).orElseThrow());
        DifferenceInDifferences single = DifferenceInDifferences.of(TARGET, KpiChanges.of(new double[] {1}, new double[] {2}));
        assertEquals(3.0, single.effect());
        assertEquals("the standard error needs at least 2 units per group but had 4 target and 1 control units",
                assertThrows(IllegalStateException.class, single::standardError).getMessage());
        assertThrows(IllegalStateException.class, () -> single.interval(0.95));
        KpiChanges flat = KpiChanges.of(new double[] {1, 2}, new double[] {3, 4});
        KpiChanges flat2 = KpiChanges.of(new double[] {5, 6}, new double[] {5, 6});
        DifferenceInDifferences exact = DifferenceInDifferences.of(flat, flat2);
        assertEquals(0.0, exact.standardError());
        assertEquals(new ConfidenceInterval(2, 2, 0.9), exact.interval(0.9));
        assertEquals("the degrees of freedom are undefined: neither group's KPI change varies",
                assertThrows(IllegalStateException.class, exact::degreesOfFreedom).getMessage());
        assertThrows(IllegalStateException.class, exact::pValue);
        assertTrue(exact.toString().endsWith("effect +2, SE 0 (neither group varies)"));
        assertThrows(IllegalArgumentException.class, () -> EXAMPLE.interval(1));
        assertThrows(IllegalStateException.class, () -> KpiChanges.empty().meanChange());
        assertEquals("0 units", KpiChanges.empty().toString());
    }

    @Test
    void badInputIsRejected() {
        assertEquals("before and after must have one value per unit but had 2 and 1", assertThrows(
                IllegalArgumentException.class, () -> KpiChanges.of(new double[] {1, 2}, new double[] {1})).getMessage());
        assertEquals("KPI values must be finite but unit 1 had before NaN and after 1.0", assertThrows(
                IllegalArgumentException.class, () -> KpiChanges.of(new double[] {1, Double.NaN}, new double[] {1, 1}))
                .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new KpiChanges(2, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> new KpiChanges(0, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new KpiChanges(-1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        assertThrows(NullPointerException.class, () -> DifferenceInDifferences.of(null, CONTROL));
    }

    @Test
    void resultsRoundTripThroughJson() {
        String json = JsonRoundTrip.assertRoundTrips(EXAMPLE, DifferenceInDifferences.class);
        assertEquals("{\"target\":{\"count\":4,\"sumBefore\":52,\"sumAfter\":68,\"sumSquaredChange\":66},"
                + "\"control\":{\"count\":4,\"sumBefore\":56,\"sumAfter\":60,\"sumSquaredChange\":6}}", json);
        JsonRoundTrip.assertRoundTrips(KpiChanges.of(new double[] {0.1, 1e-9}, new double[] {3.7, -2e10}), KpiChanges.class);
        JsonRoundTrip.assertRoundTrips(KpiChanges.empty(), KpiChanges.class);
    }

    /** A synthetic experiment: baseline ~ N(100, 15²) per unit, common trend +5, noise N(0, σ²), planted effect. */
    static DifferenceInDifferences experiment(SplittableRandom random, int n, double effect, double noise) {
        KpiChangesAccumulator target = new KpiChangesAccumulator();
        KpiChangesAccumulator control = new KpiChangesAccumulator();
        for (int i = 0; i < n; i++) {
            double base = 100 + 15 * gaussian(random);
            target.add(base, base + 5 + effect + noise * gaussian(random));
            double other = 100 + 15 * gaussian(random);
            control.add(other, other + 5 + noise * gaussian(random));
        }
        return DifferenceInDifferences.of(target.snapshot(), control.snapshot());
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller on SplittableRandom, which has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void recoversAPlantedEffect() {
        DifferenceInDifferences d = experiment(new SplittableRandom(42), 2000, 3.0, 4.0);
        // SE ≈ √(16/2000 + 16/2000) ≈ 0.126.
        assertEquals(0.126, d.standardError(), 0.01);
        assertTrue(Math.abs(d.effect() - 3.0) < 4 * d.standardError(), d.toString());
        assertTrue(d.interval(0.95).contains(3.0), d.toString());
        assertTrue(d.pValue() < 1e-10, d.toString());
        // No planted effect: the interval covers zero.
        DifferenceInDifferences none = experiment(new SplittableRandom(43), 2000, 0.0, 4.0);
        assertTrue(none.interval(0.99).contains(0.0), none.toString());
    }

    @Test
    void welchIntervalsCoverTheTrueEffectAtTheirLevel() {
        SplittableRandom random = new SplittableRandom(2024);
        int covered = 0;
        int runs = 400;
        for (int run = 0; run < runs; run++) {
            if (experiment(random, 8 + run % 20, 2.5, 3.0).interval(0.95).contains(2.5)) {
                covered++;
            }
        }
        // Binomial SD of the coverage over 400 runs is about 1.1 %.
        assertTrue(covered >= 0.92 * runs && covered <= 0.98 * runs, covered + " of " + runs);
    }

    @Property
    void exactSumsMakeOrderAndSplitIrrelevant(@ForAll Random random) {
        int n = random.nextInt(50);
        List<double[]> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(new double[] {random.nextGaussian() * 1e3, random.nextDouble() * 10 - 3});
        }
        KpiChangesAccumulator all = new KpiChangesAccumulator();
        units.forEach(u -> all.add(u[0], u[1]));
        Collections.shuffle(units, random);
        int cut = n == 0 ? 0 : random.nextInt(n + 1);
        KpiChanges left = units.subList(0, cut).stream().collect(KpiChanges.toKpiChanges(u -> u[0], u -> u[1]));
        KpiChanges right = units.subList(cut, n).parallelStream().collect(KpiChanges.toKpiChanges(u -> u[0], u -> u[1]));
        assertEquals(all.snapshot(), left.plus(right));
        assertEquals(all.snapshot(), right.plus(left));
        KpiChangesAccumulator merged = new KpiChangesAccumulator();
        merged.addAll(right);
        KpiChangesAccumulator other = new KpiChangesAccumulator();
        other.addAll(left);
        merged.addAll(other);
        assertEquals(all.snapshot(), merged.snapshot());
        if (n >= 2) {
            assertTrue(all.snapshot().variance() >= 0);
        }
    }

    @Property
    void shiftingBothGroupsByTheSameTrendLeavesTheEffect(@ForAll Random random) {
        int n = 3 + random.nextInt(20);
        double[] tb = new double[n];
        double[] ta = new double[n];
        double[] cb = new double[n];
        double[] ca = new double[n];
        for (int i = 0; i < n; i++) {
            tb[i] = random.nextInt(100);
            ta[i] = tb[i] + random.nextInt(10);
            cb[i] = random.nextInt(100);
            ca[i] = cb[i] + random.nextInt(10);
        }
        DifferenceInDifferences d = DifferenceInDifferences.of(KpiChanges.of(tb, ta), KpiChanges.of(cb, ca));
        double trend = random.nextInt(50) - 25;
        double[] ta2 = ta.clone();
        double[] ca2 = ca.clone();
        for (int i = 0; i < n; i++) {
            ta2[i] += trend;
            ca2[i] += trend;
        }
        DifferenceInDifferences shifted = DifferenceInDifferences.of(KpiChanges.of(tb, ta2), KpiChanges.of(cb, ca2));
        assertEquals(d.effect(), shifted.effect(), 1e-12);
        assertEquals(d.target().variance(), shifted.target().variance(), 1e-9);
        // Swapping the groups flips the sign.
        assertEquals(-d.effect(), DifferenceInDifferences.of(d.control(), d.target()).effect(), 1e-12);
    }

    @Test
    void welchDegreesOfFreedomSurviveTermsWhoseSquaresOverflowOrUnderflow() {
        // Equal variances and two units a group: df = (a + b)² / (a² + b²) = 2, however large or small a = b.
        KpiChanges huge = KpiChanges.of(new double[] {0, 0}, new double[] {1e80, -1e80});
        assertEquals(2.0, DifferenceInDifferences.of(huge, huge).degreesOfFreedom());
        KpiChanges tiny = KpiChanges.of(new double[] {0, 0}, new double[] {1e-160, -1e-160});
        assertEquals(2.0, DifferenceInDifferences.of(tiny, tiny).degreesOfFreedom());
        KpiChanges plain = KpiChanges.of(new double[] {0, 0}, new double[] {1, -1});
        assertEquals(2.0, DifferenceInDifferences.of(plain, plain).degreesOfFreedom());
    }

    @Test
    void sumsUpToWhatTheDoublesCanAddUpToAreAccepted() {
        BigDecimal max = new BigDecimal(Double.MAX_VALUE);
        KpiChanges largest = KpiChanges.of(new double[] {Double.MAX_VALUE, Double.MAX_VALUE},
                new double[] {-Double.MAX_VALUE, -Double.MAX_VALUE});
        assertEquals(max.add(max), largest.sumBefore());
        assertEquals(Double.MAX_VALUE, largest.meanBefore());
        assertEquals(-Double.MAX_VALUE, largest.meanAfter());
        var beyond = assertThrows(IllegalArgumentException.class,
                () -> new KpiChanges(2, max.add(max).add(BigDecimal.ONE), BigDecimal.ZERO, max.multiply(max)));
        assertTrue(beyond.getMessage().startsWith("sumBefore must be a sum of 2 finite doubles"), beyond.getMessage());
        BigDecimal smallest = new BigDecimal(Double.MIN_VALUE);
        assertEquals(smallest, KpiChanges.of(new double[] {Double.MIN_VALUE}, new double[] {Double.MIN_VALUE})
                .sumAfter());
        assertThrows(IllegalArgumentException.class,
                () -> new KpiChanges(1, smallest.movePointLeft(1), smallest.movePointLeft(1), BigDecimal.ZERO));
        var change = assertThrows(ArithmeticException.class, () -> largest.meanChange());
        assertTrue(change.getMessage().startsWith("the mean change is -3.59538626972463"), change.getMessage());
    }
}
