package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

import java.util.Arrays;
import java.util.Objects;

/**
 * How well a score ranks churners below the customers who stayed: the area under the ROC curve,
 * kept as the pair counts it is computed from.
 *
 * <p><b>Definition.</b> Over every pair of one customer who churned and one who stayed, the pair is
 * <em>concordant</em> if the churner scored lower (the score saw it coming), <em>tied</em> if both
 * scored the same, and <em>discordant</em> otherwise. Then
 * <pre>
 *     AUC = (concordant + ½ · tied) / (churners × stayers)
 * </pre>
 * which is the Mann–Whitney {@code U} statistic of the stayers' scores over the churners', divided
 * by the number of pairs: the probability that a random churner scores below a random stayer, ties
 * counted as half. 1 is a perfect ranking, 0.5 no better than chance, below 0.5 backwards.
 *
 * <p><b>Computation.</b> Both groups' scores are sorted once and merged, {@code O(n log n)}; scores
 * are compared exactly, so only equal doubles tie. With no churner or no stayer there is no pair
 * and the AUC is undefined: {@link #defined()} is false and {@link #value()} throws.
 *
 * <p>Example: churners scored 20 and 50, stayers 40, 60 and 80: of the 6 pairs, 5 are concordant
 * (only 50 against 40 is not), so AUC = 5/6 = 0.8333.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param concordantPairs pairs where the churner scored lower, 0 or more
 * @param tiedPairs pairs with equal scores, 0 or more
 * @param discordantPairs pairs where the churner scored higher, 0 or more
 */
public record RocAuc(long concordantPairs, long tiedPairs, long discordantPairs) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     * @throws ArithmeticException if the total overflows
     */
    public RocAuc {
        if (concordantPairs < 0 || tiedPairs < 0 || discordantPairs < 0) {
            throw new IllegalArgumentException("pair counts must not be negative but were " + concordantPairs + ", "
                    + tiedPairs + ", " + discordantPairs);
        }
        Math.addExact(Math.addExact(concordantPairs, tiedPairs), discordantPairs);
    }

    /**
     * Counts the pairs of a set of scores and churn outcomes.
     *
     * @param scores each customer's score, finite, not null
     * @param churned whether each customer churned, same length, not null
     * @return the counts, not null
     * @throws IllegalArgumentException if the lengths differ or a score is not finite
     */
    public static RocAuc of(double[] scores, boolean[] churned) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(churned, "churned");
        if (scores.length != churned.length) {
            throw new IllegalArgumentException("scores and churned must have the same length but had " + scores.length
                    + " and " + churned.length);
        }
        int churners = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + i + " must be finite but was " + scores[i]);
            }
            churners += churned[i] ? 1 : 0;
        }
        double[] lost = new double[churners];
        double[] kept = new double[scores.length - churners];
        for (int i = 0, c = 0, k = 0; i < scores.length; i++) {
            if (churned[i]) {
                lost[c++] = scores[i] + 0.0;
            } else {
                kept[k++] = scores[i] + 0.0;
            }
        }
        Arrays.sort(lost);
        Arrays.sort(kept);
        long concordant = 0;
        long tied = 0;
        long discordant = 0;
        int below = 0;
        int atOrBelow = 0;
        for (double score : lost) {
            while (below < kept.length && kept[below] < score) {
                below++;
            }
            atOrBelow = Math.max(atOrBelow, below);
            while (atOrBelow < kept.length && kept[atOrBelow] <= score) {
                atOrBelow++;
            }
            discordant += below;
            tied += atOrBelow - below;
            concordant += kept.length - atOrBelow;
        }
        return new RocAuc(concordant, tied, discordant);
    }

    /**
     * The number of churner–stayer pairs.
     *
     * @return the pairs, 0 or more
     */
    public long pairs() {
        return concordantPairs + tiedPairs + discordantPairs;
    }

    /**
     * Whether there is at least one pair to compare.
     *
     * @return true unless there are no churners or no stayers
     */
    public boolean defined() {
        return pairs() != 0;
    }

    /**
     * The area under the ROC curve, {@code (concordant + ½ · tied) / pairs}.
     *
     * @return the AUC, from 0 to 1
     * @throws IllegalStateException if there is no pair
     */
    public double value() {
        if (!defined()) {
            throw new IllegalStateException("AUC is undefined: there is no pair of a churner and a customer who stayed");
        }
        return (concordantPairs + 0.5 * tiedPairs) / pairs();
    }

    /**
     * A one-line summary such as {@code AUC 0.8333 (5 of 6 pairs ranked right, 0 tied)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        if (!defined()) {
            return "AUC undefined (no pair of a churner and a customer who stayed)";
        }
        return "AUC " + Figures.fixed(value(), 4) + " (" + concordantPairs + " of " + pairs() + " pairs ranked right, "
                + tiedPairs + " tied)";
    }
}
