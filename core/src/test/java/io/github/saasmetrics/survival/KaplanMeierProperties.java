package io.github.saasmetrics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class KaplanMeierProperties {

    /** Tenures on a coarse grid, so that ties of every kind are common. */
    @Provide
    Arbitrary<Tenure> tenures() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(true, false))
                .as((quarter, churned) -> new Tenure(quarter / 4.0, churned));
    }

    @Property
    void survivalIsNonIncreasingInTheUnitInterval(@ForAll @Size(min = 1, max = 200) List<@From("tenures") Tenure> tenures) {
        SurvivalCurve curve = KaplanMeier.fit(tenures);
        double previous = 1;
        for (SurvivalRow row : curve.rows()) {
            assertTrue(row.survival() >= 0 && row.survival() <= previous, row.toString());
            previous = row.survival();
        }
        for (double t = 0; t <= 11; t += 0.125) {
            double s = curve.survival(t);
            assertTrue(s >= 0 && s <= 1);
            assertTrue(curve.survival(t + 0.125) <= s);
        }
        assertEquals(tenures.size(), curve.customers());
    }

    @Property
    void withoutCensoringSurvivalIsOneMinusTheEmpiricalCdf(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 60) Integer> months) {
        double[] times = months.stream().mapToDouble(Integer::doubleValue).toArray();
        boolean[] churned = new boolean[times.length];
        Arrays.fill(churned, true);
        SurvivalCurve curve = KaplanMeier.fit(times, churned);
        for (double t = 0; t <= 61; t += 0.5) {
            double u = t;
            long above = months.stream().filter(m -> m > u).count();
            assertEquals((double) above / times.length, curve.survival(t), 1e-12, "t = " + t);
        }
        // The restricted mean is the mean of min(T, horizon), the median the ordinary sample median.
        double horizon = 30;
        assertEquals(months.stream().mapToDouble(m -> Math.min(m, horizon)).average().orElseThrow(),
                curve.restrictedMean(horizon).estimate(), 1e-9);
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        assertEquals(median, curve.median().estimate().orElseThrow(), 1e-12);
    }

    @Property
    void orderOfInputDoesNotMatter(@ForAll @Size(min = 1, max = 100) List<@From("tenures") Tenure> tenures,
            @ForAll long seed) {
        List<Tenure> shuffled = new ArrayList<>(tenures);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(KaplanMeier.fit(tenures), KaplanMeier.fit(shuffled));
    }

    @Property
    void curvesOfDisjointCustomersPoolToTheCurveOfAll(
            @ForAll @Size(min = 1, max = 100) List<@From("tenures") Tenure> left,
            @ForAll @Size(min = 1, max = 100) List<@From("tenures") Tenure> right) {
        List<Tenure> all = new ArrayList<>(left);
        all.addAll(right);
        SurvivalCurve pooled = KaplanMeier.fit(left).plus(KaplanMeier.fit(right));
        assertEquals(KaplanMeier.fit(all), pooled);
        assertEquals(KaplanMeier.fit(all).rows(), pooled.rows());
    }

    @Property
    void intervalsContainTheEstimateAndWidenWithTheLevel(
            @ForAll @Size(min = 1, max = 100) List<@From("tenures") Tenure> tenures,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
        SurvivalCurve curve = KaplanMeier.fit(tenures);
        for (ConfidenceTransform transform : ConfidenceTransform.values()) {
            SurvivalCurve narrow = curve.withConfidence(transform, level);
            SurvivalCurve wide = curve.withConfidence(transform, 0.995);
            for (int i = 0; i < curve.size(); i++) {
                SurvivalRow a = narrow.row(i);
                SurvivalRow b = wide.row(i);
                assertTrue(a.lower() <= a.survival() && a.survival() <= a.upper());
                assertTrue(b.lower() <= a.lower() + 1e-15 && a.upper() <= b.upper() + 1e-15, transform + " " + a + " " + b);
            }
        }
    }

    @Property
    void restrictedMeanGrowsWithTheHorizonAndIsBoundedByIt(
            @ForAll @Size(min = 1, max = 100) List<@From("tenures") Tenure> tenures,
            @ForAll @DoubleRange(min = 0, max = 12) double horizon) {
        SurvivalCurve curve = KaplanMeier.fit(tenures);
        RestrictedMean m = curve.restrictedMean(horizon);
        assertTrue(m.estimate() <= horizon && m.estimate() >= horizon * curve.survival(horizon) - 1e-12);
        assertTrue(curve.restrictedMean(horizon + 1).estimate() >= m.estimate());
    }
}
