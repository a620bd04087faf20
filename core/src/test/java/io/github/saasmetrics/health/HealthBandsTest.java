package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HealthBandsTest {

    @Test
    void eachThresholdBelongsToTheBetterBand() {
        HealthBands bands = HealthBands.DEFAULT;
        assertEquals(HealthBand.CRITICAL, bands.band(0));
        assertEquals(HealthBand.CRITICAL, bands.band(Math.nextDown(40.0)));
        assertEquals(HealthBand.AT_RISK, bands.band(40));
        assertEquals(HealthBand.AT_RISK, bands.band(69.99));
        assertEquals(HealthBand.HEALTHY, bands.band(70));
        assertEquals(HealthBand.HEALTHY, bands.band(100));
        assertEquals("critical < 40 <= at risk < 70 <= healthy", bands.toString());
        // Zero and a hundred are allowed thresholds: nothing critical; only a perfect score healthy.
        assertEquals(HealthBand.AT_RISK, HealthBands.of(0, 100).band(0));
        assertEquals(HealthBand.HEALTHY, HealthBands.of(0, 100).band(100));
    }

    @Test
    void thresholdsMustBeOrderedWithinZeroToHundred() {
        assertEquals("band thresholds must satisfy 0 <= criticalBelow < healthyFrom <= 100 but were criticalBelow 70.0,"
                + " healthyFrom 40.0", assertThrows(IllegalArgumentException.class, () -> HealthBands.of(70, 40)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> HealthBands.of(50, 50));
        assertThrows(IllegalArgumentException.class, () -> HealthBands.of(-1, 50));
        assertThrows(IllegalArgumentException.class, () -> HealthBands.of(40, 100.5));
        assertThrows(IllegalArgumentException.class, () -> HealthBands.of(Double.NaN, 50));
        assertEquals("score must be 0..100 but was 101.0",
                assertThrows(IllegalArgumentException.class, () -> HealthBands.DEFAULT.band(101)).getMessage());
    }
}
