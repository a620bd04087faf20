package io.github.saasmetrics.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.nps.Nps;
import io.github.saasmetrics.nps.NpsResponse;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsServiceTest {

    private final MetricsService service = new MetricsService();
    private final ObjectMapper mapper = service.mapper();

    private JsonNode answer(String request) throws IOException {
        return mapper.readTree(service.handle(request));
    }

    @Test
    void rowsGiveOneBridgePerMonthAndTheTotal() throws IOException {
        JsonNode response = answer("""
                {"currency": "USD", "from": "2024-01", "to": "2024-02",
                 "rows": [{"customer": "a", "month": "2024-01", "mrr": "USD 100.00"},
                          {"customer": "b", "month": "2024-01", "mrr": "USD 10.00"},
                          {"customer": "a", "month": "2024-02", "mrr": "USD 250.00"},
                          {"customer": "e", "month": "2024-02", "mrr": "USD 25.00"}]}
                """);
        assertEquals(ReportingPeriod.months(YearMonth.of(2024, 1), YearMonth.of(2024, 2)).toString(),
                response.path("period").asText());
        assertEquals(2, response.path("months").size());
        JsonNode feb = response.path("months").get(1);
        assertEquals("2024-02", feb.path("period").asText());
        assertEquals("USD 110.00", feb.path("start").asText());
        assertEquals("USD 150.00", feb.path("expansion").asText());
        assertEquals("USD 25.00", feb.path("newBusiness").asText());
        assertEquals("USD 10.00", feb.path("churn").asText());
        assertEquals("USD 275.00", feb.path("end").asText());
        assertEquals("USD 0.00", response.path("total").path("start").asText());
        assertEquals("USD 275.00", response.path("total").path("end").asText());
        assertTrue(response.path("npsScore").isNull(), "no responses, no score");
    }

    @Test
    void theBundledRequestIsAnsweredWithTheLibrarysNumbers() throws IOException {
        String request;
        try (InputStream in = MetricsService.class.getResourceAsStream("/service/request.json")) {
            request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MetricsRequest parsed = mapper.readValue(request, MetricsRequest.class);
        MetricsResponse response = mapper.readValue(service.handle(request), MetricsResponse.class);

        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        MrrLedger ledger = MrrLedger.fromSubscriptions(parsed.subscriptions(), q1, MrrConventions.chartMogul(),
                ExchangeRates.builder(Currency.getInstance("USD"))
                        .rate(Currency.getInstance("EUR"), LocalDate.of(2024, 1, 1), new BigDecimal("1.09")).build());
        assertEquals(MrrMovements.monthly(ledger, q1), response.months());
        assertEquals(MrrMovements.bridge(ledger, q1), response.total());
        assertEquals(Nps.score(parsed.npsResponses()), response.nps());
        assertEquals(Nps.score(parsed.npsResponses()).score(), response.npsScore());
        assertEquals(Nps.score(parsed.npsResponses()).adjustedWaldInterval(0.95), response.npsInterval());
        assertEquals(Nps.monthlyTrend(parsed.npsResponses()), response.npsMonthly());
        assertEquals(4, parsed.subscriptions().size());
        assertEquals(List.of(), parsed.subscriptions().get(0).statusChanges(), "absent lists are empty");
    }

    @Test
    void badRequestsAnswerWithAnErrorThatSaysWhatIsWrong() throws IOException {
        assertEquals("malformed JSON", answer("{\"currency\": ").path("error").asText().substring(0, 14));
        String unknownPreset = answer("""
                {"currency": "USD", "from": "2024-01", "to": "2024-02", "conventions": "recurly"}
                """).path("error").asText();
        assertEquals("conventions must be one of [baremetrics, chartMogul, defaults, lago, profitWell, stripe] but was"
                + " 'recurly'", unknownPreset);
        String backwards = answer("""
                {"currency": "USD", "from": "2024-03", "to": "2024-02"}
                """).path("error").asText();
        assertTrue(backwards.startsWith("to (2024-02) must not be before from (2024-03)"), backwards);
        String score = answer("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "npsResponses": [{"customer": "a", "score": 11, "date": "2024-01-05"}]}
                """).path("error").asText();
        assertTrue(score.contains("11"), score);
        String missingRate = answer("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "subscriptions": [{"id": "s", "customer": "c", "plan": "p", "unitPrice": "EUR 10.00",
                                    "quantity": 1, "interval": "P1M", "start": "2024-01-05"}]}
                """).path("error").asText();
        assertTrue(missingRate.contains("no exchange rate from EUR to USD"), missingRate);
        String unknownField = answer("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01", "colour": "blue"}
                """).path("error").asText();
        assertTrue(unknownField.contains("colour"), unknownField);
    }

    @Test
    void theResponseRoundTripsThroughJson() throws IOException {
        String request = """
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "rows": [{"customer": "a", "month": "2024-01", "mrr": "USD 100.00"}],
                 "npsResponses": [{"customer": "a", "score": 9, "date": "2024-01-05"}]}
                """;
        String json = service.handle(request);
        assertFalse(json.contains("\"error\""), json);
        MetricsResponse response = mapper.readValue(json, MetricsResponse.class);
        assertEquals(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(response));
        assertEquals(List.of(NpsResponse.of("a", 9, LocalDate.of(2024, 1, 5))),
                mapper.readValue(request, MetricsRequest.class).npsResponses());
    }
}
