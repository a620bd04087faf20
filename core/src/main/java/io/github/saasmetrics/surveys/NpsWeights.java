package io.github.saasmetrics.surveys;

/**
 * The weighted side of an {@link NpsScore}: the sums of the survey weights of its promoters,
 * passives and detractors, and the sum of the squared weights of all its responses.
 *
 * <p>A response without a survey weight contributes 1 to its category's sum and 1 to
 * {@code sumOfSquares}. Sums add when scores merge, so {@link #plus(NpsWeights)} is the weights of
 * the pooled responses (up to floating-point rounding: unlike the counts, these sums are
 * {@code double}s and may differ in the last bits with the order in which responses were added).
 *
 * <p>Example: weights 2, 1 and 1 on a promoter, a passive and a detractor give
 * {@code NpsWeights(2, 1, 1, 6)}, total 4, effective sample size {@code 4² / 6 ≈ 2.67}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param promoters the sum of the weights of the promoters, finite, zero or more
 * @param passives the sum of the weights of the passives, finite, zero or more
 * @param detractors the sum of the weights of the detractors, finite, zero or more
 * @param sumOfSquares the sum of the squared weights of all responses, finite and positive
 */
public record NpsWeights(double promoters, double passives, double detractors, double sumOfSquares) {

    /**
     * Validates the sums.
     *
     * @throws IllegalArgumentException if a sum is negative or not finite, or the sum of squares or the total is not positive
     */
    public NpsWeights {
        check("promoters", promoters);
        check("passives", passives);
        check("detractors", detractors);
        check("sumOfSquares", sumOfSquares);
        if (!(sumOfSquares > 0)) {
            throw new IllegalArgumentException("sumOfSquares must be positive but was " + sumOfSquares);
        }
        double total = promoters + passives + detractors;
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("total weight must be positive and finite but was " + total);
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " weight must be finite and not negative but was " + value);
        }
    }

    /**
     * The weights of unweighted responses: every response weighs 1.
     *
     * @param promoters the number of promoters, zero or more
     * @param passives the number of passives, zero or more
     * @param detractors the number of detractors, zero or more
     * @return the weights, not null
     * @throws IllegalArgumentException if there are no responses
     */
    static NpsWeights ofCounts(long promoters, long passives, long detractors) {
        return new NpsWeights(promoters, passives, detractors, (double) promoters + passives + detractors);
    }

    /**
     * The sum of all weights, {@code promoters + passives + detractors}.
     *
     * @return the total, positive and finite
     */
    public double total() {
        return promoters + passives + detractors;
    }

    /**
     * Kish's effective sample size {@code (Σw)² / Σw²}: the number of unweighted responses that
     * would give the same precision. It equals {@code n} when every weight is equal and shrinks as
     * the weights grow more uneven.
     *
     * @return the effective sample size, positive
     */
    public double effectiveSampleSize() {
        double total = total();
        return total / sumOfSquares * total;
    }

    /**
     * The weights of the pooled responses: every sum adds.
     *
     * @param other the weights to add, not null
     * @return the sums, not null
     */
    public NpsWeights plus(NpsWeights other) {
        return new NpsWeights(promoters + other.promoters, passives + other.passives,
                detractors + other.detractors, sumOfSquares + other.sumOfSquares);
    }
}
