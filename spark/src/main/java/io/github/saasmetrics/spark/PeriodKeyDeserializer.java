package io.github.saasmetrics.spark;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.saasmetrics.time.ReportingPeriod;

/**
 * Reads a {@link ReportingPeriod} map key of {@link LedgerMetrics}' JSON form: Jackson writes the
 * key as the period's text form ({@code 2024-Q1}), which {@link ReportingPeriod#parse} reads back.
 * Jackson is Spark's, so this costs the module no dependency.
 */
final class PeriodKeyDeserializer extends KeyDeserializer {

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
        return ReportingPeriod.parse(key);
    }
}
