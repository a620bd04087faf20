package io.github.saasmetrics.spark;

import io.github.saasmetrics.surveys.CsatScale;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Customer satisfaction (CSAT) of answers held in a Spark dataset, overall, by month or quarter,
 * and by segment: core's {@link CsatScore} per group, equal to core's {@code CsatScale.of} on the
 * same answers, pooled with {@link CsatScore#plus}.
 *
 * <p>Each call is one Spark SQL aggregation counting top-box and other answers per group. An answer
 * off the scale, or with a null customer, answer or date, fails the call naming the column, the
 * value and the customer, or, with {@link BadRows#REJECT}, is left out and listed by
 * {@link #rejectedRows()}.
 *
 * <p>Example: {@code SparkCsat.of(ratings, SurveyColumns.defaults().withScore("rating"), CsatScale.DEFAULT).total()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkCsat {

    private final Dataset<Row> responses;
    private final SurveyColumns columns;
    private final CsatScale scale;
    private final BadRows badRows;
    private final SurveyAggregation aggregation;
    private final int[][] buckets;

    private SparkCsat(Dataset<Row> responses, SurveyColumns columns, CsatScale scale, BadRows badRows) {
        this.responses = responses;
        this.columns = columns;
        this.scale = Objects.requireNonNull(scale, "scale");
        this.badRows = badRows;
        this.aggregation = new SurveyAggregation(responses, columns, badRows, scale.min(), scale.max());
        this.buckets = new int[][] {{scale.topBoxFrom(), scale.max()}, {scale.min(), scale.topBoxFrom() - 1}};
    }

    /**
     * CSAT of answers on a scale.
     *
     * @param responses the answers, not null
     * @param columns where the customer, answer, date and segment are, not null
     * @param scale the answer scale and its top box, not null
     * @return the scores, not null
     * @throws IllegalArgumentException if a column is missing or of a type that cannot hold it
     */
    public static SparkCsat of(Dataset<Row> responses, SurveyColumns columns, CsatScale scale) {
        return new SparkCsat(responses, columns, scale, BadRows.FAIL);
    }

    /**
     * A copy that treats bad answers another way.
     *
     * @param policy fail (the default) or reject, not null
     * @return the copy, not null
     */
    public SparkCsat withBadRows(BadRows policy) {
        return new SparkCsat(responses, columns, scale, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * The score of every answer.
     *
     * @return the score, not null; undefined for no answers
     */
    public CsatScore total() {
        CsatScore total = scale.empty();
        for (SurveyAggregation.Counts c : aggregation.count(SurveyAggregation.Grouping.TOTAL, buckets)) {
            total = total.plus(score(c));
        }
        return total;
    }

    /**
     * The score per calendar month that has answers.
     *
     * @return the scores in month order, not null
     */
    public SortedMap<ReportingPeriod, CsatScore> byMonth() {
        return byPeriod(SurveyAggregation.Grouping.MONTH);
    }

    /**
     * The score per calendar quarter that has answers.
     *
     * @return the scores in quarter order, not null
     */
    public SortedMap<ReportingPeriod, CsatScore> byQuarter() {
        return byPeriod(SurveyAggregation.Grouping.QUARTER);
    }

    /**
     * The score per value of the segment column; answers with a null segment form the
     * "without attribute" score.
     *
     * @return the breakdown, attribute named after the segment column, not null
     * @throws IllegalStateException if the columns name no segment
     */
    public CsatSegments bySegment() {
        if (columns.segment() == null) {
            throw new IllegalStateException("no segment column: use SurveyColumns.withSegment");
        }
        TreeMap<String, CsatScore> segments = new TreeMap<>();
        CsatScore without = scale.empty();
        for (SurveyAggregation.Counts c : aggregation.count(SurveyAggregation.Grouping.SEGMENT, buckets)) {
            if (c.key() == null) {
                without = without.plus(score(c));
            } else {
                segments.merge((String) c.key(), score(c), CsatScore::plus);
            }
        }
        return new CsatSegments(columns.segment(), segments, without);
    }

    /**
     * The answers left out as bad input, with their reason in a last column {@code reject_reason}.
     *
     * @return a lazy dataset, not null
     */
    public Dataset<Row> rejectedRows() {
        return aggregation.rejected();
    }

    private SortedMap<ReportingPeriod, CsatScore> byPeriod(SurveyAggregation.Grouping grouping) {
        TreeMap<ReportingPeriod, CsatScore> out = new TreeMap<>();
        for (SurveyAggregation.Counts c : aggregation.count(grouping, buckets)) {
            out.merge((ReportingPeriod) c.key(), score(c), CsatScore::plus);
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private CsatScore score(SurveyAggregation.Counts c) {
        long top = c.buckets()[0];
        return CsatScore.of(scale, top, top + c.buckets()[1]);
    }
}
