package io.github.saasmetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void textFormUsesTheCurrencyDecimals() {
        assertEquals("USD 12.30", Money.of("USD", "12.3").toString());
        assertEquals("JPY 500", Money.ofMinor("JPY", 500).toString());
        assertEquals("USD -5.00", Money.ofMinor(USD, -500).toString());
        assertEquals("BHD 1.005", Money.of("BHD", "1.005").toString());
        assertEquals(Money.ofMinor(USD, 1230), Money.parse("USD 12.30"));
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.parse("USD 100.00");
        assertEquals(Money.parse("USD 33.33"), a.dividedBy(3, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("USD 33.34"), a.dividedBy(3, RoundingMode.CEILING));
        assertEquals(Money.parse("USD 300.00"), a.times(3));
        assertEquals(Money.parse("USD 90.00"), a.multipliedBy(new BigDecimal("0.9"), RoundingMode.UNNECESSARY));
        assertEquals(Money.parse("USD 0.00"), a.minus(a));
        assertTrue(a.minus(a).zero());
        assertEquals(Money.parse("USD -100.00"), a.negated());
        assertEquals(new BigDecimal("100.00"), a.amount());
    }

    @Test
    void tooManyDecimalsNeedARoundingMode() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Money.of("USD", "1.005"));
        assertTrue(e.getMessage().contains("1.005"), e.getMessage());
        assertEquals(Money.parse("USD 1.00"), Money.of(USD, new BigDecimal("1.005"), RoundingMode.HALF_EVEN));
        assertThrows(ArithmeticException.class, () -> Money.of("JPY", "1.5"));
        assertThrows(ArithmeticException.class,
                () -> Money.ofMinor(USD, 1).multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    }

    @Test
    void overflowIsDetectedAtTheLongBoundary() {
        Money max = Money.ofMinor(USD, Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> max.plus(Money.ofMinor(USD, 1)));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(USD, Long.MIN_VALUE).negated());
        assertThrows(ArithmeticException.class, () -> max.times(2));
        assertThrows(ArithmeticException.class, () -> Money.of(USD, new BigDecimal("1e20")));
        assertThrows(ArithmeticException.class, () -> max.dividedBy(0, RoundingMode.HALF_EVEN));
    }

    @Test
    void mixingCurrenciesNamesBoth() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> Money.parse("USD 1.00").plus(Money.parse("EUR 1.00")));
        assertEquals(USD, e.expected());
        assertEquals(Currency.getInstance("EUR"), e.actual());
        assertEquals("currency mismatch: expected USD but got EUR", e.getMessage());
        assertThrows(CurrencyMismatchException.class,
                () -> Money.parse("USD 1.00").compareTo(Money.parse("EUR 1.00")));
    }

    @Test
    void badTextIsRejectedAndQuoted() {
        for (String bad : new String[] {"USD12.30", "12.30 USD", "USD ", "USD abc", "XYZ 1.00", "US 1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(bad));
            assertTrue(e.getMessage().contains(bad.substring(0, 2)), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Money.ofMinor("XXX", 1));
    }

    @Test
    void comparesWithinOneCurrency() {
        assertTrue(Money.parse("USD 1.00").compareTo(Money.parse("USD 2.00")) < 0);
        assertEquals(1, Money.parse("USD 0.01").signum());
        assertTrue(Money.parse("USD -0.01").negative());
    }

    @Test
    void jsonIsTheTextForm() {
        String json = JsonRoundTrip.assertRoundTrips(Money.parse("USD 23.87"), Money.class);
        assertEquals("\"USD 23.87\"", json);
    }
}
