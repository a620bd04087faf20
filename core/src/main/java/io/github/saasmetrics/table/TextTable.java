package io.github.saasmetrics.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small table of text cells that renders as aligned plain text (for {@code toString} in a
 * notebook or log) or as a GitHub-flavoured Markdown table.
 *
 * <p>The first column is left-aligned, the others right-aligned, as numbers read best. Example:
 * <pre>
 * month    start    end
 * 2024-02  100.00  115.00
 * </pre>
 *
 * <p>Instances are mutable while rows are added and not thread-safe; results render a fresh one.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = header;
    }

    /**
     * Starts a table.
     *
     * @param columns the column headings, not null, at least one
     * @return the table, not null
     */
    public static TextTable of(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new TextTable(List.of(columns));
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column, not null (a null cell prints empty)
     * @return this table
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells but the table has " + header.size()
                    + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    /**
     * The table as aligned plain text, one line per row, header first.
     *
     * @return the text, not null
     */
    public String toText() {
        int[] widths = widths();
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, header, widths);
        for (List<String> row : rows) {
            sb.append('\n');
            appendAligned(sb, row, widths);
        }
        return sb.toString();
    }

    /**
     * The table in Markdown.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        for (List<String> row : rows) {
            sb.append("\n| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |");
        }
        return sb.append('\n').toString();
    }

    private int[] widths() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static void appendAligned(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = Objects.toString(cells.get(i), "");
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(i == 0 ? cell + pad : pad + cell);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    @Override
    public String toString() {
        return toText();
    }
}
