package io.github.saasmetrics.spark;

/**
 * How the month of an MRR row is written in its column.
 *
 * <p>Example: March 2024 is the date {@code 2024-03-01} (any day of the month), the text
 * {@code "2024-03"}, or the index 650 counted from January 1970.
 */
public enum MonthEncoding {
    /** A date column (or a {@code yyyy-MM-dd} text); any day names its month. */
    DATE,
    /** A text column in ISO form, {@code yyyy-MM}, such as {@code "2024-03"}. */
    YEAR_MONTH_TEXT,
    /** An integer column: months after an origin month (index 0), January 1970 unless set otherwise. */
    MONTH_INDEX
}
