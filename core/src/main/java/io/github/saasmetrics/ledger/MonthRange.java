package io.github.saasmetrics.ledger;

/**
 * A run of a ledger's months by index, both ends inclusive: the months of a reporting period.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param first the index of the first month, at least 1 (the opening month 0 is the starting position)
 * @param last the index of the last month, at least {@code first}
 */
public record MonthRange(int first, int last) {

    /**
     * Validates the indices.
     *
     * @throws IllegalArgumentException if {@code first < 1} or {@code last < first}
     */
    public MonthRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("month range must satisfy 1 ≤ first ≤ last but was " + first + ".." + last);
        }
    }

    /**
     * The number of months.
     *
     * @return {@code last − first + 1}
     */
    public int length() {
        return last - first + 1;
    }
}
