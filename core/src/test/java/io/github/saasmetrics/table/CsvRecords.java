package io.github.saasmetrics.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's CSV read back with the {@link Rfc4180} reader, for tests of result types: one map per
 * record, from header field to field (null for an empty field), in row order.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * The records of {@code table.toCsv()} after the header.
     *
     * @throws IllegalStateException if a record is not as wide as the header, or the number of records
     *     differs from the number of rows
     */
    public static List<Map<String, String>> of(ResultTable table) {
        List<List<String>> records = Rfc4180.read(table.toCsv());
        List<String> header = records.get(0);
        if (records.size() != table.rowCount() + 1) {
            throw new IllegalStateException("CSV has " + (records.size() - 1) + " records for " + table.rowCount()
                    + " rows");
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalStateException("record " + record + " is not as wide as header " + header);
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), record.get(i));
            }
            out.add(fields);
        }
        return out;
    }
}
