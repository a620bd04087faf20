package io.github.saasmetrics.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A small table of text cells that renders as aligned plain text (for {@code toString} in a
 * notebook or log) or as a GitHub-flavoured Markdown table.
 *
 * <p>A table is built with a {@link Builder}, {@code TextTable.builder(columns).row(..).row(..).build()},
 * and is immutable once built. The first column is left-aligned, the others right-aligned, as
 * numbers read best. Cells are text: numbers are formatted beforehand, normally with
 * {@link Figures}. Example:
 * <pre>
 * TextTable.builder("month", "start", "end").row("2024-02", "100.00", "115.00").build()
 *
 * month    start     end
 * 2024-02  100.00  115.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe; its builder is mutable and not thread-safe.
 */
public final class TextTable {

    private final List<String> columns;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows;
    /** Notes by the number of rows they follow. */
    private final Map<Integer, String> notes;

    private TextTable(Builder builder) {
        this.columns = builder.columns;
        this.rightAligned = builder.rightAligned;
        this.rows = List.copyOf(builder.rows);
        this.notes = Collections.unmodifiableMap(new TreeMap<>(builder.notes));
    }

    /**
     * Starts a table. A heading may start with {@code <} or {@code >} to align its column left or
     * right (the mark is not printed); unmarked, the first column is left-aligned and the others
     * right-aligned.
     *
     * @param columns the column headings, not null, at least one
     * @return a builder of the table, not null
     * @throws IllegalArgumentException if there is no column
     */
    public static Builder builder(String... columns) {
        return new Builder(columns);
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
        Builder table = builder(marked);
        for (String[] row : rows) {
            if (row.length == columns.length) {
                table.row((Object[]) row);
            } else {
                table.note(row[0]);
            }
        }
        return table.build();
    }

    /**
     * The column headings, without alignment marks.
     *
     * @return the headings, not null
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Whether a column is right-aligned.
     *
     * @param column the column index, from 0
     * @return true if right-aligned
     * @throws IndexOutOfBoundsException if there is no such column
     */
    public boolean rightAligned(int column) {
        return rightAligned.get(column);
    }

    /**
     * The rows, each with one cell per column.
     *
     * @return the rows, not null
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * The notes, by the number of rows they follow (a note at 0 comes before the first row).
     *
     * @return the notes, not null
     */
    public Map<Integer, String> notes() {
        return notes;
    }

    /**
     * The table as aligned plain text, one line per row, header first, notes on lines of their own.
     *
     * @return the text, not null
     */
    public String toText() {
        int[] widths = widths();
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, columns, widths);
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
     * The table in Markdown; notes are left out.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", escape(columns))).append(" |\n|");
        for (boolean r : rightAligned) {
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
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private void appendAligned(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(rightAligned.get(i) ? pad + cell : cell + pad);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
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
    public boolean equals(Object obj) {
        return obj instanceof TextTable other && columns.equals(other.columns)
                && rightAligned.equals(other.rightAligned) && rows.equals(other.rows) && notes.equals(other.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, rightAligned, rows, notes);
    }

    /**
     * The same as {@link #toText()}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toText();
    }

    /**
     * Collects the rows and notes of a {@link TextTable}; {@link #build()} makes the immutable table.
     *
     * <p>A builder is mutable and not thread-safe; it may go on after {@code build()}, which does
     * not change tables already built.
     */
    public static final class Builder {

        private final List<String> columns;
        private final List<Boolean> rightAligned;
        private final List<List<String>> rows = new ArrayList<>();
        private final Map<Integer, String> notes = new TreeMap<>();

        private Builder(String... columns) {
            if (columns.length == 0) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            List<String> names = new ArrayList<>(columns.length);
            List<Boolean> right = new ArrayList<>(columns.length);
            for (int i = 0; i < columns.length; i++) {
                String c = Objects.requireNonNull(columns[i], "column");
                boolean marked = c.startsWith("<") || c.startsWith(">");
                right.add(marked ? c.startsWith(">") : i > 0);
                names.add(marked ? c.substring(1) : c);
            }
            this.columns = List.copyOf(names);
            this.rightAligned = List.copyOf(right);
        }

        /**
         * Adds a row.
         *
         * @param cells one cell per column, not null; a cell prints as its {@code toString()}, a null cell empty
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the number of columns
         */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells but the table has "
                        + columns.size() + " columns");
            }
            List<String> row = new ArrayList<>(cells.length);
            for (Object cell : cells) {
                row.add(cell == null ? "" : cell.toString());
            }
            rows.add(List.copyOf(row));
            return this;
        }

        /**
         * Adds a note on a line of its own after the rows so far, such as {@code … 120 more rows …};
         * notes appear in the text form only.
         *
         * @param text the note, not null
         * @return this builder
         */
        public Builder note(String text) {
            notes.merge(rows.size(), Objects.requireNonNull(text, "text"), (a, b) -> a + "\n" + b);
            return this;
        }

        /**
         * The table of the rows and notes so far.
         *
         * @return the table, not null
         */
        public TextTable build() {
            return new TextTable(this);
        }
    }
}
