package io.github.saasmetrics.jupyter;

import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Row;
import java.util.List;
import java.util.Objects;

/**
 * The first rows of a large table, for a notebook: a cell showing ten thousand rows is slow to draw
 * and hard to read. The rows kept are the first {@code maxRows} data rows in order, with their
 * groups; the total row, when there is one, is always kept; a footnote {@code … N more rows}
 * says what was left out. The whole table stays on the result ({@code toTable()}, CSV, DataFrame).
 */
final class TableHead {

    /**
     * The rows a notebook shows unless told otherwise; set the system property
     * {@code saasmetrics.notebook.maxRows} (a positive integer) to change it.
     */
    static final int DEFAULT_MAX_ROWS = 60;

    private TableHead() {
    }

    /** The rows to show, from {@code saasmetrics.notebook.maxRows} or {@link #DEFAULT_MAX_ROWS}. */
    static int maxRows() {
        String value = System.getProperty("saasmetrics.notebook.maxRows");
        if (value == null) {
            return DEFAULT_MAX_ROWS;
        }
        try {
            int rows = Integer.parseInt(value.trim());
            if (rows >= 1) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value.
        }
        throw new IllegalArgumentException("saasmetrics.notebook.maxRows must be a positive integer but was '"
                + (value.length() > 64 ? value.substring(0, 64) + "…" : value) + "'");
    }

    /**
     * The table, or its head with a footnote when it has more data rows than {@code maxRows}.
     *
     * @param table the table, not null
     * @param maxRows the data rows kept, at least 1
     * @return the table itself if it is short enough, else a new table, not null
     */
    static ResultTable of(ResultTable table, int maxRows) {
        Objects.requireNonNull(table, "table");
        List<Row> rows = table.rows();
        long data = rows.stream().filter(r -> !r.total()).count();
        if (data <= maxRows) {
            return table;
        }
        ResultTable.Builder head = ResultTable.builder(table.title()).columns(
                table.columns().toArray(new io.github.saasmetrics.table.Column[0]));
        String group = null;
        int kept = 0;
        for (Row row : rows) {
            if (row.total()) {
                head.total(row.cells().toArray());
            } else if (kept < maxRows) {
                if (row.group() != null && !row.group().equals(group)) {
                    group = row.group();
                    head.group(group);
                }
                head.row(row.cells().toArray());
                kept++;
            }
        }
        for (String note : table.footnotes()) {
            head.footnote(note);
        }
        head.footnote("… " + (data - maxRows) + " more rows (set saasmetrics.notebook.maxRows to show more)");
        return head.build();
    }
}
