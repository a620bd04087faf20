package io.github.saasmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Shared Jackson set-up for the JSON round-trip tests: the mapper a typical service would use. */
public final class JsonRoundTrip {

    /** Unknown properties fail, so a derived accessor leaking into JSON cannot go unnoticed. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonRoundTrip() {
    }

    /** Serialises, deserialises, asserts equality and returns the JSON text for further checks. */
    public static <T> String assertRoundTrips(T value, Class<T> type) {
        try {
            String json = MAPPER.writeValueAsString(value);
            T back = MAPPER.readValue(json, type);
            assertEquals(value, back, () -> "round trip of " + json);
            return json;
        } catch (JsonProcessingException e) {
            throw new AssertionError("JSON round trip failed for " + value, e);
        }
    }
}
