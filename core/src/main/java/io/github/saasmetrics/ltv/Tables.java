package io.github.saasmetrics.ltv;

import io.github.saasmetrics.table.TextTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Renders the result tables of this package as aligned text or Markdown. */
final class Tables {

    private Tables() {
    }

    /**
     * A title line followed by a right-aligned table (text), or the title and a Markdown table.
     * A row of a single cell is a note spanning the table (text only).
     */
    static String render(String title, String[] header, List<String[]> rows, boolean markdown) {
        String[] columns = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            columns[c] = ">" + header[c];
        }
        TextTable table = TextTable.of(columns);
        for (String[] row : rows) {
            if (row.length == header.length) {
                table.row((Object[]) row);
            } else {
                table.note(row[0]);
            }
        }
        return title + (markdown ? "\n\n" + table.toMarkdown() : "\n" + table.toText());
    }

    /** A time or count in its shortest exact decimal form: {@code 5}, {@code 2.25}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A probability with four decimals. */
    static String probability(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
