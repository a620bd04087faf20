package io.github.saasmetrics.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountTest {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final Money FIVE = Money.parse("USD 5.00");

    @Test
    void factoriesFillTheDurationAndMonths() {
        assertEquals(new Discount(TEN, null, Discount.Duration.FOREVER, 0), Discount.percentForever(TEN));
        assertEquals(new Discount(TEN, null, Discount.Duration.REPEATING, 3), Discount.percentRepeating(TEN, 3));
        assertEquals(new Discount(TEN, null, Discount.Duration.ONCE, 0), Discount.percentOnce(TEN));
        assertEquals(new Discount(null, FIVE, Discount.Duration.FOREVER, 0), Discount.amountForever(FIVE));
        assertEquals(new Discount(null, FIVE, Discount.Duration.REPEATING, 12), Discount.amountRepeating(FIVE, 12));
        assertEquals(new Discount(null, FIVE, Discount.Duration.ONCE, 0), Discount.amountOnce(FIVE));
        assertNull(Discount.amountOnce(FIVE).percentOff());
        assertNull(Discount.percentOnce(TEN).amountOff());
    }

    @Test
    void percentIsAboveZeroAndAtMostOneHundred() {
        assertEquals(new BigDecimal("100"), Discount.percentForever(new BigDecimal("100")).percentOff());
        assertEquals(new BigDecimal("0.01"), Discount.percentForever(new BigDecimal("0.01")).percentOff());
        for (String bad : new String[] {"0", "0.00", "-5", "100.01", "1E+3"}) {
            assertEquals("percentOff must be greater than 0 and at most 100 but was " + new BigDecimal(bad).toPlainString(),
                    assertThrows(IllegalArgumentException.class,
                            () -> Discount.percentForever(new BigDecimal(bad))).getMessage());
        }
    }

    @Test
    void exactlyOneOfPercentAndAmount() {
        assertEquals("a discount needs exactly one of percentOff and amountOff but had 10 and USD 5.00", assertThrows(
                IllegalArgumentException.class, () -> new Discount(TEN, FIVE, Discount.Duration.FOREVER, 0)).getMessage());
        assertEquals("a discount needs exactly one of percentOff and amountOff but had null and null", assertThrows(
                IllegalArgumentException.class, () -> new Discount(null, null, Discount.Duration.FOREVER, 0)).getMessage());
        assertEquals("amountOff must be positive but was USD 0.00", assertThrows(IllegalArgumentException.class,
                () -> Discount.amountForever(Money.parse("USD 0.00"))).getMessage());
        assertEquals("amountOff must be positive but was USD -5.00", assertThrows(IllegalArgumentException.class,
                () -> Discount.amountForever(FIVE.negated())).getMessage());
        assertEquals("duration", assertThrows(NullPointerException.class, () -> new Discount(TEN, null, null, 0))
                .getMessage());
    }

    @Test
    void monthsFitTheDuration() {
        assertEquals(1, Discount.percentRepeating(TEN, 1).months());
        assertEquals("months must be at least 1 for a repeating discount and 0 otherwise, but was 0 for REPEATING",
                assertThrows(IllegalArgumentException.class, () -> Discount.percentRepeating(TEN, 0)).getMessage());
        assertEquals("months must be at least 1 for a repeating discount and 0 otherwise, but was -1 for REPEATING",
                assertThrows(IllegalArgumentException.class, () -> Discount.amountRepeating(FIVE, -1)).getMessage());
        assertEquals("months must be at least 1 for a repeating discount and 0 otherwise, but was 3 for FOREVER",
                assertThrows(IllegalArgumentException.class,
                        () -> new Discount(TEN, null, Discount.Duration.FOREVER, 3)).getMessage());
        assertEquals("months must be at least 1 for a repeating discount and 0 otherwise, but was 1 for ONCE",
                assertThrows(IllegalArgumentException.class,
                        () -> new Discount(null, FIVE, Discount.Duration.ONCE, 1)).getMessage());
    }

    @Test
    void jsonRoundTrips() {
        assertEquals("{\"percentOff\":20,\"amountOff\":null,\"duration\":\"REPEATING\",\"months\":3}",
                JsonRoundTrip.assertRoundTrips(Discount.percentRepeating(new BigDecimal("20"), 3), Discount.class));
        assertEquals("{\"percentOff\":null,\"amountOff\":\"USD 5.00\",\"duration\":\"ONCE\",\"months\":0}",
                JsonRoundTrip.assertRoundTrips(Discount.amountOnce(FIVE), Discount.class));
        JsonRoundTrip.assertRoundTrips(Discount.percentForever(new BigDecimal("12.5")), Discount.class);
    }
}
