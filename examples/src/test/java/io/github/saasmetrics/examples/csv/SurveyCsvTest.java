package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.CsatRating;
import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.surveys.NpsResponse;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NPS, CSAT, customer and exchange-rate files: round trips and messages that name line and column. */
class SurveyCsvTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    @Test
    void npsResponsesRoundTripWithAndWithoutWeights() {
        List<NpsResponse> plain = List.of(NpsResponse.of("c1", 9, DAY), NpsResponse.of("c2", 0, DAY.plusDays(1)));
        StringWriter out = new StringWriter();
        SurveyCsv.writeNps(plain, out);
        assertEquals("customer,date,score\nc1,2024-03-05,9\nc2,2024-03-06,0\n", out.toString());
        assertEquals(plain, SurveyCsv.readNps(new StringReader(out.toString()), "nps.csv"));

        List<NpsResponse> weighted = List.of(NpsResponse.of("c1", 9, DAY).withWeight(2.5), NpsResponse.of("c2", 7, DAY));
        StringWriter w = new StringWriter();
        SurveyCsv.writeNps(weighted, w);
        assertEquals(weighted, SurveyCsv.readNps(new StringReader(w.toString()), "nps.csv"));
    }

    @Test
    void badNpsRowsNameLineAndColumn() {
        CsvFormatException score = assertThrows(CsvFormatException.class, () -> SurveyCsv.readNps(
                new StringReader("customer,date,score,comment\nc1,2024-03-05,9,great\nc2,2024-03-05,11,\"too, much\"\n"),
                "nps.csv"));
        assertEquals("nps.csv line 3, column 'score': must be a whole number from 0 to 10 but was '11'",
                score.getMessage());
        assertEquals("score", score.column());
        assertEquals("11", score.value());
        CsvFormatException weight = assertThrows(CsvFormatException.class, () -> SurveyCsv.readNps(
                new StringReader("customer,date,score,weight\nc1,2024-03-05,9,-1\n"), "nps.csv"));
        assertEquals("nps.csv line 2, column 'weight': must be from 1e-100 to 1e100 but was '-1'", weight.getMessage());
        CsvFormatException date = assertThrows(CsvFormatException.class, () -> SurveyCsv.readNps(
                new StringReader("customer,date,score\nc1,yesterday,9\n"), "nps.csv"));
        assertEquals(2, date.line());
        assertEquals("date", date.column());
    }

    @Test
    void csatRatingsRoundTripAndStayOnTheScale() {
        List<CsatRating> ratings = List.of(new CsatRating(CustomerId.of("c1"), DAY, 5),
                new CsatRating(CustomerId.of("c2"), DAY, 1));
        StringWriter out = new StringWriter();
        SurveyCsv.writeCsat(ratings, out);
        assertEquals(ratings, SurveyCsv.readCsat(new StringReader(out.toString()), "csat.csv"));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SurveyCsv.readCsat(
                new StringReader("customer,date,rating\nc1,2024-03-05,0\n"), "csat.csv"));
        assertEquals("csat.csv line 2, column 'rating': must be a whole number from 1 to 5 but was '0'", e.getMessage());
    }

    @Test
    void customersKeepTheirAttributesAndIdsMustBeUnique() {
        List<Customer> customers = List.of(
                new Customer(CustomerId.of("c1"), null, Map.of("segment", "smb", "region", "EU")),
                new Customer(CustomerId.of("c2"), DAY, Map.of("segment", "enterprise")));
        StringWriter out = new StringWriter();
        CustomerCsv.write(customers, out);
        assertEquals("customer,first_paid_date,region,segment\nc1,,EU,smb\nc2,2024-03-05,,enterprise\n", out.toString());
        assertEquals(customers, CustomerCsv.read(new StringReader(out.toString()), "customers.csv"));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CustomerCsv.read(
                new StringReader("customer,segment\nc1,smb\nc1,smb\n"), "customers.csv"));
        assertEquals("customers.csv line 3, column 'customer': must be unique, and line 2 has the same id but was 'c1'",
                e.getMessage());
    }

    @Test
    void exchangeRatesRoundTripAndMustBePositive() {
        List<ExchangeRate> rates = List.of(new ExchangeRate(Currency.getInstance("EUR"), DAY, new BigDecimal("1.0853")));
        StringWriter out = new StringWriter();
        ExchangeRateCsv.write(rates, out);
        assertEquals("currency,effective_from,rate\neur,2024-03-05,1.0853\n", out.toString());
        assertEquals(rates, ExchangeRateCsv.read(new StringReader(out.toString()), "rates.csv"));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> ExchangeRateCsv.read(
                new StringReader("currency,effective_from,rate\neur,2024-03-05,0\n"), "rates.csv"));
        assertEquals("rates.csv line 2, column 'rate': must be positive but was '0'", e.getMessage());
    }

    @Test
    void anAbsurdRateIsRefusedBeforeAnythingWritesItOut() {
        for (String rate : List.of("1e999999999", "1e19", "1e-19", "1e-999999999")) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> ExchangeRateCsv.read(
                    new StringReader("currency,effective_from,rate\neur,2024-03-05," + rate + "\n"), "rates.csv"));
            assertEquals("rates.csv line 2, column 'rate': must be from 1E-18 to 1E+18 (outside it every conversion"
                    + " gives zero or overflows) but was '" + rate + "'", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new ExchangeRate(Currency.getInstance("EUR"), DAY,
                new BigDecimal("-1e999999999")));
    }

    @Test
    void aCellOfAMegabyteIsQuotedByItsFirst64CharactersAndItsLength() {
        String cell = "9".repeat(1_000_000);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SurveyCsv.readNps(
                new StringReader("customer,date,score\nc1,2024-03-05," + cell + "\n"), "nps.csv"));
        assertEquals("nps.csv line 2, column 'score': must be a whole number from 0 to 10 but was '"
                + "9".repeat(64) + "… (1000000 characters)'", e.getMessage());
        assertEquals(cell, e.value());
    }
}
