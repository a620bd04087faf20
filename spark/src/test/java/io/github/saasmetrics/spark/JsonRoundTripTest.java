package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.saasmetrics.surveys.CsatScale;
import java.util.Currency;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The module's public value and result types round-trip through Jackson, as core's do. */
class JsonRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static <T> void roundTrips(T value, Class<T> type) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        assertEquals(value, MAPPER.readValue(json, type), () -> "round trip of " + json);
    }

    @Test
    void ledgerMetricsRoundTrip() throws Exception {
        roundTrips(CoreMetrics.of(SampleRows.SUBSCRIPTION_LEDGER, MetricSet.all()), LedgerMetrics.class);
    }

    @Test
    void layoutsAndSegmentsRoundTrip() throws Exception {
        roundTrips(MrrColumns.of(Currency.getInstance("EUR")).withMonth("period", MonthEncoding.DATE)
                .withCurrencyColumn("ccy"), MrrColumns.class);
        roundTrips(SubscriptionColumns.defaults().withColumn(SubscriptionField.CUSTOMER, "account"),
                SubscriptionColumns.class);
        roundTrips(SurveyColumns.defaults().withSegment("plan"), SurveyColumns.class);
        TreeMap<String, io.github.saasmetrics.surveys.CsatScore> segments = new TreeMap<>();
        segments.put("pro", CsatScale.DEFAULT.score(5, 4, 2));
        roundTrips(new CsatSegments("plan", segments, CsatScale.DEFAULT.score(1)), CsatSegments.class);
    }
}
