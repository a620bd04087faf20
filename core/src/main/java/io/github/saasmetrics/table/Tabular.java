package io.github.saasmetrics.table;

/**
 * A result that is a table. Results that are tables implement it, so that notebooks, reports and
 * exports read one typed {@link ResultTable} (numbers as numbers, money with its currency, ratios
 * with their numerator and denominator) rather than formatted text:
 * <pre>{@code
 * result.toTable().writeCsv(Path.of("bridge.csv"));
 * String html = result.toTable().toHtml();
 * }</pre>
 */
public interface Tabular {

    /**
     * The result as a typed table.
     *
     * @return the table, not null; an immutable value that does not change with later use of the result
     */
    ResultTable toTable();
}
