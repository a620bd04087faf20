package io.github.saasmetrics.table;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.Nullable;

/**
 * A typed table of results: a title, {@linkplain Column columns} that keep numbers as numbers (money
 * with its currency, ratios with numerator and denominator, months as months), {@linkplain Row rows}
 * that may belong to named groups (a year, a segment), an optional total row, and footnotes. Text,
 * Markdown, HTML, CSV and JSON are renderings of this one table, each cell formatted by the one rule
 * of its {@link ColumnType} (through {@link Figures}), so a value reads the same in every form.
 *
 * <p>Example:
 * <pre>{@code
 * ResultTable t = ResultTable.builder("MRR by month")
 *         .columns(Column.month("month"), Column.money("MRR", "USD"), Column.count("customers"),
 *                 Column.percent("logo retention"))
 *         .row(YearMonth.of(2024, 1), Money.parse("USD 1234.50"), 172_410L, Ratio.of(9, 10))
 *         .row(YearMonth.of(2024, 2), Money.parse("USD -56.00"), 3L, Ratio.UNDEFINED)
 *         .footnote("MRR net of discounts.")
 *         .build();
 * t.toText():
 * MRR by month
 * month    MRR (USD)  customers  logo retention
 * 2024-01   1,234.50    172,410           90.0%
 * 2024-02     -56.00          3               —
 * MRR net of discounts.
 * }</pre>
 *
 * <p><b>Text and Markdown</b> ({@link #toText()}, {@link #toMarkdown()}) go through {@link TextTable}:
 * text, month and period columns left-aligned, numbers right-aligned; a group starts with its name on a
 * line of its own (in Markdown, a row with the name in bold); the total row comes last, under a rule
 * of dashes (in Markdown, in bold), with {@code Total} in its first cell when that cell is null.
 * Undefined cells print {@link Figures#UNDEFINED}; a null cell of the total row (a column without a
 * total) prints empty. Markdown escapes {@code \}, {@code |}, {@code <}, {@code >} and {@code &}.
 *
 * <p><b>HTML</b> ({@link #toHtml()}) is a well-formed XHTML {@code <table>}: the title as
 * {@code <caption>}, headings in {@code <thead>}, each group in a {@code <tbody>} of its own opened
 * by a {@code <tr class="group">} row, the total row and footnotes in {@code <tfoot>}. Classes:
 * {@code num} on numeric cells and headings (which also carry {@code style="text-align:right"}),
 * {@code neg} on negative numbers, {@code total} on the total row, {@code group} and
 * {@code footnote} on those rows. Each numeric cell carries its raw value: {@code data-value} as in
 * CSV; a ratio also {@code data-numerator} and {@code data-denominator}; an interval
 * {@code data-lower}, {@code data-upper} and {@code data-level} (and no {@code data-value}). All
 * text is escaped.
 *
 * <p><b>CSV</b> ({@link #toCsv()}, {@link #writeCsv(Writer)}, {@link #writeCsv(Path)}) follows RFC
 * 4180: commas, CRLF after every record, fields with a comma, quote, CR or LF in quotes with quotes
 * doubled. The header row holds the {@linkplain Column#heading() headings} ({@code MRR (USD)}); an
 * interval column writes three fields, headed {@code <heading> lower}, {@code upper} and
 * {@code level}. Values are raw, in plain units: amounts with the currency's decimals
 * ({@code 1234.50}), counts as integers, percents, multiples and rates as decimal fractions (the
 * shortest decimal that reads back as the same double: {@code 0.9}, not {@code 90%}), decimals as
 * they are, months {@code 2024-03}, periods as {@code ReportingPeriod.toString()}, text as it is. An
 * undefined cell is an empty field; an empty text is {@code ""}. When a row has a group, a first
 * field {@code group} holds it (empty for none); when there is a total row, a field {@code row kind}
 * follows with {@code data} or {@code total}. The title and footnotes are not in the CSV.
 *
 * <p><b>JSON</b> (Jackson) is {@code {"title":..,"columns":[..],"rows":[..],"footnotes":[..]}},
 * each cell in its type's JSON form (see {@link ColumnType}); reading it back goes through the
 * builder, so a table read from JSON is validated like one built, and equals the table written.
 *
 * <p>This class is immutable and thread-safe; its builder is mutable and not thread-safe.
 */
