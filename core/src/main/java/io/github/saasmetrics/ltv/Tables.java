package io.github.saasmetrics.ltv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Renders the result tables of this package as aligned text or Markdown. */
final class Tables {

    private Tables() {
    }

    /**
     * A title line followed by a right-aligned table (text), or the title and a Markdown table.
     * A row of a single cell is printed as a note spanning the table (text only).
     */
    static String render(String title, String[] header, List<String[]> rows, boolean markdown) {
        StringBuilder out = new StringBuilder(title).append('\n');
        if (markdown) {
            out.append('\n').append("| ").append(String.join(" | ", header)).append(" |\n|");
            for (int c = 0; c < header.length; c++) {
                out.append("---:|");
            }
            out.append('\n');
            for (String[] row : rows) {
                if (row.length == header.length) {
                    out.append("| ").append(String.join(" | ", row)).append(" |\n");
                }
            }
            return out.toString().stripTrailing();
        }
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
        }
        for (String[] row : rows) {
            if (row.length == header.length) {
                for (int c = 0; c < row.length; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
        }
        appendRow(out, header, width);
        for (String[] row : rows) {
            if (row.length == header.length) {
                appendRow(out, row, width);
            } else {
                out.append(row[0]).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.append("  ");
            }
            out.append(" ".repeat(width[c] - cells[c].length())).append(cells[c]);
        }
        out.append('\n');
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
