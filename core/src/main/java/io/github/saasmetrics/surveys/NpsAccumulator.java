package io.github.saasmetrics.surveys;

import java.util.Objects;

/**
 * A mutable tally of Net Promoter answers, for summarising any number of responses in one pass
 * without boxing; {@link #snapshot()} gives the immutable {@link NpsScore}.
 *
 * <p>Use it directly in a loop, through {@link Nps#toNpsScore()} for a stream of
 * {@link NpsResponse}s, or for a stream of plain scores:
 * {@code scores.collect(NpsAccumulator::new, NpsAccumulator::add, NpsAccumulator::addAll).snapshot()}.
 * Accumulators filled on separate threads or machines combine with {@link #addAll(NpsAccumulator)},
 * and give the same counts as one accumulator that saw every response.
 *
 * <p>Unweighted answers only increment counts. Weighted answers (a weight other than exactly 1)
 * also add to the sums of weights and of squared weights, kept apart from the unweighted answers,
 * which join them with weight 1 only in the snapshot; an accumulator that never saw a weight gives
 * an unweighted score. A rejected answer leaves the accumulator unchanged.
 *
 * <p>Example: {@code new NpsAccumulator()} after {@code add(10)}, {@code add(8)}, {@code add(3)}
 * snapshots to {@code NpsScore.of(1, 1, 1)}, NPS 0.
 *
 * <p>This class is mutable and not thread-safe: confine each accumulator to one thread and merge.
 */
public final class NpsAccumulator {

    private long promoters;
    private long passives;
    private long detractors;

    // Sums over the explicitly weighted answers only, and how many of each category they were.
    private long weightedPromoters;
    private long weightedPassives;
    private long weightedDetractors;
    private double promoterWeight;
    private double passiveWeight;
    private double detractorWeight;
    private double sumOfSquares;

    /** Creates an empty accumulator. */
    public NpsAccumulator() {
    }

    /**
     * Adds one unweighted answer.
     *
     * @param score the answer, from 0 to 10
     * @throws IllegalArgumentException if the score is outside 0..10
     * @throws ArithmeticException if the number of answers would overflow a {@code long}
     */
    public void add(int score) {
        NpsCategory.checkScore(score);
        NpsScore.overflowCheck(promoters, passives, detractors, 1);
        if (score >= 9) {
            promoters++;
        } else if (score >= 7) {
            passives++;
        } else {
            detractors++;
        }
    }

    /**
     * Adds one answer with a survey weight; a weight of exactly 1 is the same as {@link #add(int)}.
     *
     * @param score the answer, from 0 to 10
     * @param weight the weight, from {@code 1e-100} to {@code 1e100}
     * @throws IllegalArgumentException if the score is outside 0..10 or the weight is out of range
     * @throws ArithmeticException if the number of answers would overflow a {@code long}
     */
    public void add(int score, double weight) {
        NpsCategory.checkScore(score);
        NpsResponse.checkWeight(weight);
        if (weight == 1.0) {
            add(score);
            return;
        }
        NpsScore.overflowCheck(promoters, passives, detractors, 1);
        sumOfSquares += weight * weight;
        if (score >= 9) {
            promoters++;
            weightedPromoters++;
            promoterWeight += weight;
        } else if (score >= 7) {
            passives++;
            weightedPassives++;
            passiveWeight += weight;
        } else {
            detractors++;
            weightedDetractors++;
            detractorWeight += weight;
        }
    }

    /**
     * Adds one response, with its weight if it has one.
     *
     * @param response the response, not null
     * @throws NullPointerException if the response is null
     * @throws ArithmeticException if the number of answers would overflow a {@code long}
     */
    public void add(NpsResponse response) {
        Objects.requireNonNull(response, "response");
        if (response.weight() == null) {
            add(response.score());
        } else {
            add(response.score(), response.weight());
        }
    }

