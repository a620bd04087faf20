package io.github.saasmetrics.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Rates shipped to a distributed job's workers convert exactly as the original. */
class ExchangeRatesSerializationTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static ExchangeRates roundTrip(ExchangeRates rates) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rates);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ExchangeRates) in.readObject();
        }
    }

    @Test
    void ratesConvertTheSameAfterSerialization() throws Exception {
        ExchangeRates rates = ExchangeRates.builder(USD).rate("EUR", LocalDate.of(2024, 1, 1), "1.08")
                .rate("EUR", LocalDate.of(2024, 3, 1), "1.10").rate("GBP", LocalDate.of(2024, 1, 1), "1.27").build();
        ExchangeRates copy = roundTrip(rates);
        assertEquals(USD, copy.reportingCurrency());
        assertEquals(new BigDecimal("1.08"), copy.rate(EUR, LocalDate.of(2024, 2, 29)));
        assertEquals(new BigDecimal("1.10"), copy.rate(EUR, LocalDate.of(2024, 3, 1)));
        assertEquals(Money.of(USD, new BigDecimal("127.00")),
                copy.convert(Money.of("GBP", "100.00"), LocalDate.of(2024, 6, 1)));
        assertThrows(IllegalArgumentException.class, () -> copy.rate(EUR, LocalDate.of(2023, 12, 31)));
    }

    @Test
    void noRatesStayNoRates() throws Exception {
        ExchangeRates copy = roundTrip(ExchangeRates.none(USD));
        assertEquals(BigDecimal.ONE, copy.rate(USD, LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> copy.rate(EUR, LocalDate.of(2024, 1, 1)));
    }
}