@JsonPropertyOrder({"title", "columns", "rows", "footnotes"})
public final class ResultTable {

    /**
     * The most digits a {@link ColumnType#DECIMAL} cell may have either side of the point: {@value}.
     */
    public static final int MAX_DECIMAL_DIGITS = 100;

    /** What the first cell of the total row prints when it is null. */
    private static final String TOTAL = "Total";
    private static final String NUMERIC = " class=\"num\" style=\"text-align:right\"";
    private static final String NEGATIVE = " class=\"num neg\" style=\"text-align:right\"";
    private static final String CRLF = "\r\n";

    private final String title;
    private final List<Column> columns;
    private final List<Row> rows;
    private final List<String> footnotes;
    private final Map<String, Integer> index;

    private ResultTable(Builder builder) {
        this.title = builder.title;
        this.columns = List.copyOf(builder.columns);
        List<Row> all = new ArrayList<>(builder.rows);
        if (builder.total != null) {
            all.add(builder.total);
        }
        this.rows = List.copyOf(all);
        this.footnotes = List.copyOf(builder.footnotes);
        this.index = Map.copyOf(builder.index);
    }

    /**
     * Starts a table.
     *
     * @param title the title, not null; the first line of the text form and the HTML caption
     * @return a builder, not null
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    @JsonCreator
    private static ResultTable fromJson(@JsonProperty("title") String title,
            @JsonProperty("columns") List<Column> columns, @JsonProperty("rows") @Nullable List<Row> rows,
            @JsonProperty("footnotes") @Nullable List<String> footnotes) {
        Builder table = builder(title);
        for (Column column : Objects.requireNonNull(columns, "columns")) {
            table.column(Objects.requireNonNull(column, "column"));
        }
        List<Row> body = rows == null ? List.of() : rows;
        for (int i = 0; i < body.size(); i++) {
            Row row = Objects.requireNonNull(body.get(i), "row");
            boolean total = row.total();
            String where = total ? "the total row" : "row " + i;
            if (total && i != body.size() - 1) {
                throw new IllegalArgumentException("the total row must be the last row but was row " + i + " of "
                        + body.size());
            }
            table.checkWidth(row.cells().size(), where);
            Object[] cells = new Object[row.cells().size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = Cells.fromJson(columns.get(c), row.cells().get(c), where);
            }
            if (total) {
                table.total(cells);
            } else {
                if (row.group() != null) {
                    table.group(row.group());
                } else if (table.group != null) {
                    throw new IllegalArgumentException("row " + i + " has no group but follows group '"
                            + Limits.quote(table.group) + "': rows without a group come first");
                }
                table.row(cells);
            }
        }
        for (String footnote : footnotes == null ? List.<String>of() : footnotes) {
            table.footnote(footnote);
        }
        return table.build();
    }

    /**
     * The title.
     *
     * @return the title, not null
     */
    @JsonProperty("title")
    public String title() {
        return title;
    }

    /**
     * The columns, in order.
     *
     * @return the columns, not null, not empty, unmodifiable
     */
    @JsonProperty("columns")
    public List<Column> columns() {
        return columns;
    }

    /**
     * The rows in order, the total row (if any) last.
     *
     * @return the rows, not null, unmodifiable
     */
    @JsonProperty("rows")
    public List<Row> rows() {
        return rows;
    }

    /**
     * The footnotes, in order.
     *
     * @return the footnotes, not null, unmodifiable
     */
    @JsonProperty("footnotes")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> footnotes() {
        return footnotes;
    }

