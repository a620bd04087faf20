package io.github.saasmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void printsLevelAndBounds() {
        assertEquals("95% CI [25.22, 41.45]", new ConfidenceInterval(25.22, 41.45, 0.95).toString());
        assertEquals("7% CI [0.00, 1.00]", new ConfidenceInterval(0, 1, 0.07).toString());
        assertEquals(8.115, new ConfidenceInterval(25.22, 41.45, 0.95).halfWidth(), 1e-12);
        assertTrue(new ConfidenceInterval(0, 1, 0.9).contains(1));
        JsonRoundTrip.assertRoundTrips(new ConfidenceInterval(-1.5, 2.25, 0.99), ConfidenceInterval.class);
    }

    @Test
    void rejectsImpossibleIntervals() {
        assertEquals("lower must not exceed upper but was [2.0, 1.0]",
                assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(2, 1, 0.95)).getMessage());
        assertEquals("bounds must be finite but were [NaN, 1.0]",
                assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(Double.NaN, 1, 0.95)).getMessage());
        assertEquals("level must be strictly between 0 and 1 but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(0, 1, 1.0)).getMessage());
    }
}
