package io.github.saasmetrics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import org.junit.jupiter.api.Test;

class CsatTest {

    @Test
    void defaultScaleCountsFourAndFive() {
        CsatScore score = Csat.score(5, 4, 4, 3, 1);
        assertEquals(CsatScale.DEFAULT, score.scale());
        assertEquals(Ratio.of(3, 5), score.share());
        assertEquals(60.0, score.percent());
        assertEquals("CSAT 60.00% (3/5 in the top box 4..5 of 1..5)", score.toString());
        assertEquals("1..5, top box 4..5", CsatScale.DEFAULT.toString());
        assertTrue(CsatScale.DEFAULT.topBox(4));
        assertFalse(CsatScale.DEFAULT.topBox(3));
    }

    @Test
    void otherScales() {
        assertEquals(Ratio.of(2, 4), Csat.scale(1, 7, 6).score(7, 6, 5, 2).share());
        CsatScore strict = Csat.scale(1, 5, 5).score(5, 4, 4, 3);
        assertEquals(Ratio.of(1, 4), strict.share());
        assertEquals("CSAT 25.00% (1/4 in the top box 5 of 1..5)", strict.toString());
        assertEquals(Ratio.of(1, 2), Csat.scale(0, 1, 1).score(0, 1).share());
    }

    @Test
    void wilsonIntervalMatchesIndependentlyComputedValues() {
        // 170 of 200 in the top box; reference values from mpmath at 30 digits.
        CsatScore score = CsatScore.of(CsatScale.DEFAULT, 170, 200);
        ConfidenceInterval ci = score.wilsonInterval(0.95);
        assertEquals(79.39442071583334, ci.lower(), 1e-11);
        assertEquals(89.28640643775800, ci.upper(), 1e-11);
        // None of 10 at 99 %: the lower bound is 0, the upper 39.885, not the collapsed [0, 0] of p ± z·SE.
        ConfidenceInterval none = CsatScore.of(CsatScale.DEFAULT, 0, 10).wilsonInterval(0.99);
        assertEquals(0.0, none.lower());
        assertEquals(39.88540933049081, none.upper(), 1e-11);
        ConfidenceInterval all = CsatScore.of(CsatScale.DEFAULT, 10, 10).wilsonInterval(0.99);
        assertEquals(100 - 39.88540933049081, all.lower(), 1e-11);
        assertEquals(100.0, all.upper());
    }

    @Test
    void noAnswersIsUndefinedNotNaN() {
        CsatScore empty = Csat.score();
        assertFalse(empty.defined());
        assertFalse(empty.share().defined());
        assertEquals("CSAT undefined (no answers on 1..5, top box 4..5)", empty.toString());
        assertEquals("CSAT is undefined: there are no answers",
                assertThrows(IllegalStateException.class, empty::percent).getMessage());
        assertThrows(IllegalStateException.class, () -> empty.wilsonInterval(0.95));
        assertEquals(empty, CsatScale.DEFAULT.empty());
    }

    @Test
    void topBoxAtBothEndsOfTheScaleAndOfTheBox() {
        CsatScale scale = CsatScale.DEFAULT;
        assertFalse(scale.topBox(1), "the bottom of the scale is an answer, not in the box");
        assertTrue(scale.topBox(5), "the top of the scale is in the box");
        assertEquals("answer must be 1..5 but was 0", assertThrows(IllegalArgumentException.class,
                () -> scale.topBox(0)).getMessage());
        assertEquals("answer must be 1..5 but was 6", assertThrows(IllegalArgumentException.class,
                () -> scale.topBox(6)).getMessage());
        CsatScale topOnly = Csat.scale(1, 5, 5);
        assertTrue(topOnly.topBox(5));
        assertFalse(topOnly.topBox(4));
        CsatScale lowest = Csat.scale(1, 5, 2);
        assertTrue(lowest.topBox(2));
        assertFalse(lowest.topBox(1));
        assertEquals(Csat.scale(1, 5, 2).score(1, 2, 5).topBox(), 2);
        assertEquals(Csat.scale(1, 5, 5).score(4, 5, 5).topBox(), 2);
    }

    @Test
    void badInputIsRejectedByValue() {
        assertEquals("answer at index 1 must be 1..5 but was 6",
                assertThrows(IllegalArgumentException.class, () -> Csat.score(5, 6)).getMessage());
        assertEquals("answer at index 0 must be 1..5 but was 0",
                assertThrows(IllegalArgumentException.class, () -> Csat.score(0)).getMessage());
        assertEquals("answer must be 1..5 but was 9",
                assertThrows(IllegalArgumentException.class, () -> CsatScale.DEFAULT.topBox(9)).getMessage());
        assertEquals("min must be below max but was min=5, max=5",
                assertThrows(IllegalArgumentException.class, () -> Csat.scale(5, 5, 5)).getMessage());
        assertEquals("topBoxFrom must be above min (1) and at most max (5) but was 1",
                assertThrows(IllegalArgumentException.class, () -> Csat.scale(1, 5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Csat.scale(1, 5, 6));
        assertEquals("topBox must be from 0 to responses (3) but was 4",
                assertThrows(IllegalArgumentException.class, () -> CsatScore.of(CsatScale.DEFAULT, 4, 3)).getMessage());
        assertEquals("cannot pool CSAT on scale 1..5, top box 4..5 with scale 1..7, top box 6..7",
                assertThrows(IllegalArgumentException.class,
                        () -> Csat.score(5).plus(Csat.scale(1, 7, 6).score(7))).getMessage());
    }

    @Test
    void jsonRoundTrips() {
        assertEquals("{\"scale\":{\"min\":1,\"max\":5,\"topBoxFrom\":4},\"topBox\":3,\"responses\":5}",
                JsonRoundTrip.assertRoundTrips(Csat.score(5, 4, 4, 3, 1), CsatScore.class));
        JsonRoundTrip.assertRoundTrips(Csat.score(), CsatScore.class);
        JsonRoundTrip.assertRoundTrips(Csat.scale(-2, 2, 1), CsatScale.class);
    }
}
