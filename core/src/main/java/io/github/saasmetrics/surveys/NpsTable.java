package io.github.saasmetrics.surveys;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import java.util.ArrayList;
import java.util.List;
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
    private static final String UNDEFINED = Figures.UNDEFINED;

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
        TextTable.Builder table = TextTable.builder(cells.get(0));
        for (String[] row : cells.subList(1, cells.size())) {
            table.row((Object[]) row);
        }
        return table.build();
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
            Figures.fixedPercent(score.promoterProportion()),
            Figures.fixedPercent(score.passiveProportion()),
            Figures.fixedPercent(score.detractorProportion()),
            Figures.fixed(score.score(), 1),
            Figures.fixed(score.standardError(), 1),
            Figures.interval(ci, 1),
        };
    }
}
