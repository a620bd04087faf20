package io.github.saasmetrics.examples.cli;

import java.util.Locale;

/**
 * How often a result is measured: {@code --by month|quarter}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Cadence {

    /** Calendar months. */
    MONTH,
    /** Calendar quarters. */
    QUARTER;

    /** The name as typed on the command line, which picocli lists in help and errors: {@code month}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
