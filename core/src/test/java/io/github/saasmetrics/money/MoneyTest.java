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
    void parseFailuresAreIllegalArgumentsQuotingTheText() {
        for (String bad : new String[] {"USD 1e30", "USD 1.005", "JPY 0.5", "usd 1.00", "USD 1e-999999999",
            "USD 92233720368547758.08", "USD -92233720368547758.09", "USD 1e999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertEquals("money text 'USD 1e30' is out of range: amount 1000000000000000000000000000000 USD does not fit in a long of minor units"
                + " (at most 9223372036854775807 in magnitude)", assertThrows(IllegalArgumentException.class,
                        () -> Money.parse("USD 1e30")).getMessage());
        assertEquals("money text 'USD 1.005' has more than 2 decimals for USD",
                assertThrows(IllegalArgumentException.class, () -> Money.parse("USD 1.005")).getMessage());
        assertEquals(Money.ofMinor(USD, Long.MAX_VALUE), Money.parse("USD 92233720368547758.07"));
        assertEquals(Money.ofMinor(USD, Long.MIN_VALUE), Money.parse("USD -92233720368547758.08"));
        assertEquals(Money.ofMinor(USD, 100), Money.parse("USD 1e0"));
        assertEquals(Money.ofMinor(USD, 0), Money.parse("USD 0e-999999999"));
    }

    @Test
    void overflowMessagesNameTheOperation() {
        Money min = Money.ofMinor(USD, Long.MIN_VALUE);
        ArithmeticException division = assertThrows(ArithmeticException.class, () -> min.dividedBy(-1, RoundingMode.HALF_EVEN));
        assertEquals("USD -92233720368547758.08 ÷ -1 does not fit in a long of minor units (at most 9223372036854775807"
                + " in magnitude)", division.getMessage());
        assertEquals(Money.ofMinor(USD, Long.MIN_VALUE), min.dividedBy(1, RoundingMode.UNNECESSARY));
        assertEquals(Money.ofMinor(USD, -Long.MAX_VALUE), Money.ofMinor(USD, Long.MAX_VALUE).dividedBy(-1, RoundingMode.UNNECESSARY));
        assertEquals("USD 0.01 ÷ 2 needs rounding but the rounding mode is UNNECESSARY", assertThrows(
                ArithmeticException.class, () -> Money.ofMinor(USD, 1).dividedBy(2, RoundingMode.UNNECESSARY)).getMessage());
        Money max = Money.ofMinor(USD, Long.MAX_VALUE);
        assertEquals("USD 92233720368547758.07 + USD 0.01 overflows a long of minor units",
                assertThrows(ArithmeticException.class, () -> max.plus(Money.ofMinor(USD, 1))).getMessage());
        assertEquals("USD -92233720368547758.08 − USD 0.01 overflows a long of minor units",
                assertThrows(ArithmeticException.class, () -> min.minus(Money.ofMinor(USD, 1))).getMessage());
        assertEquals("−(USD -92233720368547758.08) overflows a long of minor units",
                assertThrows(ArithmeticException.class, min::negated).getMessage());
        assertEquals("USD 92233720368547758.07 × 2 overflows a long of minor units",
                assertThrows(ArithmeticException.class, () -> max.times(2)).getMessage());
        assertEquals("USD 92233720368547758.07 × 1.5 does not fit in a long of minor units (at most 9223372036854775807"
                + " in magnitude)", assertThrows(ArithmeticException.class,
                        () -> max.multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_EVEN)).getMessage());
        assertEquals("amount 100000000000000000000 USD does not fit in a long of minor units (at most 9223372036854775807 in magnitude)",
                assertThrows(ArithmeticException.class, () -> Money.of(USD, new BigDecimal("1e20"))).getMessage());
    }

    @Test
    void hugeAndTinyExponentsAreAnsweredWithoutHugeIntermediates() {
        BigDecimal huge = new BigDecimal("1e999999999");
        BigDecimal tiny = new BigDecimal("1e-999999999");
        assertThrows(ArithmeticException.class, () -> Money.of(USD, huge));
        assertThrows(ArithmeticException.class, () -> Money.of(USD, huge, RoundingMode.HALF_EVEN));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(USD, 1).multipliedBy(huge, RoundingMode.HALF_EVEN));
        assertEquals(Money.zero(USD), Money.of(USD, tiny, RoundingMode.HALF_EVEN));
        assertEquals(Money.ofMinor(USD, 1), Money.of(USD, tiny, RoundingMode.UP));
        assertEquals(Money.ofMinor(USD, -1), Money.of(USD, tiny.negate(), RoundingMode.FLOOR));
        assertEquals(Money.zero(USD), Money.of(USD, tiny.negate(), RoundingMode.CEILING));
        assertEquals(Money.zero(USD), Money.ofMinor(USD, 5).multipliedBy(tiny, RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(USD, 5).multipliedBy(tiny, RoundingMode.UNNECESSARY));
        ArithmeticException decimals = assertThrows(ArithmeticException.class, () -> Money.of(USD, tiny));
        assertTrue(decimals.getMessage().startsWith("amount 1E-999999999 has more than 2 decimals"), decimals.getMessage());
    }

    @Test
    void limitsAreExactAtTheirBoundaries() {
        // A text of 104 characters is read; one of 105 is too long.
        String longest = "USD 1.0" + "0".repeat(97);
        assertEquals(104, longest.length());
        assertEquals(Money.parse("USD 1.00"), Money.parse(longest));
        assertEquals("money text '" + longest.substring(0, 64) + "… (105 characters)' is too long: at most 104"
                + " characters", assertThrows(IllegalArgumentException.class,
                        () -> Money.parse(longest + "0")).getMessage());
        // The shortest text: a code, a space and one digit.
        assertEquals(Money.parse("USD 1.00"), Money.parse("USD 1"));
        // An amount of 100 digits is read (and is too large); one of 101 is refused by its length.
        BigDecimal hundred = new BigDecimal("1" + "0".repeat(99));
        assertTrue(assertThrows(ArithmeticException.class, () -> Money.of(USD, hundred)).getMessage()
                .endsWith("USD does not fit in a long of minor units (at most 9223372036854775807 in magnitude)"));
        assertEquals("amount 1E+100 has 101 digits, more than the 100 an amount may be written with", assertThrows(
                ArithmeticException.class, () -> Money.of(USD, new BigDecimal("1" + "0".repeat(100)))).getMessage());
        // Amounts in messages are written out up to 40 digits either side of the point.
        assertEquals("amount " + "1" + "0".repeat(39) + " USD does not fit in a long of minor units (at most"
                + " 9223372036854775807 in magnitude)", assertThrows(ArithmeticException.class,
                        () -> Money.of(USD, new BigDecimal("1" + "0".repeat(39)))).getMessage());
        assertEquals("amount 1E+40 USD does not fit in a long of minor units (at most 9223372036854775807 in"
                + " magnitude)", assertThrows(ArithmeticException.class,
                        () -> Money.of(USD, new BigDecimal("1e40"))).getMessage());
        assertTrue(assertThrows(ArithmeticException.class, () -> Money.of(USD, new BigDecimal("1e-40"))).getMessage()
                .startsWith("amount 0." + "0".repeat(39) + "1 has more than 2 decimals"));
        assertTrue(assertThrows(ArithmeticException.class, () -> Money.of(USD, new BigDecimal("1e-41"))).getMessage()
                .startsWith("amount 1E-41 has more than 2 decimals"));
        // Texts up to 64 characters are quoted whole in messages; longer ones by their start and length.
        String sixtyFour = "USD " + "x".repeat(60);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Money.parse(sixtyFour)).getMessage()
                .endsWith("'" + sixtyFour + "'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Money.parse(sixtyFour + "y")).getMessage()
                .endsWith("'" + sixtyFour + "… (65 characters)'"));
        // Overflow and rounding are told apart.
        assertEquals("amount 92233720368547758.08 USD does not fit in a long of minor units (at most"
                + " 9223372036854775807 in magnitude)", assertThrows(ArithmeticException.class,
                        () -> Money.of(USD, new BigDecimal("92233720368547758.08"))).getMessage());
        assertEquals("USD 0.01 × 0.5 needs rounding but the rounding mode is UNNECESSARY", assertThrows(
                ArithmeticException.class, () -> Money.ofMinor(USD, 1).multipliedBy(new BigDecimal("0.5"),
                        RoundingMode.UNNECESSARY)).getMessage());
        assertEquals("USD 92233720368547758.07 × 1.000000000000000000001 does not fit in a long of minor units (at"
                + " most 9223372036854775807 in magnitude)", assertThrows(ArithmeticException.class,
                        () -> Money.ofMinor(USD, Long.MAX_VALUE).multipliedBy(new BigDecimal("1.000000000000000000001"),
                                RoundingMode.UP)).getMessage());
        assertEquals(Money.ofMinor(USD, Long.MAX_VALUE), Money.ofMinor(USD, Long.MAX_VALUE).multipliedBy(
                new BigDecimal("1.000000000000000000001"), RoundingMode.DOWN));
        // Amounts below a thousandth of a minor unit round as in every mode.
        assertEquals(Money.ofMinor(USD, 1), Money.of(USD, new BigDecimal("0.00001"), RoundingMode.UP));
        assertEquals(Money.ofMinor(USD, 0), Money.of(USD, new BigDecimal("0.00001"), RoundingMode.HALF_UP));
        assertEquals(Money.ofMinor(USD, 1), Money.of(USD, new BigDecimal("0.00004"), RoundingMode.CEILING));
        assertEquals(Money.ofMinor(USD, 1), Money.of(USD, new BigDecimal("0.004"), RoundingMode.UP));
    }

    @Test
    void equalAmountsHashAlikeAndOthersApart() {
        assertEquals(Money.parse("USD 1.00").hashCode(), Money.ofMinor(USD, 100).hashCode());
        assertTrue(Money.parse("USD 1.00").hashCode() != Money.parse("USD 2.00").hashCode());
        assertTrue(Money.parse("USD 1.00").hashCode() != Money.parse("EUR 1.00").hashCode());
        assertTrue(!Money.parse("USD 1.00").equals(Money.parse("EUR 1.00")));
        assertTrue(!Money.parse("USD 1.00").equals("USD 1.00"));
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
