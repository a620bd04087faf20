package io.github.saasmetrics.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsResponse;
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

    /** The error of a request: its path and message, and nothing else in the answer. */
    private List<String> error(String request) throws IOException {
        JsonNode answer = answer(request);
        assertEquals(List.of("error"), fieldNames(answer), answer::toString);
        JsonNode error = answer.path("error");
        assertEquals(List.of("path", "message"), fieldNames(error), answer::toString);
        assertTrue(error.path("path").isTextual() && error.path("message").isTextual(), answer::toString);
        assertFalse(error.path("message").asText().isBlank(), answer::toString);
        return List.of(error.path("path").asText(), error.path("message").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void badRequestsAnswerWithAnErrorThatSaysWhereAndWhatIsWrong() throws IOException {
        List<String> malformed = error("{\"currency\": ");
        assertEquals("/currency", malformed.get(0));
        assertTrue(malformed.get(1).startsWith("malformed JSON: Unexpected end-of-input"), malformed.get(1));
        assertEquals(List.of("/conventions", "conventions must be one of [baremetrics, chartMogul, defaults, lago,"
                + " profitWell, stripe] but was 'recurly'"), error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-02", "conventions": "recurly"}
                """));
        assertEquals(List.of("/to", "must not be before from (2024-03) but was 2024-02"), error("""
                {"currency": "USD", "from": "2024-03", "to": "2024-02"}
                """));
        List<String> score = error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "npsResponses": [{"customer": "a", "score": 11, "date": "2024-01-05"}]}
                """);
        assertEquals("/npsResponses/0/score", score.get(0));
        assertTrue(score.get(1).contains("11"), score.get(1));
        assertEquals(List.of("/subscriptions/0", "subscription s of customer c: no exchange rate from EUR to USD in effect"
                + " on 2024-01-05"), error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "subscriptions": [{"id": "s", "customer": "c", "plan": "p", "unitPrice": "EUR 10.00",
                                    "quantity": 1, "interval": "P1M", "start": "2024-01-05"}]}
                """));
        List<String> unknownField = error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01", "colour": "blue"}
                """);
        assertEquals("/colour", unknownField.get(0));
        assertTrue(unknownField.get(1).startsWith("is not a field here; the fields are ["), unknownField.get(1));
    }

    @Test
    void errorsOnceUnhelpfulNowNameThePathAndTheProblem() throws IOException {
        // Unknown currency: the answer was {"error": null}.
        assertEquals(List.of("/currency", "must be an ISO-4217 currency code such as USD but was 'XYZ'"), error("""
                {"currency": "XYZ", "from": "2024-01", "to": "2024-01"}
                """));
        assertEquals(List.of("/currency", "must be a currency that amounts can be in, such as USD, but was 'XXX',"
                + " which has no minor unit"), error("""
                {"currency": "XXX", "from": "2024-01", "to": "2024-01"}
                """));
        // A null row: the answer was "null (at )".
        assertEquals(List.of("/rows/0", "must be an object, not null"), error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01", "rows": [null]}
                """));
        assertEquals(List.of("/npsResponses/1", "must be an object, not null"), error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "npsResponses": [{"customer": "a", "score": 9, "date": "2024-01-05"}, null]}
                """));
        // A body of null: the answer leaked a NullPointerException's text.
        assertEquals(List.of("", "the request must be a JSON object but was null"), error("null"));
        // An empty object: the answer was "currency (at )".
        assertEquals(List.of("/currency", "is required"), error("{}"));
        assertEquals(List.of("/to", "is required"), error("""
                {"currency": "USD", "from": "2024-01"}
                """));
        assertEquals(List.of("/rows/0/mrr", "is required"), error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01", "rows": [{"customer": "a", "month": "2024-01"}]}
                """));
        assertEquals(List.of("/rows/0/mrr", "money text 'USD 1e30' is out of range: amount"
                + " 1000000000000000000000000000000 USD does not fit in a long of minor units (at most"
                + " 9223372036854775807 in magnitude)"), error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "rows": [{"customer": "a", "month": "2024-01", "mrr": "USD 1e30"}]}
                """));
        List<String> month = error("""
                {"currency": "USD", "from": "2024-13", "to": "2024-01"}
                """);
        assertEquals("/from", month.get(0));
        assertTrue(month.get(1).startsWith("cannot be read as YearMonth but was 2024-13"), month.get(1));
        List<String> empty = error("");
        assertEquals("", empty.get(0));
        List<String> array = error("[]");
        assertEquals("", array.get(0));
        List<String> wrongType = error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01", "rows": {"customer": "a"}}
                """);
        assertEquals("/rows", wrongType.get(0));
    }

    @Test
    void aRowTheLedgerRejectsIsNamedByItsIndex() throws IOException {
        assertEquals("/rows/1", error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "rows": [{"customer": "a", "month": "2024-01", "mrr": "USD 1.00"},
                          {"customer": "b", "month": "2024-01", "mrr": "EUR 1.00"}]}
                """).get(0));
        assertEquals("/exchangeRates/0/currency", error("""
                {"currency": "USD", "from": "2024-01", "to": "2024-01",
                 "exchangeRates": [{"currency": "USD", "effectiveFrom": "2024-01-01", "rate": 1.0}]}
                """).get(0));
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

    @Test
    void theLimitsAreTheServicesOwnAndEachIsChecked() throws IOException {
        assertEquals(ServiceLimits.defaults(), service.limits());
        assertEquals(new ServiceLimits(1 << 20, 16, 1_000, 100, 2_000_000), ServiceLimits.defaults());
        IllegalArgumentException zero = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ServiceLimits.defaults().withMaxStringLength(0));
        assertEquals("maxStringLength must be at least 1 but was 0", zero.getMessage());
        MetricsService small = new MetricsService(ServiceLimits.defaults().withMaxRequestBytes(64));
        String request = "{\"currency\": \"USD\", \"from\": \"2024-01\", \"to\": \"2024-01\"}";
        assertFalse(small.handle(request).contains("\"error\""));
        String longer = request.replace("}", ", \"conventions\": \"defaults\"}");
        assertEquals("{\"error\":{\"path\":\"\",\"message\":\"the request is too large: more than 64 bytes, at most 64"
                + " (maxRequestBytes)\"}}", small.handle(longer));
        assertEquals(small.handle(longer), small.handle(new java.io.ByteArrayInputStream(
                longer.getBytes(StandardCharsets.UTF_8))));
        assertEquals(service.handle(request), service.handle(new java.io.ByteArrayInputStream(
                request.getBytes(StandardCharsets.UTF_8))));
        MetricsService few = new MetricsService(ServiceLimits.defaults().withMaxSubscriptionMonths(8));
        JsonNode ok = mapper.readTree(few.handle("""
                {"currency": "USD", "from": "2024-01", "to": "2024-03",
                 "subscriptions": [{"id": "a", "customer": "c", "plan": "p", "unitPrice": "USD 1.00", "quantity": 1,
                                    "interval": "P1M", "start": "2024-01-05"},
                                   {"id": "b", "customer": "c", "plan": "p", "unitPrice": "USD 1.00", "quantity": 1,
                                    "interval": "P1M", "start": "2024-01-05"}]}
                """));
        assertEquals("USD 2.00", ok.path("total").path("end").asText(), ok::toString);
        JsonNode refused = mapper.readTree(new MetricsService(ServiceLimits.defaults().withMaxSubscriptionMonths(7))
                .handle(request.replace("}", ", \"subscriptions\": [{\"id\": \"a\", \"customer\": \"c\", \"plan\":"
                        + " \"p\", \"unitPrice\": \"USD 1.00\", \"quantity\": 1, \"interval\": \"P1M\", \"start\":"
                        + " \"2024-01-05\"}]}").replace("\"to\": \"2024-01\"", "\"to\": \"2024-07\"")));
        assertEquals("/subscriptions", refused.path("error").path("path").asText(), refused::toString);
        assertTrue(refused.path("error").path("message").asText().startsWith("1 subscriptions over 8 ledger months"),
                refused::toString);
    }

    @Test
    void thePeriodIsCheckedBeforeTheLibraryListsItsMonths() throws IOException {
        InvalidRequestException toFar = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> service.compute(new MetricsRequest("USD", YearMonth.of(2024, 1), YearMonth.of(999_999_999, 12),
                        null, null, null, null, null)));
        assertEquals("/to", toFar.path());
        assertEquals("the period 2024-01..999999999-12 spans 11999975712 months, at most 32766 (a ledger spans at"
                + " most 32767 months, the month before the period included)", toFar.getMessage());
        // The longest period there is: 32,766 months and one row, answered with a bridge for each month.
        YearMonth first = YearMonth.of(2000, 1);
        YearMonth last = first.plusMonths(32_765);
        // Read without the service's limits: the answer is some 13 MB.
        JsonNode longest = new ObjectMapper().readTree(service.handle("{\"currency\": \"USD\", \"from\": \"" + first + "\", \"to\": \"" + last
                + "\", \"rows\": [{\"customer\": \"a\", \"month\": \"2000-01\", \"mrr\": \"USD 1.00\"}]}"));
        assertEquals(32_766, longest.path("months").size(), () -> longest.toString().substring(0, 300));
        assertEquals("USD 1.00", longest.path("months").get(0).path("end").asText());
        assertEquals("USD 1.00", longest.path("total").path("churn").asText());
    }
}
