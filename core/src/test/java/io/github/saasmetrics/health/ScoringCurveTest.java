package io.github.saasmetrics.health;

import static io.github.saasmetrics.health.ScoringCurve.Knot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ScoringCurveTest {

    @Test
    void linearInterpolatesAndIsFlatOutside() {
        ScoringCurve days = ScoringCurve.linear(60, 10);
        assertEquals("linear 10:1, 60:0", days.toString());
        assertEquals(1.0, days.goodness(0));
        assertEquals(1.0, days.goodness(10));
        assertEquals(0.5, days.goodness(35));
        assertEquals(0.3, days.goodness(45));
        assertEquals(0.0, days.goodness(60));
        assertEquals(0.0, days.goodness(1e9));
        assertFalse(days.higherIsBetter());
        ScoringCurve usage = ScoringCurve.linear(0.1, 0.6);
        assertEquals("linear 0.1:0, 0.6:1", usage.toString());
        assertEquals(0.2, usage.goodness(0.2));
        assertTrue(usage.higherIsBetter());
    }

    @Test
    void piecewiseLinearFollowsEverySegment() {
        ScoringCurve c = ScoringCurve.piecewiseLinear(Knot.of(0, 0), Knot.of(10, 0.8), Knot.of(20, 1));
        assertEquals(0.4, c.goodness(5), 1e-15);
        assertEquals(0.8, c.goodness(10));
        assertEquals(0.9, c.goodness(15), 1e-15);
        assertEquals(1.0, c.goodness(25));
    }

    @Test
    void stepsApplyFromEachThresholdInclusive() {
        ScoringCurve tickets = ScoringCurve.steps(Knot.of(0, 1), Knot.of(1, 0.75), Knot.of(3, 0.25), Knot.of(6, 0));
        assertEquals(1.0, tickets.goodness(0));
        assertEquals(0.75, tickets.goodness(1));
        assertEquals(0.75, tickets.goodness(2.999));
        assertEquals(0.25, tickets.goodness(3));
        assertEquals(0.0, tickets.goodness(6));
        assertEquals(0.0, tickets.goodness(600));
        ScoringCurve nps = ScoringCurve.parse("steps 0:0, 7:0.5, 9:1");
        assertEquals(0.0, nps.goodness(6));
        assertEquals(0.5, nps.goodness(7));
        assertEquals(0.5, nps.goodness(8));
        assertEquals(1.0, nps.goodness(9));
        // Below the first knot: the first knot's goodness.
        assertEquals(0.0, nps.goodness(-3));
        assertEquals(0.6, ScoringCurve.steps(Knot.of(5, 0.6)).goodness(-100));
    }

    @Test
    void textFormRoundTrips() {
        for (String text : List.of("linear 10:1, 60:0", "steps 0:1, 1:0.75, 3:0.25, 6:0", "linear -0.3:0, 0:1",
                "steps 0.000001:0.125", "linear 1000000000:0, 12345678901234568:1")) {
            assertEquals(text, ScoringCurve.parse(text).toString());
            assertEquals(ScoringCurve.parse(text), ScoringCurve.parse(ScoringCurve.parse(text).toString()));
        }
        assertEquals(ScoringCurve.linear(60, 10), ScoringCurve.parse("  LINEAR 10 : 1 ,60:0 "));
        assertEquals("linear 0:0, 1:1", ScoringCurve.parse("linear -0:0, 1:1").toString());
    }

    @Test
    void jsonIsTheTextForm() {
        assertEquals("\"steps 0:0, 7:0.5, 9:1\"",
                JsonRoundTrip.assertRoundTrips(ScoringCurve.parse("steps 0:0, 7:0.5, 9:1"), ScoringCurve.class));
        JsonRoundTrip.assertRoundTrips(ScoringCurve.linear(0.1, 0.6), ScoringCurve.class);
        JsonRoundTrip.assertRoundTrips(Knot.of(3, 0.25), Knot.class);
    }

    @Test
    void nonMonotoneAndMalformedCurvesAreRejected() {
        assertEquals("curve goodness must rise or fall monotonically but was linear 0:1, 5:0.5, 10:0.8",
                assertThrows(IllegalArgumentException.class,
                        () -> ScoringCurve.piecewiseLinear(Knot.of(0, 1), Knot.of(5, 0.5), Knot.of(10, 0.8))).getMessage());
        assertEquals("knots must be in strictly increasing order of at but 1:0 follows 1:1",
                assertThrows(IllegalArgumentException.class,
                        () -> ScoringCurve.steps(Knot.of(1, 1), Knot.of(1, 0))).getMessage());
        assertEquals("a linear curve needs at least 2 knots but had 1",
                assertThrows(IllegalArgumentException.class, () -> ScoringCurve.piecewiseLinear(Knot.of(1, 1))).getMessage());
        assertEquals("knot goodness must be 0..1 but was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Knot.of(1, 1.5)).getMessage());
        assertEquals("knot at must be finite but was Infinity",
                assertThrows(IllegalArgumentException.class, () -> Knot.of(Double.POSITIVE_INFINITY, 1)).getMessage());
        assertEquals("worst and best must differ but both were 3.0",
                assertThrows(IllegalArgumentException.class, () -> ScoringCurve.linear(3, 3)).getMessage());
        assertEquals("curve text must look like 'linear 10:1, 60:0' or 'steps 0:0, 7:0.5, 9:1' but was 'curvy 1:1':"
                + " unknown shape 'curvy'",
                assertThrows(IllegalArgumentException.class, () -> ScoringCurve.parse("curvy 1:1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScoringCurve.parse("linear"));
        assertThrows(IllegalArgumentException.class, () -> ScoringCurve.parse("linear 1:0, 2"));
        assertThrows(IllegalArgumentException.class, () -> ScoringCurve.parse("steps a:1"));
        assertThrows(IllegalArgumentException.class, () -> ScoringCurve.linear(0, 1).goodness(Double.NaN));
    }

    @Provide
    Arbitrary<ScoringCurve> curves() {
        return Arbitraries.randoms().map(ScoringCurveTest::randomCurve);
    }

    /** A random monotone curve: 1 to 5 knots, rising or falling, linear or steps. */
    static ScoringCurve randomCurve(Random random) {
        boolean steps = random.nextBoolean();
        int n = (steps ? 1 : 2) + random.nextInt(4);
        double[] at = new double[n];
        double[] g = new double[n];
        double x = random.nextDouble() * 20 - 10;
        for (int i = 0; i < n; i++) {
            x += 0.01 + random.nextDouble() * 5;
            at[i] = x;
            g[i] = random.nextInt(3) == 0 ? (double) random.nextInt(5) / 4 : random.nextDouble();
        }
        java.util.Arrays.sort(g);
        List<Knot> knots = new ArrayList<>();
        boolean rising = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            knots.add(Knot.of(at[i], rising ? g[i] : g[n - 1 - i]));
        }
        return new ScoringCurve(steps ? ScoringCurve.Shape.STEPS : ScoringCurve.Shape.LINEAR, knots);
    }

    @Property
    void goodnessIsMonotoneAndBounded(@ForAll("curves") ScoringCurve curve,
            @ForAll @DoubleRange(min = -20, max = 40) double a, @ForAll @DoubleRange(min = -20, max = 40) double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        double gLow = curve.goodness(low);
        double gHigh = curve.goodness(high);
        assertTrue(gLow >= 0 && gLow <= 1 && gHigh >= 0 && gHigh <= 1);
        if (curve.higherIsBetter()) {
            assertTrue(gHigh >= gLow, () -> curve + " at " + low + " and " + high);
        } else {
            assertTrue(gHigh <= gLow, () -> curve + " at " + low + " and " + high);
        }
    }

    @Property
    void curvesPassThroughTheirKnotsAndRoundTrip(@ForAll("curves") ScoringCurve curve) {
        for (Knot knot : curve.knots()) {
            assertEquals(knot.goodness(), curve.goodness(knot.at()));
        }
        assertEquals(curve, ScoringCurve.parse(curve.toString()));
    }
}
