package io.github.saasmetrics.surveys;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.IntervalScale;
import io.github.saasmetrics.table.ResultTable;
import java.util.List;
import java.util.Map;

/**
 * Labelled NPS rows as a typed {@link ResultTable}, shared by {@link NpsSegments} and
 * {@link NpsTrend}: the columns of {@link NpsTable}'s text, typed.
 *
 * <p>Columns: the label, {@code responses} (COUNT), {@code promoters}, {@code passives} and
 * {@code detractors} (PERCENT: the count of the category over the responses, so the numerators are
 * the counts), {@code NPS} and {@code SE} (DECIMAL, 1 decimal, in points) and {@code 95% CI}
 * (INTERVAL, 1 decimal, plain: the Wald interval). When a row is weighted, three RATE columns
 * {@code weighted promoters}, {@code weighted passives} and {@code weighted detractors} follow the
 * shares, and a footnote says that the score uses the weights. A row without responses has 0
 * responses and every other cell undefined.
 */
final class NpsResultTable {

    private static final double LEVEL = 0.95;

    private NpsResultTable() {
    }

    static ResultTable of(String title, Column label, List<Map.Entry<Object, NpsScore>> rows) {
        boolean weighted = rows.stream().anyMatch(row -> row.getValue().weighted());
        ResultTable.Builder table = ResultTable.builder(title).column(label)
                .columns(Column.count("responses"), Column.percent("promoters"), Column.percent("passives"),
                        Column.percent("detractors"));
        if (weighted) {
            table.columns(Column.rate("weighted promoters"), Column.rate("weighted passives"),
                    Column.rate("weighted detractors"));
        }
        table.columns(Column.decimal("NPS", 1), Column.decimal("SE", 1), Column.interval("95% CI", 1,
                IntervalScale.PLAIN));
        for (Map.Entry<Object, NpsScore> row : rows) {
            table.row(cells(row.getKey(), row.getValue(), weighted));
        }
        if (weighted) {
            table.footnote("Weighted rows: the weighted shares, NPS, SE and CI use the survey weights (Kish's"
                    + " effective sample size); promoters, passives and detractors count responses.");
        }
        return table.build();
    }

    private static Object[] cells(Object label, NpsScore score, boolean weighted) {
        boolean defined = score.defined();
        Object[] weights = !weighted ? new Object[0] : !defined ? new Object[3] : new Object[] {
            score.promoterProportion(), score.passiveProportion(), score.detractorProportion()};
        Object[] head = {label, score.responses(), score.promoterShare(), score.passiveShare(), score.detractorShare()};
        Object[] tail = !defined ? new Object[3] : new Object[] {DecimalCells.of(score.score()),
            DecimalCells.of(score.standardError()), score.waldInterval(LEVEL)};
        Object[] cells = new Object[head.length + weights.length + tail.length];
        System.arraycopy(head, 0, cells, 0, head.length);
        System.arraycopy(weights, 0, cells, head.length, weights.length);
        System.arraycopy(tail, 0, cells, head.length + weights.length, tail.length);
        return cells;
    }
}
