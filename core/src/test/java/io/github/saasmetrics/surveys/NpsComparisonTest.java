package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class NpsComparisonTest {

    private static final NpsScore A = NpsScore.of(100, 80, 20);
    private static final NpsScore B = NpsScore.of(60, 60, 30);

    @Test
    void waldTestMatchesIndependentlyComputedValues() {
        // NPS 40 (v = 0.44, n = 200) against NPS 20 (v = 0.56, n = 150); reference values from mpmath.
        NpsComparison c = NpsScore.compare(A, B);
        assertEquals(20.0, c.difference(), 1e-12);
        assertEquals(100 * Math.sqrt(0.44 / 200 + 0.56 / 150), c.standardError(), 1e-12);
        assertEquals(7.702813338860895, c.standardError(), 1e-12);
        assertEquals(2.596453934447493, c.z(), 1e-12);
        assertEquals(0.009419153491050816, c.pValue(), 1e-15);
        assertEquals(4.902763276197921, c.interval().lower(), 1e-12);
        assertEquals(35.09723672380208, c.interval().upper(), 1e-12);
        assertEquals(0.95, c.interval().level());
        assertTrue(c.significant());
        assertEquals("difference 20.00 points (SE 7.70, z 2.60, p 0.0094; 95% CI [4.90, 35.10])", c.toString());
    }

    @Test
    void aHigherLevelCanMakeTheSameDifferenceInsignificant() {
        NpsComparison c = NpsScore.compare(A, B, 0.999);
        assertFalse(c.significant());
        assertTrue(c.interval().contains(0));
        assertEquals(NpsScore.compare(A, B).pValue(), c.pValue());
        assertEquals("difference 20.00 points (SE 7.70, z 2.60, p 0.0094; 99.9% CI [-5.35, 45.35])", c.toString());
    }

    @Test
    void swappingTheSamplesMirrorsTheResult() {
        NpsComparison ab = NpsScore.compare(A, B);
        NpsComparison ba = NpsScore.compare(B, A);
        assertEquals(-ab.difference(), ba.difference());
        assertEquals(ab.standardError(), ba.standardError());
        assertEquals(-ab.z(), ba.z());
        assertEquals(ab.pValue(), ba.pValue());
        assertEquals(new ConfidenceInterval(-ab.interval().upper(), -ab.interval().lower(), 0.95), ba.interval());
    }

    @Test
    void equalScoresGiveZeroAndPValueOne() {
        NpsComparison c = NpsScore.compare(A, A);
        assertEquals(0.0, c.difference());
        assertEquals(0.0, c.z());
        assertEquals(1.0, c.pValue());
        assertFalse(c.significant());
    }

    @Test
    void undefinedTestsAreRejected() {
        assertEquals("cannot compare NPS: b has no responses",
                assertThrows(IllegalStateException.class, () -> NpsScore.compare(A, NpsScore.EMPTY)).getMessage());
        assertEquals("cannot compare NPS: a has no responses",
                assertThrows(IllegalStateException.class, () -> NpsScore.compare(NpsScore.EMPTY, A)).getMessage());
        assertEquals("cannot compare NPS 100.0 with -100.0: both samples have zero variance (every answer of each in one category)",
                assertThrows(IllegalStateException.class,
                        () -> NpsScore.compare(NpsScore.of(5, 0, 0), NpsScore.of(0, 0, 7))).getMessage());
        // One sample without variance is fine: the other carries the uncertainty.
        assertEquals(NpsScore.of(5, 0, 0).score() - A.score(), NpsScore.compare(NpsScore.of(5, 0, 0), A).difference());
        assertThrows(IllegalArgumentException.class, () -> NpsScore.compare(A, B, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> new NpsComparison(1, 0, 1, 0.5, new ConfidenceInterval(0, 2, 0.95)));
    }

    @Test
    void jsonRoundTrips() {
        String json = JsonRoundTrip.assertRoundTrips(NpsScore.compare(A, B), NpsComparison.class);
        assertTrue(json.startsWith("{\"difference\":20.0,\"standardError\":"), json);
        assertFalse(json.contains("significant"), json);
    }
}
