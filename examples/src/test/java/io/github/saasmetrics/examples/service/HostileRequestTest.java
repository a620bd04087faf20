package io.github.saasmetrics.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A hostile caller's requests, one row per field and kind of abuse: each is answered with the
 * error shape {@code {"error": {"path", "message"}}}, at the path of the field that is wrong, with
 * a message that names the value (quoted, never in full) and the limit. Every call runs bounded in
 * time and allocation ({@link BoundedCall}), so a regression that allocates or loops fails within
 * seconds instead of exhausting the test JVM.
 */
class HostileRequestTest {

    private static final MetricsService SERVICE = new MetricsService();
    /** Reads answers without the service's limits: an answer may quote up to 1,000 characters. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A request header whose period is January to March 2024. */
    private static final String Q1 = "\"currency\": \"USD\", \"from\": \"2024-01\", \"to\": \"2024-03\"";

    /** A request, the service that answers it, and what the error must say. */
    private record Case(String name, Supplier<String> body, Function<String, String> service, String path,
            List<String> named) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void refused(String name, String body, String path, String... named) {
        refused(name, () -> body, SERVICE::handle, path, named);
    }

    private static void refused(String name, Supplier<String> body, Function<String, String> service, String path,
            String... named) {
        CASES.add(new Case(name, body, service, path, List.of(named)));
    }

    /** A subscription that is valid until one of its fields is replaced. */
    private static String subscription(String field, String json) {
        StringBuilder sb = new StringBuilder("{");
        String[][] fields = {{"id", "\"s\""}, {"customer", "\"c\""}, {"plan", "\"p\""}, {"unitPrice", "\"USD 10.00\""},
            {"quantity", "1"}, {"interval", "\"P1M\""}, {"start", "\"2024-01-05\""}};
        boolean replaced = false;
        for (String[] f : fields) {
            String value = f[0].equals(field) ? json : f[1];
            replaced |= f[0].equals(field);
            if (value != null) {
                sb.append(sb.length() > 1 ? ", " : "").append('"').append(f[0]).append("\": ").append(value);
            }
        }
        if (!replaced && field != null) {
            sb.append(", \"").append(field).append("\": ").append(json);
        }
        return sb.append('}').toString();
    }

    private static String subscriptions(String... subscriptions) {
        return "{" + Q1 + ", \"subscriptions\": [" + String.join(", ", subscriptions) + "]}";
    }

    private static String nps(String... responses) {
        return "{" + Q1 + ", \"npsResponses\": [" + String.join(", ", responses) + "]}";
    }

    private static String rate(String currency, String date, String rate) {
        return "{\"currency\": \"" + currency + "\", \"effectiveFrom\": \"" + date + "\", \"rate\": " + rate + "}";
    }

    private static String rates(String... rates) {
        return "{" + Q1 + ", \"exchangeRates\": [" + String.join(", ", rates) + "]}";
    }

    private static MetricsService service(ServiceLimits limits) {
        return new MetricsService(limits);
    }

