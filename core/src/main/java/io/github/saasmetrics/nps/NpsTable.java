package io.github.saasmetrics.nps;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.table.TextTable;
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
        return table(labelHeader, rows).toText() + "\n";
    }

    static String markdown(String labelHeader, List<Map.Entry<String, NpsScore>> rows) {
        return table(labelHeader, rows).toMarkdown() + "\n";
    }

    private static TextTable table(String labelHeader, List<Map.Entry<String, NpsScore>> rows) {
        List<String[]> cells = cells(labelHeader, rows);
        TextTable table = TextTable.of(cells.get(0));
        for (String[] row : cells.subList(1, cells.size())) {
            table.row((Object[]) row);
        }
        return table;
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
