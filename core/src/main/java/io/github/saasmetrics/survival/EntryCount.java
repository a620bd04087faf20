package io.github.saasmetrics.survival;

/**
 * How many customers of a {@link SurvivalCurve} entered observation at a tenure above zero
 * (delayed entry): they are at risk only at tenures after it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param time the entry tenure, finite, positive
 * @param customers the number of customers entering then, at least 1
 */
public record EntryCount(double time, long customers) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the time is not positive and finite or the count below 1
     */
    public EntryCount {
        if (!(time > 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("entry time must be finite and positive but was " + time);
        }
        if (customers < 1) {
            throw new IllegalArgumentException("customers entering at " + time + " must be at least 1 but was "
                    + customers);
        }
    }
}
