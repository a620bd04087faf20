package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.stats.Ratio;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ChurnConversionsTest {

    @Test
    void fieldGuideConversions() {
        assertEquals(0.306, ChurnConversions.annualChurn(0.03), 5e-4);
        assertEquals(1 - Math.pow(0.97, 12), ChurnConversions.annualChurn(0.03), 1e-15);
        assertEquals(0.03, ChurnConversions.monthlyChurn(ChurnConversions.annualChurn(0.03)), 1e-15);
        assertEquals(1 - Math.pow(0.9, 1.0 / 12), ChurnConversions.monthlyChurn(0.10), 1e-15);
        assertEquals(0.0079741404, ChurnConversions.monthlyDiscountRate(0.10), 1e-10);
        assertEquals(0.10, ChurnConversions.annualDiscountRate(ChurnConversions.monthlyDiscountRate(0.10)), 1e-15);
        assertEquals(Math.pow(1.01, 12) - 1, ChurnConversions.annualDiscountRate(0.01), 1e-15);
        assertEquals(1 - Math.pow(0.95, 3), ChurnConversions.churnOver(0.05, 3), 1e-15);
    }

    @Test
    void theEndsOfTheRange() {
        assertEquals(0.0, ChurnConversions.annualChurn(0));
        assertEquals(1.0, ChurnConversions.annualChurn(1));
        assertEquals(1.0, ChurnConversions.monthlyChurn(1));
        assertEquals(0.0, ChurnConversions.monthlyDiscountRate(0));
    }

    @Test
    void lifetimeIsOneOverChurnAndUndefinedAtZero() {
        assertEquals(OptionalDouble.of(20), ChurnConversions.averageLifetime(0.05));
        assertEquals(OptionalDouble.of(1), ChurnConversions.averageLifetime(1));
        assertEquals(OptionalDouble.empty(), ChurnConversions.averageLifetime(0));
        assertEquals(OptionalDouble.of(20), ChurnConversions.averageLifetime(Ratio.of(3, 60)));
        assertEquals(OptionalDouble.empty(), ChurnConversions.averageLifetime(Ratio.of(0, 60)));
        assertEquals(OptionalDouble.empty(), ChurnConversions.averageLifetime(Ratio.UNDEFINED));
        assertThrows(IllegalArgumentException.class, () -> ChurnConversions.averageLifetime(Ratio.of(61, 60)));
        assertThrows(IllegalArgumentException.class, () -> ChurnConversions.averageLifetime(Ratio.of(-1, 60)));
    }

    @Test
    void badRatesAreRejectedNamingTheValue() {
        assertEquals("rate must be 0 to 1 but was 1.5",
                assertThrows(IllegalArgumentException.class, () -> ChurnConversions.annualChurn(1.5)).getMessage());
        assertEquals("rate must be 0 to 1 but was NaN",
                assertThrows(IllegalArgumentException.class, () -> ChurnConversions.monthlyChurn(Double.NaN)).getMessage());
        assertEquals("churn must be 0 to 1 but was -0.1",
                assertThrows(IllegalArgumentException.class, () -> ChurnConversions.averageLifetime(-0.1)).getMessage());
        assertEquals("discount rate must be above -1 and finite but was -1.0", assertThrows(IllegalArgumentException.class,
                () -> ChurnConversions.monthlyDiscountRate(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChurnConversions.annualDiscountRate(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> ChurnConversions.annualDiscountRate(1e300));
        assertThrows(IllegalArgumentException.class, () -> ChurnConversions.churnOver(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> ChurnConversions.churnOver(0.1, Double.NaN));
    }
}
