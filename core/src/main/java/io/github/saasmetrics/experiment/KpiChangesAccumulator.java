package io.github.saasmetrics.experiment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A mutable builder of {@link KpiChanges}: add units one at a time, merge accumulators, take a
 * snapshot. Sums are exact, so the order of additions and merges never changes the result.
 *
 * <p>Example: {@code acc.add(10, 13); acc.add(12, 14); acc.add(14, 18); acc.snapshot().meanChange()}
 * is 3.
 *
 * <p>This class is not thread-safe; give each thread its own and merge them with {@link #addAll(KpiChangesAccumulator)}.
 */
public final class KpiChangesAccumulator {

    private long count;
    private BigDecimal sumBefore = BigDecimal.ZERO;
    private BigDecimal sumAfter = BigDecimal.ZERO;
    private BigDecimal sumSquaredChange = BigDecimal.ZERO;

    /** Creates an empty accumulator. */
    public KpiChangesAccumulator() {
    }

    /**
     * Adds one unit's KPI before and after.
     *
     * @param before the KPI before, finite
     * @param after the KPI after, finite
     * @throws IllegalArgumentException if a value is not finite
     * @throws ArithmeticException if the count of units overflows a {@code long}
     */
    public void add(double before, double after) {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            throw new IllegalArgumentException("KPI values must be finite but unit " + count + " had before " + before
                    + " and after " + after);
        }
        BigDecimal b = new BigDecimal(before);
        BigDecimal a = new BigDecimal(after);
        BigDecimal change = a.subtract(b);
        count = KpiChanges.pooledCount(count, 1);
        sumBefore = sumBefore.add(b);
        sumAfter = sumAfter.add(a);
        sumSquaredChange = sumSquaredChange.add(change.multiply(change));
    }

    /**
     * Adds every unit of a summary.
     *
     * @param changes the summary, not null
     * @throws NullPointerException if the summary is null
     * @throws ArithmeticException if the count of units overflows a {@code long}
     */
    public void addAll(KpiChanges changes) {
        Objects.requireNonNull(changes, "changes");
        count = KpiChanges.pooledCount(count, changes.count());
        sumBefore = sumBefore.add(changes.sumBefore());
        sumAfter = sumAfter.add(changes.sumAfter());
        sumSquaredChange = sumSquaredChange.add(changes.sumSquaredChange());
    }

    /**
     * Adds every unit of another accumulator.
     *
     * @param other the other accumulator, not null, not changed
     * @throws NullPointerException if the accumulator is null
     * @throws ArithmeticException if the count of units overflows a {@code long}
     */
    public void addAll(KpiChangesAccumulator other) {
        addAll(Objects.requireNonNull(other, "other").snapshot());
    }

    /**
     * The summary of the units added so far.
     *
     * @return the summary, not null
     */
    public KpiChanges snapshot() {
        return new KpiChanges(count, sumBefore, sumAfter, sumSquaredChange);
    }
}