    /**
     * The number of rows, the total row included.
     *
     * @return the count, zero or more
     */
    public int rowCount() {
        return rows.size();
    }

    /**
     * The index of a column.
     *
     * @param column the column's name (not its heading), not null
     * @return the index, from 0
     * @throws IllegalArgumentException if there is no such column (the message lists the names)
     */
    public int columnIndex(String column) {
        Objects.requireNonNull(column, "column");
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + Limits.quote(column) + "' in table '"
                    + Limits.quote(title) + "'; the columns are " + Limits.quote(String.join(", ",
                    columns.stream().map(Column::name).toList())));
        }
        return i;
    }

    /**
     * One cell: {@code value(0, "MRR")} is the first row's {@code Money}.
     *
     * @param row the row index, from 0 to {@code rowCount() − 1} (the total row is last)
     * @param column the column's name, not null
     * @return the cell, of the column type's {@linkplain ColumnType#javaType() class}; null when undefined
     *     or missing
     * @throws IndexOutOfBoundsException if there is no such row
     * @throws IllegalArgumentException if there is no such column
     */
    @Nullable
    public Object value(int row, String column) {
        Objects.checkIndex(row, rows.size());
        return rows.get(row).cells().get(columnIndex(column));
    }

    // ---- text and Markdown ------------------------------------------------------------------------

    /**
     * The table as aligned plain text: the title, the headings, the rows (each group after a line with
     * its name), the total row under a rule, then the footnotes.
     *
     * @return the text, not null
     */
    public String toText() {
        return render(false);
    }

    /**
     * The table in GitHub-flavoured Markdown: the title as a paragraph, the table (a group as a row
     * with its name in bold, the total row in bold), then each footnote as a paragraph.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return render(true);
    }

    private String render(boolean markdown) {
        UnaryOperator<String> escape = markdown ? s -> markdown(Cells.visible(s)) : Cells::visible;
        int width = columns.size();
        List<String[]> texts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                Object value = row.cells().get(c);
                cells[c] = row.total() && value == null ? c == 0 ? TOTAL : "" : Cells.text(columns.get(c), value);
                if (markdown) {
                    cells[c] = markdown(cells[c]);
                }
            }
            texts.add(cells);
        }
        String[] headings = new String[width];
        for (int c = 0; c < width; c++) {
            headings[c] = (columns.get(c).type().numeric() ? ">" : "<") + escape.apply(columns.get(c).heading());
        }
        TextTable.Builder table = TextTable.builder(headings);
        String group = null;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            String[] cells = texts.get(r);
            if (row.group() != null && !row.group().equals(group)) {
                group = row.group();
                if (markdown) {
                    String[] header = new String[width];
                    Arrays.fill(header, "");
                    header[0] = bold(escape.apply(group));
                    table.row((Object[]) header);
                } else {
                    table.note(escape.apply(group));
                }
            }
            if (row.total()) {
                if (markdown) {
                    for (int c = 0; c < width; c++) {
                        cells[c] = bold(cells[c]);
                    }
                } else {
                    table.note("-".repeat(textWidth(headings, texts)));
                }
            }
            table.row((Object[]) cells);
        }
        if (markdown) {
            StringBuilder sb = new StringBuilder(table.build().toMarkdown(escape.apply(title)));
            for (String footnote : footnotes) {
                sb.append("\n\n").append(escape.apply(footnote));
            }
            return sb.toString();
        }
        for (String footnote : footnotes) {
            table.note(escape.apply(footnote));
        }
        return table.build().toText(escape.apply(title));
    }

    /** The width of the aligned text: the widest cell of each column, two spaces between columns. */
    private static int textWidth(String[] headings, List<String[]> texts) {
        int total = 2 * (headings.length - 1);
        for (int c = 0; c < headings.length; c++) {
            int w = headings[c].length() - 1;
            for (String[] cells : texts) {
                w = Math.max(w, cells[c].length());
            }
            total += w;
        }
        return total;
    }

    private static String bold(String s) {
        return s.isEmpty() ? s : "**" + s + "**";
    }

    /** Escapes what Markdown would read as markup that could break out of a cell: backslash, &lt;, &gt;, &amp;. */
    private static String markdown(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- HTML -------------------------------------------------------------------------------------

    /**
     * The table as an HTML {@code <table>} that is also well-formed XML. Example (one group, a total):
     * <pre>{@code
     * <table>
     * <caption>MRR</caption>
     * <thead>
     * <tr><th scope="col">month</th><th scope="col" class="num" style="text-align:right">MRR (USD)</th></tr>
     * </thead>
     * <tbody>
     * <tr class="group"><th scope="rowgroup" colspan="2">2024</th></tr>
     * <tr><td>2024-01</td><td class="num" style="text-align:right" data-value="1234.50">1,234.50</td></tr>
     * </tbody>
     * <tfoot>
     * <tr class="total"><td>Total</td><td class="num" style="text-align:right" data-value="1234.50">1,234.50</td></tr>
     * </tfoot>
     * </table>
     * }</pre>
     *
     * @return the HTML text, not null
     */
    public String toHtml() {
        int width = columns.size();
        StringBuilder sb = new StringBuilder(256 + 64 * width * (rows.size() + 1));
        sb.append("<table>\n<caption>").append(html(Cells.visible(title))).append("</caption>\n<thead>\n<tr>");
        for (Column column : columns) {
            sb.append("<th scope=\"col\"").append(column.type().numeric() ? NUMERIC : "").append('>')
                    .append(html(Cells.visible(column.heading()))).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        boolean first = true;
        String group = null;
        Row total = null;
        for (Row row : rows) {
            if (row.total()) {
                total = row;
                continue;
            }
            if (row.group() != null && !row.group().equals(group)) {
                group = row.group();
                if (!first) {
                    sb.append("</tbody>\n<tbody>\n");
                }
                sb.append("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").append(width).append("\">")
                        .append(html(Cells.visible(group))).append("</th></tr>\n");
            }
            first = false;
            htmlRow(sb, row);
        }
        sb.append("</tbody>\n");
        if (total != null || !footnotes.isEmpty()) {
            sb.append("<tfoot>\n");
            if (total != null) {
                htmlRow(sb, total);
            }
            for (String footnote : footnotes) {
                sb.append("<tr class=\"footnote\"><td colspan=\"").append(width).append("\">")
                        .append(html(Cells.visible(footnote))).append("</td></tr>\n");
            }
            sb.append("</tfoot>\n");
        }
        return sb.append("</table>").toString();
    }

    private void htmlRow(StringBuilder sb, Row row) {
        sb.append(row.total() ? "<tr class=\"total\">" : "<tr>");
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Object value = row.cells().get(c);
            sb.append("<td");
            if (column.type().numeric()) {
                sb.append(Cells.negative(value) ? NEGATIVE : NUMERIC);
                String raw = Cells.raw(value);
                if (raw != null) {
                    sb.append(" data-value=\"").append(raw).append('"');
                }
                if (value instanceof Ratio r) {
                    sb.append(" data-numerator=\"").append(r.numerator()).append("\" data-denominator=\"")
                            .append(r.denominator()).append('"');
                } else if (value instanceof ConfidenceInterval ci) {
                    sb.append(" data-lower=\"").append(Figures.number(ci.lower())).append("\" data-upper=\"")
                            .append(Figures.number(ci.upper())).append("\" data-level=\"")
                            .append(Figures.number(ci.level())).append('"');
                }
            }
            String text = row.total() && value == null ? c == 0 ? TOTAL : "" : Cells.text(column, value);
            sb.append('>').append(html(text)).append("</td>");
        }
        sb.append("</tr>\n");
    }

    /** Escapes the five characters HTML and XML give a meaning. */
    private static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- CSV --------------------------------------------------------------------------------------

    /**
     * The table as CSV (RFC 4180), header row first, every record ended by CRLF; see the class
     * description for the fields.
     *
     * @return the CSV text, not null
     */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try {
            writeCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * Writes the table as CSV (RFC 4180) to a writer, which is left open.
     *
     * @param out the writer, not null
     * @throws IOException if the writer throws
     */
    public void writeCsv(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        boolean groups = rows.stream().anyMatch(r -> r.group() != null);
        boolean total = rows.stream().anyMatch(Row::total);
        List<String> fields = new ArrayList<>();
        if (groups) {
            fields.add("group");
        }
        if (total) {
            fields.add("row kind");
        }
        for (Column column : columns) {
            Cells.csvHeadings(column, fields);
        }
        record(out, fields, Set.of());
        for (Row row : rows) {
            fields.clear();
            if (groups) {
                fields.add(row.group() == null ? "" : row.group());
            }
            if (total) {
                fields.add(row.kind().name().toLowerCase(Locale.ROOT));
            }
            Set<Integer> emptyTexts = new HashSet<>();
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.cells().get(c);
                if ("".equals(value)) {
                    emptyTexts.add(fields.size());
                }
                Cells.csvFields(columns.get(c), value, fields);
            }
            record(out, fields, emptyTexts);
        }
        out.flush();
    }

    /**
     * Writes the table as CSV (RFC 4180) to a file in UTF-8 (without a byte-order mark), replacing it if
     * it exists: {@code result.toTable().writeCsv(Path.of("bridge.csv"))}.
     *
     * @param file the file, not null
     * @throws IOException if the file cannot be written
     */
    public void writeCsv(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(out);
        }
    }

    /** Writes one record; the fields at the given positions are empty texts, written as {@code ""}. */
    private static void record(Writer out, List<String> fields, Set<Integer> quotedEmpty) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i);
            if (quotedEmpty.contains(i)) {
                out.write("\"\"");
            } else if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                    || field.indexOf('\n') >= 0) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write(CRLF);
    }

    // ---- value semantics --------------------------------------------------------------------------

    /**
     * Whether another table has the same title, columns, rows (cell by cell) and footnotes.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ResultTable other && title.equals(other.title) && columns.equals(other.columns)
                && rows.equals(other.rows) && footnotes.equals(other.footnotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, columns, rows, footnotes);
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
     * Collects the columns, rows and footnotes of a {@link ResultTable}, checking every cell against
     * its column; {@link #build()} makes the immutable table.
     *
     * <p>Columns come first, then rows. {@link #group(String)} starts a group: the rows added after
     * it belong to it, until the next group; a group's rows are consecutive, and rows without a group
     * come before the first group. {@link #total(Object...)} sets the total row, printed last whenever
     * it is set.
     *
     * <p>A builder is mutable and not thread-safe; it may go on after {@code build()}, which does not
     * change tables already built.
     */
    public static final class Builder {

        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Row> rows = new ArrayList<>();
        private final Set<String> groups = new HashSet<>();
        @Nullable
        private String group;
        @Nullable
        private Row total;
        private final List<String> footnotes = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * Adds a column.
         *
         * @param column the column, not null, its name not used by another column
         * @return this builder
         * @throws IllegalArgumentException if another column has the same name
         * @throws IllegalStateException if a row was added already
         */
        public Builder column(Column column) {
            Objects.requireNonNull(column, "column");
            if (!rows.isEmpty() || total != null) {
                throw new IllegalStateException("column '" + Limits.quote(column.name()) + "' comes after the first"
                        + " row: add every column before the rows");
            }
            if (index.putIfAbsent(column.name(), columns.size()) != null) {
                throw new IllegalArgumentException("column name '" + Limits.quote(column.name())
                        + "' is used twice: names must be unique");
            }
            columns.add(column);
            return this;
        }

        /**
         * Adds columns.
         *
         * @param columns the columns, not null, none null, names unique
         * @return this builder
         * @throws IllegalArgumentException if two columns have the same name
         * @throws IllegalStateException if a row was added already
         */
        public Builder columns(Column... columns) {
            for (Column column : Objects.requireNonNull(columns, "columns")) {
                column(column);
            }
            return this;
        }

        /**
         * Starts a group: the rows added next belong to it, until the next group. Naming the current
         * group again changes nothing.
         *
         * @param name the group's name, such as {@code "2024"} or {@code "Enterprise"}, not blank, at most
         *     {@value Column#MAX_NAME_LENGTH} characters
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or too long, or names an earlier group (a
         *     group's rows are consecutive)
         */
        public Builder group(String name) {
            Column.checkName("group", name);
            if (name.equals(group)) {
                return this;
            }
            if (groups.contains(name)) {
                throw new IllegalArgumentException("group '" + Limits.quote(name) + "' comes twice: a group's rows"
                        + " must be consecutive");
            }
            groups.add(name);
            group = name;
            return this;
        }

        /**
         * Adds a data row to the current group (none before the first {@link #group(String)}).
         *
         * @param cells one cell per column, each of the column type's {@linkplain ColumnType#javaType()
         *     class} or null for undefined; not null (a table of one column takes a null cell as
         *     {@code row((Object) null)})
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the number of columns, a cell
         *     has the wrong type, a rate is not finite, or a decimal has more than
         *     {@value ResultTable#MAX_DECIMAL_DIGITS} digits either side of the point; the message names the
         *     column, the row (counted from 0) and quotes the value
         * @throws io.github.saasmetrics.money.CurrencyMismatchException if an amount is not in its column's
         *     currency
         */
        public Builder row(Object... cells) {
            String where = "row " + rows.size();
            rows.add(new Row(group, RowKind.DATA, checked(cells, where)));
            return this;
        }

        /**
         * Sets the total row, printed last. A null cell is a column without a total and prints empty;
         * a null first cell prints {@code Total}.
         *
         * @param cells one cell per column, as for {@link #row(Object...)}
         * @return this builder
         * @throws IllegalArgumentException if the total row is set already, or a cell is wrong as for
         *     {@link #row(Object...)}
         * @throws io.github.saasmetrics.money.CurrencyMismatchException if an amount is not in its column's
         *     currency
         */
        public Builder total(Object... cells) {
            if (total != null) {
                throw new IllegalArgumentException("the total row is set already: a table has at most one");
            }
            total = new Row(null, RowKind.TOTAL, checked(cells, "the total row"));
            return this;
        }

        /**
         * Adds a footnote, printed after the table (in HTML, in {@code <tfoot>}).
         *
         * @param text the footnote, not null
         * @return this builder
         */
        public Builder footnote(String text) {
            footnotes.add(Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * The table of the columns, rows and footnotes so far.
         *
         * @return the table, not null
         * @throws IllegalArgumentException if there is no column
         */
        public ResultTable build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("table '" + Limits.quote(title) + "' needs at least one column");
            }
            return new ResultTable(this);
        }

        private List<Object> checked(Object[] cells, String where) {
            Objects.requireNonNull(cells, "cells");
            checkWidth(cells.length, where);
            List<Object> out = new ArrayList<>(cells.length);
            for (int c = 0; c < cells.length; c++) {
                out.add(Cells.check(columns.get(c), cells[c], where));
            }
            return out;
        }

        private void checkWidth(int cells, String where) {
            if (columns.isEmpty()) {
                throw new IllegalStateException(where + " comes before any column: add the columns first");
            }
            if (cells != columns.size()) {
                throw new IllegalArgumentException(where + " has " + cells + " cells but the table has "
                        + columns.size() + " columns");
            }
        }
    }
}
