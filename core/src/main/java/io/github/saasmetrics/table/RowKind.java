package io.github.saasmetrics.table;

/**
 * What a {@link Row} of a {@link ResultTable} is: one of the data rows, or the total row.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RowKind {

    /** A row of the table's body. */
    DATA,
    /**
     * The total row: at most one per table, always last, outside any group. Text and Markdown print
     * it under a rule or in bold, HTML in {@code <tfoot>} with {@code class="total"}, CSV with
     * {@code total} in the {@code row kind} field.
     */
    TOTAL
}
