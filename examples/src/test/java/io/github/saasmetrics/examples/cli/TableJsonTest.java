package io.github.saasmetrics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.IntervalScale;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form keeps every number exact and every column's type, and reads back with Jackson. */
class TableJsonTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** One column of every type; the largest amount a USD Money holds, which a double cannot. */
    private static ResultTable everyType() {
        return ResultTable.builder("Every type")
                .columns(Column.text("segment"), Column.month("month"), Column.period("period"), Column.count("customers"),
                        Column.money("MRR", "USD"), Column.percent("retention"), Column.multiple("quick ratio"),
                        Column.rate("fitted churn"), Column.decimal("lifetime", 1).withUnit("months"),
                        Column.interval("NPS 95% CI", 1, IntervalScale.PLAIN))
                .row("smb", YearMonth.of(2024, 3), ReportingPeriod.parse("2024-Q1"), 172_410L,
                        Money.of("USD", "92233720368547758.07"), Ratio.of(4, 15), Ratio.of(403, 100), 0.0523,
                        new BigDecimal("12.345678901234567890123"), new ConfidenceInterval(-18.7, 36.3, 0.95))
                .group("2024")
                .row("ent", YearMonth.of(2024, 4), ReportingPeriod.parse("2024-Q2"), 3L, Money.of("USD", "0.00"),
                        Ratio.UNDEFINED, null, null, new BigDecimal("1000"), null)
                .total(null, null, null, 172_413L, Money.of("USD", "-56.10"), null, null, null, null, null)
                .footnote("MRR net of discounts.")
                .build();
    }

    @Test
    void theShapeIsTitleColumnsRowsFootnotes() throws Exception {
        JsonNode json = JSON.readTree(TableJson.write(everyType()));
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("title", "columns", "rows", "footnotes"), fields);
        assertEquals("Every type", json.get("title").asText());
        JsonNode mrr = json.get("columns").get(4);
        assertEquals("MRR", mrr.get("name").asText());
        assertEquals("MONEY", mrr.get("type").asText());
        assertEquals("MRR (USD)", mrr.get("heading").asText());
        assertEquals("USD", mrr.get("currency").asText());
        assertEquals(1, json.get("columns").get(8).get("decimals").intValue());
        assertEquals("lifetime (months)", json.get("columns").get(8).get("heading").asText());
        assertEquals("PLAIN", json.get("columns").get(9).get("intervalScale").asText());
        assertEquals("DATA", json.get("rows").get(0).get("kind").asText());
        assertFalse(json.get("rows").get(0).has("group"));
        assertEquals("2024", json.get("rows").get(1).get("group").asText());
        assertEquals("TOTAL", json.get("rows").get(2).get("kind").asText());
        assertEquals("MRR net of discounts.", json.get("footnotes").get(0).asText());
    }

    @Test
    void everyNumberIsExact() throws Exception {
        JsonNode cells = JSON.readTree(TableJson.write(everyType())).get("rows").get(0).get("cells");
        assertEquals("smb", cells.get(0).asText());
        assertEquals("2024-03", cells.get(1).asText());
        assertEquals("2024-Q1", cells.get(2).asText());
        assertEquals(172_410L, cells.get(3).longValue());
        assertTrue(cells.get(3).isIntegralNumber());
        assertEquals(new BigDecimal("92233720368547758.07"), cells.get(4).get("amount").decimalValue(),
                "beyond a double's 17 digits");
        assertEquals("USD", cells.get(4).get("currency").asText());
        assertEquals(4, cells.get(5).get("numerator").longValue());
        assertEquals(15, cells.get(5).get("denominator").longValue());
        assertEquals(403, cells.get(6).get("numerator").longValue());
        assertEquals(new BigDecimal("0.0523"), cells.get(7).decimalValue());
        assertEquals(new BigDecimal("12.345678901234567890123"), cells.get(8).decimalValue(),
                "all digits, not the column's one decimal");
        assertEquals(-18.7, cells.get(9).get("lower").doubleValue());
        assertEquals(36.3, cells.get(9).get("upper").doubleValue());
        assertEquals(0.95, cells.get(9).get("level").doubleValue());
    }

    @Test
    void scalesAreKeptAndUndefinedCellsAreNull() throws Exception {
        String text = TableJson.write(everyType());
        JsonNode rows = JSON.readTree(text).get("rows");
        JsonNode second = rows.get(1).get("cells");
        assertEquals(new BigDecimal("0.00"), second.get(4).get("amount").decimalValue());
        assertTrue(text.contains("{\"amount\":0.00,\"currency\":\"USD\"}"), text);
        assertTrue(second.get(5).isNull(), "an undefined ratio");
        assertTrue(second.get(6).isNull());
        assertEquals(new BigDecimal("1000"), second.get(8).decimalValue());
        assertTrue(text.contains(",1000,"), "plain, never 1E+3: " + text);
        JsonNode total = rows.get(2).get("cells");
        assertTrue(total.get(0).isNull());
        assertEquals(new BigDecimal("-56.10"), total.get(4).get("amount").decimalValue());
    }

    @Test
    void oneLinePerColumnRowAndFootnote() {
        String text = TableJson.write(everyType());
        assertEquals(1 + 1 + 1 + 10 + 1 + 1 + 3 + 1 + 1 + 1 + 1 + 1, text.lines().count(), text);
        assertTrue(text.startsWith("{\n  \"title\": \"Every type\",\n  \"columns\": [\n    {\"name\":\"segment\""), text);
        assertTrue(text.endsWith("\n  ]\n}"), text);
    }

    @Test
    void aTableWithoutRowsOrFootnotesHasEmptyArrays() throws Exception {
        ResultTable empty = ResultTable.builder("Nothing").columns(Column.count("n")).build();
        JsonNode json = JSON.readTree(TableJson.write(empty));
        assertEquals(0, json.get("rows").size());
        assertEquals(0, json.get("footnotes").size());
    }
}
