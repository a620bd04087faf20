package io.github.saasmetrics.surveys;

import io.github.saasmetrics.time.ReportingPeriod;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Net Promoter Scores over time: one score per reporting period, in period order, each from the
 * responses dated inside it.
 *
 * <p>{@link Nps#monthlyTrend} and {@link Nps#quarterlyTrend} list every period from the first to
 * the last response, a period without responses as an empty score (shown as {@code —}), so gaps
 * stay visible. {@link Nps#trend} with a custom grouping lists only the periods that hold
 * responses. To test whether a change between two periods is more than noise, use
 * {@link NpsScore#compare(NpsScore, NpsScore)} on their scores.
 *
 * <p>Example: {@code toString()} prints
 * <pre>{@code
 * period   responses  promoters  passives  detractors    NPS    SE          95% CI
 * 2024-01          3      66.7%      0.0%       33.3%   33.3  54.4  [-73.4, 100.0]
 * 2024-02          0          —         —           —      —     —               —
 * 2024-03          2       0.0%     50.0%       50.0%  -50.0  35.4  [-100.0, 19.3]
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param points the rows, sorted by period, periods unique; not null
 */
public record NpsTrend(List<Point> points) implements Tabular {

    /**
     * One row: a period and the score of the responses dated inside it.
     *
     * @param period the period, not null
     * @param score the score, not null, empty for a period without responses
     */
    public record Point(ReportingPeriod period, NpsScore score) {

        /** Validates the parts. */
        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * Validates and copies the rows.
     *
     * @throws IllegalArgumentException if the periods are not sorted and unique
     */
    public NpsTrend {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            ReportingPeriod previous = points.get(i - 1).period();
            ReportingPeriod period = points.get(i).period();
            if (previous.compareTo(period) >= 0) {
                throw new IllegalArgumentException("periods must be sorted and unique but " + previous
                        + " came before " + period);
            }
        }
    }

    /**
     * The score of one period.
     *
     * @param period the period, not null
     * @return the score, {@link NpsScore#EMPTY} if the trend has no such period; not null
     */
    public NpsScore score(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        for (Point point : points) {
            if (point.period().equals(period)) {
                return point.score();
            }
        }
        return NpsScore.EMPTY;
    }

    /**
     * The periods in order.
     *
     * @return the periods, not null, unmodifiable
     */
    public List<ReportingPeriod> periods() {
        return points.stream().map(Point::period).toList();
    }

    /**
     * The score of all responses of all periods pooled.
     *
     * @return the pooled score, not null
     */
    public NpsScore total() {
        NpsScore total = NpsScore.EMPTY;
        for (Point point : points) {
            total = total.plus(point.score());
        }
        return total;
    }

    private List<Map.Entry<String, NpsScore>> rows() {
        List<Map.Entry<String, NpsScore>> rows = new ArrayList<>();
        for (Point point : points) {
            rows.add(new AbstractMap.SimpleImmutableEntry<>(point.period().toString(), point.score()));
        }
        return rows;
    }

    /**
     * The rows as a typed table titled {@code NPS by period}. Columns: {@code period} (PERIOD),
     * {@code responses} (COUNT), {@code promoters}, {@code passives} and {@code detractors}
     * (PERCENT, counts over responses), {@code NPS} and {@code SE} (DECIMAL, 1 decimal),
     * {@code 95% CI} (INTERVAL, 1 decimal, the Wald interval); for weighted scores also the weighted
     * shares (RATE) and a footnote. A period without responses has 0 responses and the rest undefined.
     *
     * <p>Example: the row {@code 2024-03} of the class example reads {@code 2024-03, 2, 0/2, 1/2,
     * 1/2, -50.0, 35.4, [-100.0, 19.3]}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        List<Map.Entry<Object, NpsScore>> rows = new ArrayList<>();
        for (Point point : points) {
            rows.add(new AbstractMap.SimpleImmutableEntry<>(point.period(), point.score()));
        }
        return NpsResultTable.of("NPS by period", Column.period("period"), rows);
    }

    /**
     * The rows as a Markdown table, with the same columns as {@link #toString()}.
     *
     * @return the table, not null
     */
    public String toMarkdown() {
        return NpsTable.markdown("period", rows());
    }

    /**
     * An aligned text table: the period, responses, shares of promoters, passives and detractors,
     * NPS, standard error and 95 % Wald interval.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return NpsTable.text("period", rows());
    }
}
