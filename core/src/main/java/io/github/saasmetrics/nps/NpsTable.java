package io.github.saasmetrics.nps;

import io.github.saasmetrics.stats.ConfidenceInterval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders labelled NPS rows as an aligned text table or a Markdown table, shared by
 * {@link NpsSegments} and {@link NpsTrend}.
 *
 * <p>Columns: the label, responses, the proportions of promoters, passives and detractors, the NPS,
 * its standard error and the 95 % Wald interval, one decimal each; a row with no responses shows
 * {@code —} in place of the undefined numbers.
 */
final class NpsTable {

    private static final String[] HEADERS = {"responses", "promoters", "passives", "detractors", "NPS", "SE",
        "95% CI"};
    private static final String UNDEFINED = "—";

    private NpsTable() {
    }

    static String text(String labelHeader, List<Map.Entry<String, NpsScore>> rows) {
        List<String[]> cells = cells(labelHeader, rows);
        int columns = cells.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : cells) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(widths[c] - row[c].length());
                // The label column reads left to right; numbers line up on the right.
                line.append(c == 0 ? row[c] + pad : pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static String markdown(String labelHeader, List<Map.Entry<String, NpsScore>> rows) {
        List<String[]> cells = cells(labelHeader, rows);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            out.append("| ").append(String.join(" | ", escape(cells.get(r)))).append(" |\n");
            if (r == 0) {
                out.append("|---").append("|---:".repeat(cells.get(0).length - 1)).append("|\n");
            }
        }
        return out.toString();
    }

    private static String[] escape(String[] row) {
        String[] escaped = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            escaped[i] = row[i].replace("|", "\\|");
        }
        return escaped;
    }

    private static List<String[]> cells(String labelHeader, List<Map.Entry<String, NpsScore>> rows) {
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[HEADERS.length + 1];
        header[0] = labelHeader;
        System.arraycopy(HEADERS, 0, header, 1, HEADERS.length);
        cells.add(header);
        for (Map.Entry<String, NpsScore> row : rows) {
            cells.add(row(row.getKey(), row.getValue()));
        }
        return cells;
    }

    private static String[] row(String label, NpsScore score) {
        if (!score.defined()) {
            return new String[] {label, "0", UNDEFINED, UNDEFINED, UNDEFINED, UNDEFINED, UNDEFINED, UNDEFINED};
        }
        ConfidenceInterval ci = score.waldInterval(0.95);
        return new String[] {
            label,
            Long.toString(score.responses()),
            oneDecimal(100 * score.promoterProportion()) + "%",
            oneDecimal(100 * score.passiveProportion()) + "%",
            oneDecimal(100 * score.detractorProportion()) + "%",
            oneDecimal(score.score()),
            oneDecimal(score.standardError()),
            "[" + oneDecimal(ci.lower()) + ", " + oneDecimal(ci.upper()) + "]",
        };
    }

    static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        // Rounding a small negative value must not print a signed zero.
        return text.equals("-0.0") ? "0.0" : text;
    }

    /** A confidence level as a percentage without trailing zeros: 0.95 gives {@code 95}, 0.999 gives {@code 99.9}. */
    static String percent(double level) {
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
