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
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();
    /** Notes by the number of rows they follow. */
    private final java.util.Map<Integer, String> notes = new java.util.TreeMap<>();

    private TextTable(List<String> header, boolean[] right) {
        this.header = header;
        this.right = right;
    }

    /**
     * Starts a table. A heading may start with {@code <} or {@code >} to align its column left or
     * right (the mark is not printed); unmarked, the first column is left-aligned and the others
     * right-aligned.
     *
     * @param columns the column headings, not null, at least one
     * @return the table, not null
     */
    public static TextTable of(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<String> names = new ArrayList<>(columns.length);
        boolean[] right = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = Objects.requireNonNull(columns[i], "column");
            boolean marked = c.startsWith("<") || c.startsWith(">");
            right[i] = marked ? c.startsWith(">") : i > 0;
            names.add(marked ? c.substring(1) : c);
        }
        return new TextTable(List.copyOf(names), right);
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
     * Adds a note on a line of its own after the rows so far, such as {@code … 120 more rows …};
     * notes appear in the text form only.
     *
     * @param text the note, not null
     * @return this table
     */
    public TextTable note(String text) {
        notes.merge(rows.size(), Objects.requireNonNull(text, "text"), (a, b) -> a + "\n" + b);
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
        for (int i = 0; i < rows.size(); i++) {
            appendNote(sb, i);
            sb.append('\n');
            appendAligned(sb, rows.get(i), widths);
        }
        appendNote(sb, rows.size());
        return sb.toString();
    }

    private void appendNote(StringBuilder sb, int afterRows) {
        String note = notes.get(afterRows);
        if (note != null) {
            sb.append('\n').append(note);
        }
    }

    /**
     * The table in Markdown.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", escape(header))).append(" |\n|");
        for (boolean r : right) {
            sb.append(r ? "---:|" : "---|");
        }
        for (List<String> row : rows) {
            sb.append("\n| ").append(String.join(" | ", escape(row))).append(" |");
        }
        return sb.toString();
    }

    private static List<String> escape(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).toList();
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

    private void appendAligned(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = Objects.toString(cells.get(i), "");
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(right[i] ? pad + cell : cell + pad);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    /**
     * A table of numbers: every column right-aligned, filled from rows of cells; a row with fewer
     * cells than columns is a note (its first cell), such as {@code … 120 more rows …}.
     *
     * @param columns the column headings, not null, at least one
     * @param rows the rows, not null
     * @return the table, not null
     */
    public static TextTable numeric(String[] columns, List<String[]> rows) {
        String[] marked = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            marked[c] = ">" + columns[c];
        }
        TextTable table = of(marked);
        for (String[] row : rows) {
            if (row.length == columns.length) {
                table.row((Object[]) row);
            } else {
                table.note(row[0]);
            }
        }
        return table;
    }

    /**
     * The table as aligned plain text under a title line.
     *
     * @param title the title, not null
     * @return the text, not null
     */
    public String toText(String title) {
        return Objects.requireNonNull(title, "title") + "\n" + toText();
    }

    /**
     * The table in Markdown under a title paragraph.
     *
     * @param title the title, not null
     * @return the Markdown text, not null
     */
    public String toMarkdown(String title) {
        return Objects.requireNonNull(title, "title") + "\n\n" + toMarkdown();
    }

    @Override
    public String toString() {
        return toText();
    }
}
