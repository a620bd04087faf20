package io.github.saasmetrics.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Counts survey answers by period or segment in Spark SQL's own aggregation (Catalyst and Tungsten,
 * no Java objects per row): one pass, one small row per group to the driver, where core's types
 * take over. Each answer is checked in the same pass; the first problem found fails the call (or,
 * with {@link BadRows#REJECT}, the answer is left out of every count and listed by
 * {@link #rejected}).
 */
final class SurveyAggregation {

    /** How answers are grouped. */
    enum Grouping {
        TOTAL,
        MONTH,
        QUARTER,
        SEGMENT
    }

    /** One group's counts: the group (a period, a segment value or null) and a count per bucket. */
    record Counts(Object key, long[] buckets) {
    }

    private final Dataset<Row> responses;
    private final SurveyColumns columns;
    private final BadRows badRows;
    private final int min;
    private final int max;

    SurveyAggregation(Dataset<Row> responses, SurveyColumns columns, BadRows badRows, int min, int max) {
        this.responses = Objects.requireNonNull(responses, "responses");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.badRows = Objects.requireNonNull(badRows, "badRows");
        this.min = min;
        this.max = max;
        StructType schema = responses.schema();
        check(schema, columns.customer(), "text or whole numbers", DataTypes.StringType, DataTypes.LongType,
                DataTypes.IntegerType);
        check(schema, columns.score(), "whole numbers", DataTypes.IntegerType, DataTypes.LongType,
                DataTypes.ShortType, DataTypes.ByteType, DataTypes.StringType);
        check(schema, columns.date(), "dates", DataTypes.DateType, DataTypes.StringType);
        if (columns.segment() != null) {
            check(schema, columns.segment(), "text", DataTypes.StringType);
        }
    }

    private static void check(StructType schema, String column, String what, DataType... allowed) {
        if (!Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException("column '" + column + "' is not among the columns "
                    + Arrays.toString(schema.fieldNames()));
        }
        DataType type = schema.apply(column).dataType();
        if (!Arrays.asList(allowed).contains(type)) {
            throw new IllegalArgumentException("column '" + column + "' must hold " + what + " but is of type "
                    + type.simpleString());
        }
    }

    private Column customerText() {
        return col(columns.customer()).cast(DataTypes.StringType);
    }

    private Column score() {
        return col(columns.score()).try_cast(DataTypes.IntegerType);
    }

    private Column day() {
        return col(columns.date()).try_cast(DataTypes.DateType);
    }

    private Column value(String column) {
        return coalesce(col(column).cast(DataTypes.StringType), lit("null"));
    }

    private Column bad(String column, String why) {
        return concat(lit("column '" + column + "' has value '"), value(column), lit("' for customer '"),
                coalesce(customerText(), lit("null")), lit("': " + why));
    }

    /** Why an answer cannot be counted, naming the column, the value and the customer; null if it can. */
    Column problem() {
        Column p = when(col(columns.customer()).isNull(), concat(lit("column '" + columns.customer()
                + "' has value null (score "), value(columns.score()), lit(", date "), value(columns.date()),
                lit("): every answer needs a customer")))
                .when(trim(customerText()).equalTo(""), bad(columns.customer(), "a customer id must not be blank"))
                .when(col(columns.score()).isNull(), bad(columns.score(), "every answer needs a score"))
                .when(score().isNull().or(score().lt(min)).or(score().gt(max)),
                        bad(columns.score(), "answers are whole numbers " + min + ".." + max))
                .when(col(columns.date()).isNull(), bad(columns.date(), "every answer needs a date"))
                .when(day().isNull(), bad(columns.date(), "not a date such as 2024-03-05"));
        if (columns.segment() != null) {
            p = p.when(trim(col(columns.segment())).equalTo(""), bad(columns.segment(),
                    "a segment value must not be blank (null means none)"));
        }
        return p;
    }

    /** The bad answers, each with its reason in a last column {@code reject_reason}. */
    Dataset<Row> rejected() {
        return responses.withColumn("reject_reason", problem()).filter(col("reject_reason").isNotNull());
    }

    /**
     * Counts the good answers per group and bucket (bucket {@code i} holds answers from
     * {@code bounds[i][0]} to {@code bounds[i][1]}); groups without good answers are left out.
     */
    List<Counts> count(Grouping grouping, int[][] bounds) {
        Column ok = col("_problem").isNull();
        Column key = switch (grouping) {
            case TOTAL -> lit(0);
            case MONTH -> trunc(col("_day"), "month");
            case QUARTER -> trunc(col("_day"), "quarter");
            case SEGMENT -> col("_segment");
        };
        Dataset<Row> checked = responses.select(problem().as("_problem"), score().as("_score"), day().as("_day"),
                (columns.segment() == null ? lit(null).cast(DataTypes.StringType) : col(columns.segment()))
                        .as("_segment"));
        Column[] aggs = new Column[bounds.length + 1];
        for (int i = 0; i < bounds.length; i++) {
            aggs[i] = sum(when(ok.and(col("_score").between(bounds[i][0], bounds[i][1])), 1L).otherwise(0L));
        }
        aggs[bounds.length] = min(col("_problem"));
        List<Row> groups = checked.groupBy(key.as("_key")).agg(aggs[0], Arrays.copyOfRange(aggs, 1, aggs.length))
                .collectAsList();
        List<Counts> out = new ArrayList<>();
        String firstProblem = null;
        for (Row g : groups) {
            String problem = g.getString(bounds.length + 1);
            if (problem != null && (firstProblem == null || problem.compareTo(firstProblem) < 0)) {
                firstProblem = problem;
            }
            long[] buckets = new long[bounds.length];
            long total = 0;
            for (int i = 0; i < bounds.length; i++) {
                buckets[i] = g.getLong(i + 1);
                total += buckets[i];
            }
            if (total > 0) {
                out.add(new Counts(key(grouping, g.get(0)), buckets));
            }
        }
        if (firstProblem != null && badRows == BadRows.FAIL) {
            throw new IllegalArgumentException("bad survey answer: " + firstProblem);
        }
        return out;
    }

    private static Object key(Grouping grouping, Object value) {
        if (grouping == Grouping.MONTH || grouping == Grouping.QUARTER) {
            LocalDate d = value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
            return grouping == Grouping.MONTH ? ReportingPeriod.month(YearMonth.from(d))
                    : ReportingPeriod.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
        }
        return value;
    }
}
