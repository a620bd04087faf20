package io.github.saasmetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

    private static final ExchangeRates RATES = ExchangeRates.builder(USD)
            .rate(EUR, JAN_1, new BigDecimal("1.08"))
            .rate("EUR", MAR_1, "1.10")
            .rate(JPY, JAN_1, new BigDecimal("0.0067"))
            .build();

    @Test
    void convertUsesTheLatestRateOnOrBeforeTheDate() {
        // The class example: EUR 100.00 at 1.08 is USD 108.00.
        assertEquals(Money.parse("USD 108.00"), RATES.convert(Money.parse("EUR 100.00"), LocalDate.of(2024, 2, 15)));
        assertEquals(Money.parse("USD 108.00"), RATES.convert(Money.parse("EUR 100.00"), JAN_1));
        assertEquals(Money.parse("USD 108.00"), RATES.convert(Money.parse("EUR 100.00"), MAR_1.minusDays(1)));
        assertEquals(Money.parse("USD 110.00"), RATES.convert(Money.parse("EUR 100.00"), MAR_1));
        assertEquals(Money.parse("USD 110.00"), RATES.convert(Money.parse("EUR 100.00"), LocalDate.of(2030, 1, 1)));
        // JPY has no minor unit: 12,345 × 0.0067 = 82.7115 → USD 82.71.
        assertEquals(Money.parse("USD 82.71"), RATES.convert(Money.parse("JPY 12345"), JAN_1));
        assertEquals(new BigDecimal("1.10"), RATES.rate(EUR, MAR_1));
        assertEquals(BigDecimal.ONE, RATES.rate(USD, LocalDate.MIN));
        assertEquals(USD, RATES.reportingCurrency());
        assertEquals("ExchangeRates[into USD, 2 currencies]", RATES.toString());
    }

    @Test
    void convertRoundsOnceHalfEven() {
        ExchangeRates half = ExchangeRates.builder(USD).rate(EUR, JAN_1, new BigDecimal("0.5")).build();
        // 0.01 × 0.5 = 0.005 → 0.00 (even); 0.03 × 0.5 = 0.015 → 0.02 (even); negative amounts alike.
        assertEquals(Money.parse("USD 0.00"), half.convert(Money.parse("EUR 0.01"), JAN_1));
        assertEquals(Money.parse("USD 0.02"), half.convert(Money.parse("EUR 0.03"), JAN_1));
        assertEquals(Money.parse("USD -0.02"), half.convert(Money.parse("EUR -0.03"), JAN_1));
        assertEquals(2, half.convertMinor(3, EUR, new BigDecimal("0.5")));
        assertEquals(0, half.convertMinor(1, EUR, new BigDecimal("0.5")));
        assertEquals(8271, RATES.convertMinor(12345, JPY, new BigDecimal("0.0067")));
        assertEquals(777, RATES.convertMinor(777, USD, new BigDecimal("3")), "the reporting currency is not converted");
    }

    @Test
    void theReportingCurrencyPassesThroughUnchanged() {
        Money amount = Money.parse("USD 12.34");
        assertSame(amount, RATES.convert(amount, JAN_1));
        assertSame(amount, ExchangeRates.none(USD).convert(amount, LocalDate.MIN));
    }

    @Test
    void aMissingRateNamesBothCurrenciesAndTheDate() {
        assertEquals("no exchange rate from EUR to USD in effect on 2023-12-31", assertThrows(
                IllegalArgumentException.class, () -> RATES.convert(Money.parse("EUR 1.00"), JAN_1.minusDays(1)))
                .getMessage());
        assertEquals("no exchange rate from GBP to USD in effect on 2024-01-01", assertThrows(
                IllegalArgumentException.class, () -> RATES.convert(Money.parse("GBP 1.00"), JAN_1)).getMessage());
        assertEquals("no exchange rate from EUR to USD in effect on 2024-01-01", assertThrows(
                IllegalArgumentException.class, () -> ExchangeRates.none(USD).rate(EUR, JAN_1)).getMessage());
    }

    @Test
    void zeroAndNegativeRatesAreRejected() {
        ExchangeRates.Builder b = ExchangeRates.builder(USD);
        assertEquals("rate from EUR on 2024-01-01 must be positive but was 0", assertThrows(
                IllegalArgumentException.class, () -> b.rate(EUR, JAN_1, BigDecimal.ZERO)).getMessage());
        assertEquals("rate from EUR on 2024-01-01 must be positive but was 0.00", assertThrows(
                IllegalArgumentException.class, () -> b.rate("EUR", JAN_1, "0.00")).getMessage());
        assertEquals("rate from EUR on 2024-01-01 must be positive but was -1.08", assertThrows(
                IllegalArgumentException.class, () -> b.rate(EUR, JAN_1, new BigDecimal("-1.08"))).getMessage());
        // The smallest positive rate is a rate.
        assertEquals(Money.parse("USD 0.00"), b.rate(EUR, JAN_1, new BigDecimal("1e-30")).build()
                .convert(Money.parse("EUR 1.00"), JAN_1));
    }

    @Test
    void badBuilderInputIsNamed() {
        ExchangeRates.Builder b = ExchangeRates.builder(USD).rate(EUR, JAN_1, new BigDecimal("1.08"));
        assertEquals("no rate is needed from the reporting currency USD to itself", assertThrows(
                IllegalArgumentException.class, () -> b.rate(USD, JAN_1, BigDecimal.ONE)).getMessage());
        assertEquals("two rates from EUR on 2024-01-01: 1.08 and 1.09", assertThrows(IllegalArgumentException.class,
                () -> b.rate(EUR, JAN_1, new BigDecimal("1.09"))).getMessage());
        // The same rate twice (in any scale) is not a conflict.
        b.rate(EUR, JAN_1, new BigDecimal("1.080"));
        assertEquals(new BigDecimal("1.08"), b.build().rate(EUR, JAN_1));
        assertEquals("unknown ISO-4217 currency code 'eur'", assertThrows(IllegalArgumentException.class,
                () -> b.rate("eur", JAN_1, "1.08")).getMessage());
        assertEquals("rate from EUR on 2024-01-01 must be a decimal number but was '1,08'", assertThrows(
                IllegalArgumentException.class, () -> b.rate("EUR", JAN_1, "1,08")).getMessage());
        assertEquals("from", assertThrows(NullPointerException.class, () -> b.rate((Currency) null, JAN_1,
                BigDecimal.ONE)).getMessage());
        assertEquals("effectiveFrom", assertThrows(NullPointerException.class, () -> b.rate(EUR, null,
                BigDecimal.ONE)).getMessage());
        assertEquals("rate", assertThrows(NullPointerException.class, () -> b.rate(EUR, JAN_1, (BigDecimal) null))
                .getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> RATES.convert(null, JAN_1)).getMessage());
    }

    @Test
    void laterBuilderChangesDoNotReachABuiltSet() {
        ExchangeRates.Builder b = ExchangeRates.builder(USD).rate(EUR, JAN_1, new BigDecimal("1.08"));
        ExchangeRates built = b.build();
        b.rate(EUR, MAR_1, new BigDecimal("2"));
        assertEquals(new BigDecimal("1.08"), built.rate(EUR, MAR_1));
    }

    @Test
    void overflowNamesTheConversion() {
        ExchangeRates big = ExchangeRates.builder(USD).rate(EUR, JAN_1, new BigDecimal("2")).build();
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> big.convert(Money.ofMinor(EUR, Long.MAX_VALUE), JAN_1));
        assertEquals("converting EUR 92233720368547758.07 into USD at 2 on 2024-01-01 overflows: amount"
                + " 184467440737095516.14 USD does not fit in a long of minor units (at most 9223372036854775807 in"
                + " magnitude)", e.getMessage());
    }

    @Test
    void convertedAmountsRoundTripThroughJson() {
        Money converted = RATES.convert(Money.parse("EUR 99.99"), MAR_1);
        assertEquals("\"USD 109.99\"", JsonRoundTrip.assertRoundTrips(converted, Money.class));
    }
}