    static {
        // Memory and time bounded by the request's size, never by its values.
        String oom = "{\"currency\":\"USD\",\"from\":\"-9000000-01\",\"to\":\"2024-01\"}";
        refused("the 60-byte request whose period is nine million years", oom, "/from", "-9000000-01..2024-01",
                "108024289 months", "at most 32766");
        refused("a period ending in the year 999999999", "{\"currency\": \"USD\", \"from\": \"2024-01\", \"to\":"
                + " \"+999999999-12\"}", "/to", "cannot be read as YearMonth", "+999999999-12");
        YearMonth start = YearMonth.of(2000, 1);
        refused("a period one month longer than a ledger holds", "{\"currency\": \"USD\", \"from\": \"" + start
                + "\", \"to\": \"" + start.plusMonths(32766) + "\"}", "/from", "spans 32767 months", "at most 32766");
        refused("more subscription-months than the ledger may hold", () -> {
            List<String> subs = new ArrayList<>();
            for (int i = 0; i < 62; i++) {
                subs.add(subscription("id", "\"s" + i + "\""));
            }
            return "{\"currency\": \"USD\", \"from\": \"2000-01\", \"to\": \"" + start.plusMonths(32764)
                    + "\", \"subscriptions\": [" + String.join(", ", subs) + "]}";
        }, SERVICE::handle, "/subscriptions", "62 subscriptions over 32766 ledger months", "2031492",
                "at most 2000000 (maxSubscriptionMonths)");
        refused("NPS answers nine hundred million years apart", nps(
                "{\"customer\": \"a\", \"score\": 9, \"date\": \"2024-01-05\"}",
                "{\"customer\": \"a\", \"score\": 9, \"date\": \"+999999999-12-31\"}"),
                "/npsResponses/1/date", "span", "at most 32766", "+999999999-12-31");
        refused("NPS answers before and after everything", nps(
                "{\"customer\": \"a\", \"score\": 9, \"date\": \"-999999999-01-01\"}",
                "{\"customer\": \"a\", \"score\": 9, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/date", "at most 32766", "-999999999-01-01");
        refused("an NPS answer in the last month a date can have", nps(
                "{\"customer\": \"a\", \"score\": 9, \"date\": \"+999999999-12-31\"}"),
                "/npsResponses/0/date", "999999999-12");

        // The request's size, lengths and depth.
        String currency15mb = "{\"currency\": \"" + "U".repeat(15_000_000) + "\", \"from\": \"2024-01\", \"to\":"
                + " \"2024-01\"}";
        refused("a 15 MB currency, past the request size", () -> currency15mb, SERVICE::handle, "",
                "the request is too large", "more than 1048576 bytes", "at most 1048576 (maxRequestBytes)");
        MetricsService roomy = service(ServiceLimits.defaults().withMaxRequestBytes(32 << 20));
        refused("a 15 MB currency, past the string length", () -> currency15mb, roomy::handle, "/currency",
                "too large", "String value length", "1000");
        MetricsService lax = service(ServiceLimits.defaults().withMaxRequestBytes(32 << 20)
                .withMaxStringLength(3_000_000));
        refused("a 2 MB currency within every limit is quoted, not echoed", () -> "{\"currency\": \""
                + "U".repeat(2_000_000) + "\", \"from\": \"2024-01\", \"to\": \"2024-01\"}", lax::handle, "/currency",
                "must be an ISO-4217 currency code", "UUUU… (2000000 characters)");
        refused("a 2 MB request read from a stream", () -> " ".repeat(2 << 20) + "{}",
                text -> SERVICE.handle(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), "",
                "more than 1048576 bytes", "maxRequestBytes");
        refused("a 2 MB request of multi-byte characters", () -> "{\"currency\": \"" + "€".repeat(400_000) + "\"}",
                SERVICE::handle, "", "more than 1048576 bytes");
        // A request's schema is 5 deep, so deeper nesting is refused by the schema first; a lower limit shows the check.
        refused("nesting deeper than the schema", "{" + Q1 + ", \"rows\": " + "[".repeat(40) + "]".repeat(40) + "}",
                "/rows/0", "must be a MrrRow but was an array");
        MetricsService shallow = service(ServiceLimits.defaults().withMaxNestingDepth(2));
        refused("nesting deeper than the limit", () -> subscriptions(subscription(null, null)), shallow::handle,
                "/subscriptions/0", "too large", "nesting depth", "2");
        refused("a number of 200 digits", subscriptions(subscription("quantity", "9".repeat(200))),
                "/subscriptions/0/quantity", "too large", "Number value length", "100");
        refused("a field name of 200 characters", "{" + Q1 + ", \"" + "x".repeat(200) + "\": 1}", "",
                "too large", "Name length", "100");
        refused("a subscriptions list of 300,000 empty objects",
                () -> "{" + Q1 + ", \"subscriptions\": [" + "{},".repeat(300_000) + "{}]}", SERVICE::handle,
                "/subscriptions/0/quantity", "is required");
        refused("a rows list of 200,000 nulls", () -> "{" + Q1 + ", \"rows\": [" + "null,".repeat(200_000) + "null]}",
                SERVICE::handle, "/rows/0", "must be an object, not null");
        refused("a customer id of 1,000 spaces: the library quotes 64 of them", nps("{\"customer\": \""
                + " ".repeat(1_000) + "\", \"score\": 9, \"date\": \"2024-01-05\"}"), "/npsResponses/0/customer",
                "customer id must have at most 256 characters", "(1000 characters)");
        refused("a blank customer id", nps("{\"customer\": \"   \", \"score\": 9, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/customer", "customer id must not be blank");
        refused("conventions of 900 characters", "{" + Q1 + ", \"conventions\": \"" + "c".repeat(900) + "\"}",
                "/conventions", "conventions must be one of", "… (900 characters)");

        // No silent change of a number.
        refused("an NPS score of 9.5", nps("{\"customer\": \"a\", \"score\": 9.5, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "must be a whole number but was 9.5");
        refused("a quantity of 1.9", subscriptions(subscription("quantity", "1.9")), "/subscriptions/0/quantity",
                "must be a whole number but was 1.9");
        refused("a quantity of 1.0", subscriptions(subscription("quantity", "1.0")), "/subscriptions/0/quantity",
                "must be a whole number but was 1.0");
        refused("a quantity of 1e2", subscriptions(subscription("quantity", "1e2")), "/subscriptions/0/quantity",
                "must be a whole number but was 1e2");
        refused("an NPS score as text", nps("{\"customer\": \"a\", \"score\": \"9\", \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "must be a whole number but was '9'");
        refused("an NPS score of true", nps("{\"customer\": \"a\", \"score\": true, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "must be a whole number but was true");
        refused("an NPS score of null", nps("{\"customer\": \"a\", \"score\": null, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "must be a whole number but was null");
        refused("an NPS score left out", nps("{\"customer\": \"a\", \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "is required");
        refused("an NPS score of 11", nps("{\"customer\": \"a\", \"score\": 11, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "must be 0..10 but was 11");
        refused("an NPS score of -1", nps("{\"customer\": \"a\", \"score\": -1, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "but was -1");
        refused("an NPS score past an int", nps("{\"customer\": \"a\", \"score\": 2147483648, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/score", "must be a whole number from -2147483648 to 2147483647 but was 2147483648");
        refused("a quantity left out", subscriptions(subscription("quantity", null)), "/subscriptions/0/quantity",
                "is required");
        refused("a quantity of null", subscriptions(subscription("quantity", "null")), "/subscriptions/0/quantity",
                "must be a whole number but was null");
        refused("a quantity as text", subscriptions(subscription("quantity", "\"2\"")), "/subscriptions/0/quantity",
                "must be a whole number but was '2'");
        refused("a negative quantity", subscriptions(subscription("quantity", "-1")), "/subscriptions/0/quantity",
                "must not be negative but was -1");
        refused("a quantity of Long.MAX_VALUE", subscriptions(subscription("quantity", "9223372036854775807")),
                "/subscriptions/0", "unitPrice × quantity of subscription s overflows");
        refused("a quantity past a long", subscriptions(subscription("quantity", "9223372036854775808")),
                "/subscriptions/0/quantity", "must be a whole number from -9223372036854775808 to 9223372036854775807"
                        + " but was 9223372036854775808");
        refused("a customer id that is a number", nps("{\"customer\": 123, \"score\": 9, \"date\": \"2024-01-05\"}"),
                "/npsResponses/0/customer", "must be a text but was 123");
        refused("a date that is a day number", nps("{\"customer\": \"a\", \"score\": 9, \"date\": 19000}"),
                "/npsResponses/0/date", "must be a date such as 2024-03-05 but was 19000");
        refused("a date that is empty", nps("{\"customer\": \"a\", \"score\": 9, \"date\": \"\"}"),
                "/npsResponses/0/date", "must be a date such as 2024-03-05 but was ''");
        refused("an end that is empty", subscriptions(subscription("end", "\"\"")), "/subscriptions/0/end",
                "must be a date such as 2024-03-05 but was ''");
        refused("a month that is a number", "{\"currency\": \"USD\", \"from\": 202401, \"to\": \"2024-01\"}", "/from",
                "must be a month such as 2024-03 but was 202401");
        refused("a month that is empty", "{\"currency\": \"USD\", \"from\": \"\", \"to\": \"2024-01\"}", "/from",
                "must be a month such as 2024-03 but was ''");
        refused("a rate as text", rates(rate("EUR", "2024-01-01", "\"1.09\"")), "/exchangeRates/0/rate",
                "must be a number but was '1.09'");

        // Errors point at the field that is wrong.
        refused("an end before the start of the fourth subscription", subscriptions(
                subscription("id", "\"s0\""), subscription("id", "\"s1\""), subscription("id", "\"s2\""),
                subscription("end", "\"2023-01-01\"").replace("\"s\"", "\"s3\"")),
                "/subscriptions/3/end", "end of subscription s3 (2023-01-01) is before its start (2024-01-05)");
        refused("a start that is not a date", subscriptions(subscription("start", "\"2024-02-30\"")),
                "/subscriptions/0/start", "2024-02-30");
        refused("a trial ending before the start", subscriptions(subscription("trialEnd", "\"2023-01-01\"")),
                "/subscriptions/0/trialEnd", "2023-01-01");
        refused("a cancellation requested after the end", subscriptions(subscription("end", "\"2024-02-01\", "
                + "\"cancelRequestedAt\": \"2024-03-01\"")), "/subscriptions/0/cancelRequestedAt", "2024-03-01");
        refused("a blank plan", subscriptions(subscription("plan", "\" \"")), "/subscriptions/0/plan",
                "must not be blank");
        refused("a duplicate subscription id", subscriptions(subscription("id", "\"a\""), subscription("id", "\"b\""),
                subscription("id", "\"a\"")), "/subscriptions/2/id", "'a' appears twice, first at /subscriptions/0/id");
        refused("a rate for the reporting currency", rates(rate("USD", "2024-01-01", "1")),
                "/exchangeRates/0/currency", "USD is the reporting currency");
        refused("two rates for one day", rates(rate("EUR", "2024-01-01", "1.09"), rate("EUR", "2024-01-01", "1.1")),
                "/exchangeRates/1/rate", "second rate from EUR on 2024-01-01: 1.09 at /exchangeRates/0 and 1.1");

        // Extremes of amounts and rates, quoted never written out.
        refused("a price of Long.MAX_VALUE + 1 minor units", subscriptions(subscription("unitPrice",
                "\"USD 92233720368547758.08\"")), "/subscriptions/0/unitPrice", "USD 92233720368547758.08");
        refused("a price of 1e999999999", subscriptions(subscription("unitPrice", "\"USD 1e999999999\"")),
                "/subscriptions/0/unitPrice", "1e999999999");
        refused("a negative price", subscriptions(subscription("unitPrice", "\"USD -1.00\"")),
                "/subscriptions/0/unitPrice", "must not be negative", "USD -1.00");
        refused("an MRR of 1e999999999", "{" + Q1 + ", \"rows\": [{\"customer\": \"a\", \"month\": \"2024-01\","
                + " \"mrr\": \"USD 1e999999999\"}]}", "/rows/0/mrr", "1e999999999");
        refused("a row in the year -999999999", "{" + Q1 + ", \"rows\": [{\"customer\": \"a\", \"month\":"
                + " \"-999999999-01\", \"mrr\": \"USD 1.00\"}]}", "/rows/0/month", "-999999999-01");
        refused("a rate of 1e999999999", rates(rate("EUR", "2024-01-01", "1e999999999")), "/exchangeRates/0/rate",
                "at most 40 digits", "1E+999999999");
        refused("a rate of -1e999999999", rates(rate("EUR", "2024-01-01", "-1e999999999")), "/exchangeRates/0/rate",
                "at most 40 digits", "-1E+999999999");
        refused("two rates of 1e999999999 and 2e999999999", rates(rate("EUR", "2024-01-01", "1e999999999"),
                rate("EUR", "2024-01-01", "2e999999999")), "/exchangeRates/0/rate", "1E+999999999");
        refused("a rate of 1e-999999999", rates(rate("EUR", "2024-01-01", "1e-999999999")), "/exchangeRates/0/rate",
                "1E-999999999");
        refused("a rate of 1e19", rates(rate("EUR", "2024-01-01", "1e19")), "/exchangeRates/0/rate",
                "must be from 1E-18 to 1E+18 but was 10000000000000000000");
        refused("a rate of 1e-19", rates(rate("EUR", "2024-01-01", "1e-19")), "/exchangeRates/0/rate",
                "must be from 1E-18 to 1E+18 but was 0.0000000000000000001");
        refused("a rate of 0", rates(rate("EUR", "2024-01-01", "0")), "/exchangeRates/0/rate",
                "must be positive but was 0");
        refused("a percentage off of 1e999999999", subscriptions(subscription("discounts",
                "[{\"percentOff\": 1e999999999, \"duration\": \"FOREVER\", \"months\": 0}]")),
                "/subscriptions/0/discounts/0/percentOff", "1E+999999999");
        refused("a percentage off of 101", subscriptions(subscription("discounts",
                "[{\"percentOff\": 101, \"duration\": \"FOREVER\", \"months\": 0}]")),
                "/subscriptions/0/discounts/0/percentOff", "at most 100 but was 101");
        refused("a weight of 1e999999999", nps("{\"customer\": \"a\", \"score\": 9, \"date\": \"2024-01-05\","
                + " \"weight\": 1e999999999}"), "/npsResponses/0/weight", "Infinity");
        refused("a weight of NaN", nps("{\"customer\": \"a\", \"score\": 9, \"date\": \"2024-01-05\","
                + " \"weight\": \"NaN\"}"), "/npsResponses/0/weight", "NaN");
        refused("a weight of NaN unquoted", nps("{\"customer\": \"a\", \"score\": 9, \"date\": \"2024-01-05\","
                + " \"weight\": NaN}"), "/npsResponses/0/weight", "malformed JSON", "NaN");
        refused("a billing interval of 3 billion days", subscriptions(subscription("interval", "\"P3000000000D\"")),
                "/subscriptions/0/interval", "P3000000000D");
        refused("a currency of null", "{\"currency\": null, \"from\": \"2024-01\", \"to\": \"2024-01\"}", "/currency",
                "is required");
        refused("an empty currency", "{\"currency\": \"\", \"from\": \"2024-01\", \"to\": \"2024-01\"}", "/currency",
                "must be an ISO-4217 currency code such as USD but was ''");
    }

    @TestFactory
    Stream<DynamicTest> everyAbuseIsRefusedAtItsFieldWithinBoundedTimeAndMemory() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String body = c.body().get();
            String answer = BoundedCall.run(c.name(), () -> c.service().apply(body));
            assertTrue(answer.length() < 2 * MetricsService.MAX_MESSAGE, () -> c + ": an answer of " + answer.length()
                    + " characters: " + answer.substring(0, 300));
            JsonNode json = MAPPER.readTree(answer);
            assertEquals(List.of("error"), names(json), () -> c + ": " + answer);
            JsonNode error = json.get("error");
            assertEquals(List.of("path", "message"), names(error), () -> c + ": " + answer);
            assertEquals(c.path(), error.get("path").asText(), () -> c + ": " + answer);
            String message = error.get("message").asText();
            assertTrue(message.length() <= MetricsService.MAX_MESSAGE + 30, () -> c + ": " + message.length());
            for (String fragment : c.named()) {
                assertTrue(message.contains(fragment), () -> c + ": the message does not name '" + fragment + "': "
                        + message);
            }
        }));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theOutOfMemoryRequestIsSixtyBytes() {
        assertTrue("{\"currency\":\"USD\",\"from\":\"-9000000-01\",\"to\":\"2024-01\"}".length() <= 60);
    }

    /** Absurd but valid values: answered, within the same bounds. */
    @TestFactory
    Stream<DynamicTest> absurdButValidRequestsAreAnsweredWithinBoundedTimeAndMemory() {
        return Stream.of(
                subscriptions(subscription("start", "\"-999999999-01-01\"")),
                subscriptions(subscription("start", "\"+999999999-12-31\"")),
                subscriptions(subscription("trialEnd", "\"+999999999-12-31\"")),
                // Churned at a period end past the last date there is: never, within the ledger.
                subscriptions(subscription("end", "\"+999999999-12-31\"")),
                subscriptions(subscription("interval", "\"P2147483647D\"")),
                subscriptions(subscription("interval", "\"P2147483647Y\"")),
                subscriptions(subscription("quantity", "0")),
                subscriptions(subscription("unitPrice", "\"USD 0.00\"")),
                rates(rate("EUR", "-999999999-01-01", "1e-18"), rate("EUR", "+999999999-12-31", "1e18")),
                nps("{\"customer\": \"a\", \"score\": 0, \"date\": \"2024-01-05\", \"weight\": 1e-100}"))
                .map(body -> DynamicTest.dynamicTest(body, () -> {
                    String answer = BoundedCall.run(body, () -> SERVICE.handle(body));
                    JsonNode json = MAPPER.readTree(answer);
                    assertFalse(json.has("error"), answer);
                    assertTrue(json.has("months") && json.has("total"), answer);
                }));
    }
}