    /**
     * Adds many unweighted answers in one tight pass. If any answer is out of range, none is added.
     *
     * @param scores the answers, not null, each from 0 to 10
     * @throws NullPointerException if the array is null
     * @throws IllegalArgumentException if an answer is outside 0..10 (the message names its index and value)
     * @throws ArithmeticException if the number of answers would overflow a {@code long}
     */
    public void addAll(int... scores) {
        Objects.requireNonNull(scores, "scores");
        // A histogram avoids a data-dependent branch per answer; one unsigned compare checks both bounds.
        int[] histogram = new int[NpsCategory.MAX_SCORE + 1];
        for (int i = 0; i < scores.length; i++) {
            int score = scores[i];
            if (Integer.compareUnsigned(score, NpsCategory.MAX_SCORE) > 0) {
                throw new IllegalArgumentException("score at index " + i + " must be 0..10 but was " + score);
            }
            histogram[score]++;
        }
        long d = 0;
        for (int s = 0; s <= 6; s++) {
            d += histogram[s];
        }
        long a = histogram[7] + (long) histogram[8];
        long p = histogram[9] + (long) histogram[10];
        // The array holds fewer than 2³¹ answers, so the only overflow is of the counts so far plus these.
        NpsScore.overflowCheck(promoters, passives, detractors, scores.length);
        detractors += d;
        passives += a;
        promoters += p;
    }

    /**
     * Adds everything another accumulator has seen; the other is unchanged.
     *
     * @param other the accumulator to merge in, not null
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    public void addAll(NpsAccumulator other) {
        Objects.requireNonNull(other, "other");
        long p = NpsScore.pooled("promoters", promoters, other.promoters);
        long a = NpsScore.pooled("passives", passives, other.passives);
        long d = NpsScore.pooled("detractors", detractors, other.detractors);
        NpsScore.overflowCheck(p, a, d, 0);
        promoters = p;
        passives = a;
        detractors = d;
        weightedPromoters += other.weightedPromoters;
        weightedPassives += other.weightedPassives;
        weightedDetractors += other.weightedDetractors;
        promoterWeight += other.promoterWeight;
        passiveWeight += other.passiveWeight;
        detractorWeight += other.detractorWeight;
        sumOfSquares += other.sumOfSquares;
    }

    /**
     * Adds the responses behind a score, weights included.
     *
     * @param score the score to merge in, not null
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    public void addAll(NpsScore score) {
        Objects.requireNonNull(score, "score");
        long p = NpsScore.pooled("promoters", promoters, score.promoters());
        long a = NpsScore.pooled("passives", passives, score.passives());
        long d = NpsScore.pooled("detractors", detractors, score.detractors());
        NpsScore.overflowCheck(p, a, d, 0);
        promoters = p;
        passives = a;
        detractors = d;
        NpsWeights weights = score.weights();
        if (weights != null) {
            weightedPromoters += score.promoters();
            weightedPassives += score.passives();
            weightedDetractors += score.detractors();
            promoterWeight += weights.promoters();
            passiveWeight += weights.passives();
            detractorWeight += weights.detractors();
            sumOfSquares += weights.sumOfSquares();
        }
    }

    /**
     * The number of answers added so far.
     *
     * @return the count, zero or more
     */
    public long count() {
        return promoters + passives + detractors;
    }

    /**
     * The score of everything added so far. The accumulator stays usable.
     *
     * @return the score, not null; {@link NpsScore#EMPTY} if nothing was added
     * @throws ArithmeticException if the number of answers overflows a {@code long}
     */
    public NpsScore snapshot() {
        long weightedCount = weightedPromoters + weightedPassives + weightedDetractors;
        if (weightedCount == 0) {
            return new NpsScore(promoters, passives, detractors, null);
        }
        long unweighted = count() - weightedCount;
        NpsWeights weights = new NpsWeights(
                promoterWeight + (promoters - weightedPromoters),
                passiveWeight + (passives - weightedPassives),
                detractorWeight + (detractors - weightedDetractors),
                sumOfSquares + unweighted);
        return new NpsScore(promoters, passives, detractors, weights);
    }

    /**
     * The summary of the current snapshot.
     *
     * @return the same text as {@code snapshot().toString()}, not null
     */
    @Override
    public String toString() {
        return snapshot().toString();
    }
}
