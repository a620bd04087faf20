package io.github.saasmetrics.spark;

import io.github.saasmetrics.surveys.NpsAccumulator;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsSegments;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Net Promoter Scores of survey answers held in a Spark dataset, overall, by month or quarter, and
 * by segment: core's {@link NpsScore}, {@link NpsTrend} and {@link NpsSegments}, equal to core's
 * {@code Nps.of}, {@code Nps.monthlyTrend}, {@code Nps.quarterlyTrend} and {@code Nps.bySegment} on
 * the same answers. Unweighted answers only (core's weighted scores sum doubles, whose order a
 * cluster cannot fix).
 *
 * <p>Each call is one Spark SQL aggregation: the answers are counted as promoters (9–10), passives
 * (7–8) and detractors (0–6) per group by Spark itself, and the few group counts are merged with
 * core's {@link NpsAccumulator}. An answer with a null customer, score or date, a score outside
 * 0..10 or a date that is not one fails the call with an error naming the column, the value and the
 * customer, or, with {@link BadRows#REJECT}, is left out and listed by {@link #rejectedRows()}.
 *
 * <p>Example: {@code SparkNps.of(spark.read().parquet("nps/"), SurveyColumns.defaults()).monthlyTrend()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkNps {

    private static final int[][] CATEGORIES = {{9, 10}, {7, 8}, {0, 6}};

    private final Dataset<Row> responses;
    private final SurveyColumns columns;
    private final BadRows badRows;
    private final SurveyAggregation aggregation;

    private SparkNps(Dataset<Row> responses, SurveyColumns columns, BadRows badRows) {
        this.responses = responses;
        this.columns = columns;
        this.badRows = badRows;
        this.aggregation = new SurveyAggregation(responses, columns, badRows, 0, 10);
    }

    /**
     * NPS of answers laid out as the columns say.
     *
     * @param responses the answers, not null
     * @param columns where the customer, score, date and segment are, not null
     * @return the scores, not null
     * @throws IllegalArgumentException if a column is missing or of a type that cannot hold it
     */
    public static SparkNps of(Dataset<Row> responses, SurveyColumns columns) {
        return new SparkNps(responses, columns, BadRows.FAIL);
    }

    /**
     * A copy that treats bad answers another way.
     *
     * @param policy fail (the default) or reject, not null
     * @return the copy, not null
     */
    public SparkNps withBadRows(BadRows policy) {
        return new SparkNps(responses, columns, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * The score of every answer.
     *
     * @return the score, not null; {@link NpsScore#EMPTY} for no answers
     */
    public NpsScore total() {
        NpsAccumulator acc = new NpsAccumulator();
        aggregation.count(SurveyAggregation.Grouping.TOTAL, CATEGORIES).forEach(c -> acc.addAll(score(c)));
        return acc.snapshot();
    }

    /**
     * The score per calendar month, every month from the first answer to the last (a month without
     * answers has the empty score).
     *
     * @return the trend, not null
     */
    public NpsTrend monthlyTrend() {
        return trend(SurveyAggregation.Grouping.MONTH);
    }

    /**
     * The score per calendar quarter, every quarter from the first answer to the last.
     *
     * @return the trend, not null
     */
    public NpsTrend quarterlyTrend() {
        return trend(SurveyAggregation.Grouping.QUARTER);
    }

    /**
     * The score per value of the segment column; answers with a null segment form the
     * "without attribute" row.
     *
     * @return the breakdown, attribute named after the segment column, not null
     * @throws IllegalStateException if the columns name no segment
     */
    public NpsSegments bySegment() {
        if (columns.segment() == null) {
            throw new IllegalStateException("no segment column: use SurveyColumns.withSegment");
        }
        TreeMap<String, NpsAccumulator> bySegment = new TreeMap<>();
        NpsAccumulator without = new NpsAccumulator();
        for (SurveyAggregation.Counts c : aggregation.count(SurveyAggregation.Grouping.SEGMENT, CATEGORIES)) {
            (c.key() == null ? without : bySegment.computeIfAbsent((String) c.key(), k -> new NpsAccumulator()))
                    .addAll(score(c));
        }
        List<NpsSegments.Segment> segments = new ArrayList<>();
        bySegment.forEach((value, acc) -> segments.add(new NpsSegments.Segment(value, acc.snapshot())));
        return new NpsSegments(columns.segment(), segments, without.snapshot());
    }

    /**
     * The answers left out as bad input, with their reason in a last column {@code reject_reason}.
     *
     * @return a lazy dataset, not null
     */
    public Dataset<Row> rejectedRows() {
        return aggregation.rejected();
    }

    private NpsTrend trend(SurveyAggregation.Grouping grouping) {
        TreeMap<ReportingPeriod, NpsAccumulator> byPeriod = new TreeMap<>();
        for (SurveyAggregation.Counts c : aggregation.count(grouping, CATEGORIES)) {
            byPeriod.computeIfAbsent((ReportingPeriod) c.key(), k -> new NpsAccumulator()).addAll(score(c));
        }
        List<NpsTrend.Point> points = new ArrayList<>();
        if (!byPeriod.isEmpty()) {
            // Calendar months and quarters chain through next(), as in core's trends.
            for (ReportingPeriod p = byPeriod.firstKey(); p.compareTo(byPeriod.lastKey()) <= 0; p = p.next()) {
                NpsAccumulator acc = byPeriod.get(p);
                points.add(new NpsTrend.Point(p, acc == null ? NpsScore.EMPTY : acc.snapshot()));
            }
        }
        return new NpsTrend(points);
    }

    private static NpsScore score(SurveyAggregation.Counts c) {
        return NpsScore.of(c.buckets()[0], c.buckets()[1], c.buckets()[2]);
    }
}
