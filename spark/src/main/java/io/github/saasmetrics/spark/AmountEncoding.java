package io.github.saasmetrics.spark;

/**
 * How the MRR of a row is written in its column.
 *
 * <p>Example: $99.00 is the whole number {@code 9900} in minor units, or the decimal {@code 99.00}.
 */
public enum AmountEncoding {
    /** A whole number of the currency's minor units (cents): an integer, long or integral text column. */
    MINOR_UNITS,
    /**
     * A decimal amount in the currency's major units: a decimal or text column, with no more decimals
     * than the currency has (a row with more is bad input, never rounded).
     */
    DECIMAL
}
