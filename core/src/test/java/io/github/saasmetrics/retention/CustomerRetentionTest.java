package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.stats.Ratio;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CustomerRetentionTest {

    @Test
    void fieldGuideExample() {
        // 200 at start, 20 lost, 40 gained, 220 at end.
        Ratio crr = CustomerRetention.rate(200, 220, 40);
        assertEquals(Ratio.of(180, 200), crr);
        assertEquals(0.9, crr.value());
        assertEquals("90.00% (180/200)", crr.toString());
    }

    @Test
    void noCustomersAtStartIsUndefined() {
        Ratio r = CustomerRetention.rate(0, 5, 5);
        assertFalse(r.defined());
    }

    @Test
    void impossibleCountsNameTheArgument() {
        assertEquals("customersAtStart must not be negative but was -1",
                assertThrows(IllegalArgumentException.class, () -> CustomerRetention.rate(-1, 0, 0)).getMessage());
        assertEquals("acquiredDuringPeriod (41) must not exceed customersAtEnd (40)",
                assertThrows(IllegalArgumentException.class, () -> CustomerRetention.rate(200, 40, 41)).getMessage());
        assertEquals("customersAtEnd − acquiredDuringPeriod (201) must not exceed customersAtStart (200)",
                assertThrows(IllegalArgumentException.class, () -> CustomerRetention.rate(200, 241, 40)).getMessage());
    }

    @Property
    void rateLiesInTheUnitIntervalAndFallsWithLosses(@ForAll @IntRange(min = 1, max = 10_000) int start,
            @ForAll @IntRange(min = 0, max = 10_000) int lostSeed, @ForAll @IntRange(min = 0, max = 10_000) int gained) {
        int lost = lostSeed % (start + 1);
        Ratio r = CustomerRetention.rate(start, start - lost + gained, gained);
        assertTrue(r.value() >= 0 && r.value() <= 1);
        assertEquals(Ratio.of(start - lost, start), r);
        if (lost < start) {
            assertTrue(CustomerRetention.rate(start, start - lost - 1 + gained, gained).value() < r.value());
        }
    }
}
