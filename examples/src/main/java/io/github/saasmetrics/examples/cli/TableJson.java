package io.github.saasmetrics.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ColumnType;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Row;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * A {@link ResultTable} as JSON for programs that read numbers:
 * {@code {"title":…, "columns":[{"name", "type", "heading", …}], "rows":[{"group"?, "kind", "cells":[…]}],
 * "footnotes":[…]}}.
 *
 * <p>Unlike the table's own JSON form, which round-trips through {@code ResultTable}'s reader and so
 * writes amounts as text ({@code "USD 1234.50"}), every number here is a JSON number with its exact
 * value: an amount is {@code {"amount": 1234.50, "currency": "USD"}} with the currency's decimals, a
 * decimal is the {@link BigDecimal} as written ({@code 0.913043}, never through a double), a count an
 * integer, a percent or multiple {@code {"numerator": 4, "denominator": 15}} (a fraction has no exact
 * decimal), a rate the double it is, an interval {@code {"lower", "upper", "level"}}. Months and
 * periods are strings as the text prints them ({@code "2024-03"}, {@code "2024-Q1"}); an undefined
 * cell, and an undefined ratio, is {@code null}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class TableJson {

    // Decimal nodes keep their scale (0.00 stays 0.00); plain writing keeps 1E+3 from appearing for 1000.
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private TableJson() {
    }

    /**
     * The table as JSON text, laid out to read and to diff: one line per column, row and footnote.
     *
     * @param table the table, not null
     * @return the JSON text, without a final line break, not null
     */
    public static String write(ResultTable table) {
        ObjectNode tree = tree(table);
        StringBuilder json = new StringBuilder("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = tree.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            json.append("  ").append(compact(NODES.textNode(field.getKey()))).append(": ");
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty()) {
                json.append("[\n");
                for (int i = 0; i < value.size(); i++) {
                    json.append("    ").append(compact(value.get(i))).append(i + 1 < value.size() ? ",\n" : "\n");
                }
                json.append("  ]");
            } else {
                json.append(compact(value));
            }
            json.append(fields.hasNext() ? ",\n" : "\n");
        }
        return json.append('}').toString();
    }

    private static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always writes; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table as a JSON tree.
     *
     * @param table the table, not null
     * @return the tree, not null
     */
    public static ObjectNode tree(ResultTable table) {
        ObjectNode root = NODES.objectNode();
        root.put("title", table.title());
        ArrayNode columns = root.putArray("columns");
        for (Column column : table.columns()) {
            columns.add(column(column));
        }
        ArrayNode rows = root.putArray("rows");
        for (Row row : table.rows()) {
            ObjectNode r = rows.addObject();
            if (row.group() != null) {
                r.put("group", row.group());
            }
            r.put("kind", row.kind().name());
            ArrayNode cells = r.putArray("cells");
            for (int c = 0; c < table.columns().size(); c++) {
                cells.add(cell(table.columns().get(c).type(), row.cell(c)));
            }
        }
        ArrayNode footnotes = root.putArray("footnotes");
        table.footnotes().forEach(footnotes::add);
        return root;
    }

    private static ObjectNode column(Column column) {
        ObjectNode c = NODES.objectNode();
        c.put("name", column.name());
        c.put("type", column.type().name());
        c.put("heading", column.heading());
        if (column.currency() != null) {
            c.put("currency", column.currency().getCurrencyCode());
        }
        if (column.type() == ColumnType.DECIMAL || column.type() == ColumnType.INTERVAL) {
            c.put("decimals", column.decimals());
        }
        if (column.unit() != null) {
            c.put("unit", column.unit());
        }
        if (column.intervalScale() != null) {
            c.put("intervalScale", column.intervalScale().name());
        }
        return c;
    }

    private static JsonNode cell(ColumnType type, Object value) {
        if (value == null || value instanceof Ratio r && !r.defined()) {
            return NODES.nullNode();
        }
        return switch (type) {
            case TEXT, MONTH, PERIOD -> NODES.textNode(value.toString());
            case COUNT -> NODES.numberNode(((Number) value).longValue());
            case MONEY -> {
                Money m = (Money) value;
                ObjectNode money = NODES.objectNode();
                money.set("amount", NODES.numberNode(m.amount()));
                money.put("currency", m.currency().getCurrencyCode());
                yield money;
            }
            case PERCENT, MULTIPLE -> {
                Ratio r = (Ratio) value;
                ObjectNode ratio = NODES.objectNode();
                ratio.put("numerator", r.numerator());
                ratio.put("denominator", r.denominator());
                yield ratio;
            }
            case RATE -> NODES.numberNode((Double) value);
            case DECIMAL -> NODES.numberNode((BigDecimal) value);
            case INTERVAL -> {
                ConfidenceInterval ci = (ConfidenceInterval) value;
                ObjectNode interval = NODES.objectNode();
                interval.put("lower", ci.lower());
                interval.put("upper", ci.upper());
                interval.put("level", ci.level());
                yield interval;
            }
        };
    }
}
