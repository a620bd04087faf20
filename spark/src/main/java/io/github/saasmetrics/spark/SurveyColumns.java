package io.github.saasmetrics.spark;

import java.io.Serializable;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Where a dataset of survey responses keeps the customer, the answer, its date and, optionally, a
 * segment of the customer (such as the plan) to break scores down by.
 *
 * <p>The defaults, from {@link #defaults()}: {@code customer}, {@code score} (a whole number, or its
 * text), {@code date} (a date, or {@code yyyy-MM-dd} text), no segment. A response whose segment is
 * null belongs to the "without attribute" row, as in core's {@code NpsSegments}.
 *
 * <p>Example: {@code SurveyColumns.defaults().withScore("rating").withSegment("plan")}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer column, not blank
 * @param score the answer column, not blank
 * @param date the date column, not blank
 * @param segment the segment column, or null for none
 */
public record SurveyColumns(String customer, String score, String date, @Nullable String segment)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the names.
     *
     * @throws IllegalArgumentException if a name is blank
     */
    public SurveyColumns {
        for (String n : new String[] {customer, score, date}) {
            if (Objects.requireNonNull(n, "column").isBlank()) {
                throw new IllegalArgumentException("column names must not be blank but one was '" + n + "'");
            }
        }
        if (segment != null && segment.isBlank()) {
            throw new IllegalArgumentException("segment column must not be blank but was '" + segment + "'");
        }
    }

    /**
     * Columns {@code customer}, {@code score}, {@code date}, no segment.
     *
     * @return the columns, not null
     */
    public static SurveyColumns defaults() {
        return new SurveyColumns("customer", "score", "date", null);
    }

    /**
     * A copy with another customer column.
     *
     * @param column the column, not blank
     * @return the copy, not null
     */
    public SurveyColumns withCustomer(String column) {
        return new SurveyColumns(column, score, date, segment);
    }

    /**
     * A copy with another answer column.
     *
     * @param column the column, not blank
     * @return the copy, not null
     */
    public SurveyColumns withScore(String column) {
        return new SurveyColumns(customer, column, date, segment);
    }

    /**
     * A copy with another date column.
     *
     * @param column the column, not blank
     * @return the copy, not null
     */
    public SurveyColumns withDate(String column) {
        return new SurveyColumns(customer, score, column, segment);
    }

    /**
     * A copy with a segment column; its name is the attribute of the breakdown.
     *
     * @param column the column, not blank
     * @return the copy, not null
     */
    public SurveyColumns withSegment(String column) {
        return new SurveyColumns(customer, score, date, Objects.requireNonNull(column, "column"));
    }
}
