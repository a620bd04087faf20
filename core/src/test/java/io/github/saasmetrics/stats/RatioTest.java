package io.github.saasmetrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void printsPercentAndCounts() {
        assertEquals("90.00% (180/200)", Ratio.of(180, 200).toString());
        assertEquals("33.33% (1/3)", Ratio.of(1, 3).toString());
        assertEquals("-10.00% (-10/100)", Ratio.of(-10, 100).toString());
        assertEquals("undefined (0/0)", Ratio.UNDEFINED.toString());
        assertEquals(0.9, Ratio.of(180, 200).value());
        assertEquals(90.0, Ratio.of(180, 200).percent());
        assertEquals(new BigDecimal("0.333"), Ratio.of(1, 3).decimal(3, RoundingMode.HALF_EVEN));
        assertThrows(IllegalStateException.class, () -> Ratio.UNDEFINED.decimal(3, RoundingMode.HALF_EVEN));
    }

    @Test
    void undefinedHasNoValue() {
        Ratio r = Ratio.of(0, 0);
        assertFalse(r.defined());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::value);
        assertEquals("ratio is undefined: its denominator is 0", e.getMessage());
        assertThrows(IllegalStateException.class, r::percent);
    }

    @Test
    void impossibleRatiosAreRejected() {
        assertEquals("denominator must not be negative but was -1",
                assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, -1)).getMessage());
        assertEquals("numerator must be 0 when the denominator is 0 but was 3",
                assertThrows(IllegalArgumentException.class, () -> Ratio.of(3, 0)).getMessage());
    }

    @Test
    void jsonHoldsOnlyTheCounts() {
        assertEquals("{\"numerator\":180,\"denominator\":200}",
                JsonRoundTrip.assertRoundTrips(Ratio.of(180, 200), Ratio.class));
        JsonRoundTrip.assertRoundTrips(Ratio.UNDEFINED, Ratio.class);
    }

    @Property
    void plusEqualsTheRatioOfPooledCounts(@ForAll @IntRange(min = 0, max = 1000) int n1,
            @ForAll @IntRange(min = 0, max = 1000) int extra1, @ForAll @IntRange(min = 0, max = 1000) int n2,
            @ForAll @IntRange(min = 0, max = 1000) int extra2) {
        Ratio a = Ratio.of(n1, n1 + extra1 + (n1 == 0 && extra1 == 0 ? 0 : 0));
        Ratio b = Ratio.of(n2, n2 + extra2);
        Ratio pooled = a.plus(b);
        assertEquals(Ratio.of(n1 + n2, n1 + extra1 + n2 + extra2), pooled);
        assertEquals(pooled, b.plus(a));
        if (pooled.defined()) {
            assertEquals((double) (n1 + n2) / (n1 + extra1 + n2 + extra2), pooled.value());
        }
    }

    @Property
    void plusIsAssociative(@ForAll @IntRange(min = 1, max = 99) int a, @ForAll @IntRange(min = 1, max = 99) int b,
            @ForAll @IntRange(min = 1, max = 99) int c) {
        Ratio x = Ratio.of(a, 100);
        Ratio y = Ratio.of(-b, 100);
        Ratio z = Ratio.of(c, 1000);
        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
    }

    @Test
    void poolingToTheEdgeOfALongAndPastIt() {
        long max = Long.MAX_VALUE;
        assertEquals(Ratio.of(max, max), Ratio.of(max - 1, max - 3).plus(Ratio.of(1, 3)));
        assertEquals("pooling 9223372036854775807/9223372036854775807 and 1/1: the numerator 9223372036854775807 + 1 "
                + "overflows a long", assertThrows(ArithmeticException.class,
                        () -> Ratio.of(max, max).plus(Ratio.of(1, 1))).getMessage());
        assertEquals("pooling 0/9223372036854775807 and 0/1: the denominator 9223372036854775807 + 1 overflows a long",
                assertThrows(ArithmeticException.class, () -> Ratio.of(0, max).plus(Ratio.of(0, 1))).getMessage());
        assertEquals(ArithmeticException.class, assertThrows(ArithmeticException.class,
                () -> Ratio.of(max, max).plus(Ratio.of(1, 1))).getCause().getClass());
    }

    @Test
    void decimalsUpToTheLimit() {
        assertEquals(Ratio.MAX_SCALE, Ratio.of(1, 3).decimal(Ratio.MAX_SCALE, RoundingMode.DOWN).scale());
        assertEquals(new BigDecimal("0"), Ratio.of(1, 3).decimal(0, RoundingMode.DOWN));
        assertEquals("scale must be from 0 to 1000 but was 1001", assertThrows(IllegalArgumentException.class,
                () -> Ratio.of(1, 3).decimal(Ratio.MAX_SCALE + 1, RoundingMode.DOWN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 3).decimal(-1, RoundingMode.DOWN));
        assertEquals(new BigDecimal("0.25"), Ratio.of(1, 4).decimal(2, RoundingMode.UNNECESSARY));
        assertEquals("1/3 needs more than 2 decimals but rounding was UNNECESSARY", assertThrows(
                ArithmeticException.class, () -> Ratio.of(1, 3).decimal(2, RoundingMode.UNNECESSARY)).getMessage());
    }
}
