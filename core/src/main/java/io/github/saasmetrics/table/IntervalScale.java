package io.github.saasmetrics.table;

/**
 * How an {@link ColumnType#INTERVAL} column reads its bounds.
 *
 * <p>Example: the interval {@code [0.1952, 0.2539]} of a churn rate prints as {@code [19.5%, 25.4%]}
 * in a {@link #PERCENT} column of one decimal; the interval {@code [19.52, 25.39]} of an NPS (points)
 * prints as it is in a {@link #PLAIN} column of two decimals. CSV, HTML {@code data-} attributes and
 * JSON always hold the bounds as they are.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IntervalScale {

    /** The bounds are on the estimate's own scale (points, months, a probability) and print as they are. */
    PLAIN,
    /** The bounds are fractions and print as percentages: 0.1952 is {@code 19.5%} with one decimal. */
    PERCENT
}
