package io.github.saasmetrics.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.limits.Limits;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("USD", Limits.quote("USD"));
        assertEquals("x".repeat(64), Limits.quote("x".repeat(64)));
        assertEquals("null", Limits.quote((CharSequence) null));
    }

    @Test
    void longTextIsCutAndItsLengthSaid() {
        assertEquals("x".repeat(64) + "… (1000000 characters)", Limits.quote("x".repeat(1_000_000)));
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String text = "x".repeat(63) + "😀" + "y";
        assertEquals("x".repeat(63) + "… (66 characters)", Limits.quote(text));
    }

    @Test
    void decimalsArePlainUnlessLong() {
        assertEquals("0.0125", Limits.quote(new BigDecimal("0.0125")));
        assertEquals("1E+999999999", Limits.quote(new BigDecimal("1e999999999")));
        assertEquals("1E-999999999", Limits.quote(new BigDecimal("1e-999999999")));
        assertEquals("1" + "0".repeat(39), Limits.quote(new BigDecimal("1e39")));
        assertEquals("1E+40", Limits.quote(new BigDecimal("1e40")));
        assertEquals("0." + "0".repeat(39) + "1", Limits.quote(new BigDecimal("1e-40")));
        assertEquals("1E-41", Limits.quote(new BigDecimal("1e-41")));
        assertEquals("null", Limits.quote((BigDecimal) null));
    }

    @Test
    void theHarnessFailsARunawayCall() {
        HostileCase allocates = HostileCase.of("test", "allocates without bound", IllegalStateException.class, () -> {
            StringBuilder text = new StringBuilder();
            while (true) {
                text.append("0123456789".repeat(1000));
            }
        });
        assertThrows(AssertionError.class, () -> HostileInput.check(allocates));
        HostileCase loops = HostileCase.of("test", "loops", IllegalStateException.class, () -> {
            long i = 0;
            while (!Thread.currentThread().isInterrupted() || i >= 0) {
                i++;
            }
        });
        assertThrows(AssertionError.class, () -> HostileInput.check(loops));
        HostileCase unnamed = HostileCase.of("test", "message without the value", IllegalArgumentException.class,
                () -> {
                    throw new IllegalArgumentException("bad");
                }, "value 7");
        assertThrows(AssertionError.class, () -> HostileInput.check(unnamed));
    }
}
