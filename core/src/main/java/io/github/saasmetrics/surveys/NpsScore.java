package io.github.saasmetrics.surveys;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Normal;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * A Net Promoter Score with its standard error and confidence intervals, kept as the counts of
 * promoters (answers 9–10), passives (7–8) and detractors (0–6) it was computed from.
 *
 * <p><b>Score.</b> With {@code n = P + A + D} responses, of which {@code P} promoters and
 * {@code D} detractors, and the proportions {@code p = P/n}, {@code d = D/n}:
 * {@code NPS = 100 × (p − d)}, on the scale −100 to +100. Passives count in {@code n} only.
 *
 * <p><b>Standard error.</b> Scoring each response +1 (promoter), 0 (passive) or −1 (detractor),
 * the NPS is 100 times the mean score, and the variance of one response is
 * {@code v = (p + d) − (p − d)²}. The standard error of the NPS is {@code SE = 100 × √(v / n)}
 * points. The margin of error at a level is {@code z × SE}, where {@code z} is the two-sided normal
 * critical value (1.96 at 95 %).
 *
 * <p><b>Intervals.</b> {@link #waldInterval(double)} is {@code NPS ± z × SE}, clipped to
 * {@code [−100, 100]}. It is exact enough for large samples but collapses to a point when every
 * answer falls in one category. {@link #adjustedWaldInterval(double)} (Rocks 2016, "Interval
 * Estimation for the 'Net Promoter Score'", The American Statistician 70(4)) adds 3 to {@code n}
 * and 3/4 to each of {@code P} and {@code D} (so 3/2 to the passives), recomputes the proportions,
 * the NPS and the standard error from these adjusted counts, and centres the interval on the
 * adjusted NPS: {@code n' = n + 3}, {@code p' = (P + ¾)/n'}, {@code d' = (D + ¾)/n'},
 * {@code v' = (p' + d') − (p' − d')²}, interval {@code 100 × ((p' − d') ± z × √(v'/n'))}, clipped to
 * {@code [−100, 100]}. It keeps its coverage for small samples and extreme scores.
 *
 * <p><b>Weights.</b> When some response carries a survey weight, {@link #weights()} holds the sums
 * of the weights per category and of the squared weights; the proportions become weighted,
 * {@code p = Σw(promoters) / Σw}, and the standard error uses Kish's effective sample size
 * {@code n_eff = (Σw)² / Σw²} in place of {@code n}. The adjusted-Wald interval then adds 3 to
 * {@code n_eff} and 3/4 to {@code p × n_eff} and {@code d × n_eff}. The counts still count
 * responses, and {@link #promoterShare()} and its siblings stay shares of responses. Unweighted
 * scores ({@code weights == null}) are computed from the counts alone; a weight of exactly 1 is no
 * weight.
 *
 * <p><b>Empty.</b> {@link #EMPTY} (no responses) is the identity of {@link #plus(NpsScore)}. Its
 * shares are undefined {@link Ratio}s, and every statistic that needs a response ({@link #score()},
 * the proportions, the standard error, the intervals, comparisons) throws
 * {@link IllegalStateException}; none returns {@code NaN}. Check {@link #defined()} first.
 *
 * <p><b>Worked example</b> (the field guide): 324 responses, half promoters, a third passives, a
 * sixth detractors: {@code P = 162, A = 108, D = 54}. {@code NPS = 100 × (1/2 − 1/6) = 33.33};
 * {@code v = (1/2 + 1/6) − (1/3)² = 5/9 = 0.5556}; {@code SE = 100 × √(0.5556/324) = 4.14} points;
 * 95 % Wald interval {@code 33.33 ± 1.96 × 4.14 = [25.22, 41.45]}.
 *
 * <p>This record is immutable and thread-safe. Its JSON form holds the counts and the weights,
 * null for an unweighted score: {@code {"promoters":162,"passives":108,"detractors":54,"weights":null}}.
 *
 * @param promoters the number of responses 9 or 10, zero or more
 * @param passives the number of responses 7 or 8, zero or more
 * @param detractors the number of responses 0 to 6, zero or more
 * @param weights the weight sums when any response is weighted, else null; must be null when there are no responses
 */
public record NpsScore(long promoters, long passives, long detractors, @Nullable NpsWeights weights) {

    /** The score of no responses: the identity of {@link #plus(NpsScore)}; its statistics are undefined. */
    public static final NpsScore EMPTY = new NpsScore(0, 0, 0, null);

    /** Below this {@code n}, {@code (P + D) × n} fits in a {@code long}, so the variance is computed exactly. */
    private static final long EXACT_VARIANCE_LIMIT = 3_037_000_499L;

    /**
     * Validates the counts and weights.
     *
     * @throws IllegalArgumentException if a count is negative, the weights do not match the counts
     *     (a category has responses but no weight, or weight but no responses), there are weights but no responses,
     *     or the weights' effective sample size {@code (Σw)² / Σw²} is not between 1 and the number of responses
     *     (no weights of these responses can give it, and the statistics would not be finite)
     * @throws ArithmeticException if the number of responses overflows a {@code long} (the message names the counts)
     */
    public NpsScore {
        requireNotNegative("promoters", promoters);
        requireNotNegative("passives", passives);
        requireNotNegative("detractors", detractors);
        long n = overflowCheck(promoters, passives, detractors, 0);
        if (weights != null) {
            if (n == 0) {
                throw new IllegalArgumentException("weights must be null when there are no responses but were " + weights);
            }
            requireMatching("promoters", promoters, weights.promoters());
            requireMatching("passives", passives, weights.passives());
            requireMatching("detractors", detractors, weights.detractors());
            double ess = weights.effectiveSampleSize();
            // (Σw)² / Σw² is from 1 (one weight dominates) to n (equal weights); the slack absorbs rounding.
            if (!(ess >= 1 - ESS_SLACK && ess <= n * (1 + ESS_SLACK))) {
                throw new IllegalArgumentException("weights must give an effective sample size (Σw)² / Σw² from 1 to the "
                        + (n == 1 ? "1 response" : n + " responses") + " but gave " + ess + ": " + weights);
            }
        }
    }

    /** Relative slack for rounding when the effective sample size is checked against 1 and {@code n}. */
    private static final double ESS_SLACK = 1e-9;

    /**
     * {@code promoters + passives + detractors + more}, or an exception naming the counts when it overflows a
     * {@code long}; the counts are not negative.
     */
    static long overflowCheck(long promoters, long passives, long detractors, long more) {
        try {
            return Math.addExact(Math.addExact(Math.addExact(promoters, passives), detractors), more);
        } catch (ArithmeticException e) {
            throw overflow("the number of responses promoters + passives + detractors = " + promoters + " + " + passives
                    + " + " + detractors + (more == 0 ? "" : " and " + more + " more"), e);
        }
    }

    static ArithmeticException overflow(String what, ArithmeticException cause) {
        ArithmeticException e = new ArithmeticException(what + " overflows a long");
        e.initCause(cause);
        return e;
    }

    /** {@code a + b} for the pooled count of one category, or an exception naming it. */
    static long pooled(String category, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow("pooled " + category + " " + a + " + " + b, e);
        }
    }

    private static void requireNotNegative(String name, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + count);
        }
    }

    private static void requireMatching(String name, long count, double weight) {
        if ((count == 0) != (weight == 0)) {
            throw new IllegalArgumentException(name + " weight must be 0 exactly when the count is 0 but the count was "
                    + count + " and the weight " + weight);
        }
    }

    /**
     * The unweighted score of counted responses.
     *
     * <p>Example: {@code NpsScore.of(162, 108, 54).score()} is 33.33.
     *
     * @param promoters the number of responses 9 or 10, zero or more
     * @param passives the number of responses 7 or 8, zero or more
     * @param detractors the number of responses 0 to 6, zero or more
     * @return the score, not null; {@link #EMPTY} when all counts are 0
     * @throws IllegalArgumentException if a count is negative
     * @throws ArithmeticException if the number of responses overflows a {@code long} (the message names the counts)
     */
    public static NpsScore of(long promoters, long passives, long detractors) {
        return new NpsScore(promoters, passives, detractors, null);
    }

    /**
     * The number of responses {@code n = P + A + D}.
     *
     * @return the count, zero or more
     */
    public long responses() {
        return promoters + passives + detractors;
    }

    /**
     * Whether the score has a value, that is, there is at least one response.
     *
     * @return true unless the score is empty
     */
    public boolean defined() {
        return responses() > 0;
    }

    /**
     * Whether any response carried a survey weight other than 1.
     *
     * @return true if {@link #weights()} is not null
     */
    public boolean weighted() {
        return weights != null;
    }

    /**
     * The share of responses that are promoters, {@code P / n}, counting responses (not weights).
     *
     * @return the ratio, undefined when there are no responses; not null
     */
    public Ratio promoterShare() {
        return Ratio.of(promoters, responses());
    }

    /**
     * The share of responses that are passives, {@code A / n}, counting responses (not weights).
     *
     * @return the ratio, undefined when there are no responses; not null
     */
    public Ratio passiveShare() {
        return Ratio.of(passives, responses());
    }

    /**
     * The share of responses that are detractors, {@code D / n}, counting responses (not weights).
     *
     * @return the ratio, undefined when there are no responses; not null
     */
    public Ratio detractorShare() {
        return Ratio.of(detractors, responses());
    }

    /**
     * The proportion {@code p} of promoters that enters the score: {@code P / n}, or the weighted
     * {@code Σw(promoters) / Σw} for a weighted score.
     *
     * @return the proportion, from 0 to 1
     * @throws IllegalStateException if there are no responses
     */
    public double promoterProportion() {
        requireDefined();
        return weights == null ? (double) promoters / responses() : weights.promoters() / weights.total();
    }

    /**
     * The proportion of passives that enters the score: {@code A / n}, or the weighted
     * {@code Σw(passives) / Σw}.
     *
     * @return the proportion, from 0 to 1
     * @throws IllegalStateException if there are no responses
     */
    public double passiveProportion() {
        requireDefined();
        return weights == null ? (double) passives / responses() : weights.passives() / weights.total();
    }

    /**
     * The proportion {@code d} of detractors that enters the score: {@code D / n}, or the weighted
     * {@code Σw(detractors) / Σw}.
     *
     * @return the proportion, from 0 to 1
     * @throws IllegalStateException if there are no responses
     */
    public double detractorProportion() {
        requireDefined();
        return weights == null ? (double) detractors / responses() : weights.detractors() / weights.total();
    }

    /**
     * The Net Promoter Score {@code 100 × (p − d)}.
     *
     * <p>Example: 162 promoters, 108 passives and 54 detractors score {@code 100 × 108/324 = 33.33}.
     *
     * @return the score, from −100 to 100
     * @throws IllegalStateException if there are no responses
     */
    public double score() {
        requireDefined();
        if (weights == null) {
            return 100.0 * (promoters - detractors) / responses();
        }
        return 100.0 * (weights.promoters() - weights.detractors()) / weights.total();
    }

    /**
     * The sample size behind the standard error: {@code n} for an unweighted score, Kish's
     * {@code (Σw)² / Σw²} for a weighted one.
     *
     * @return the effective sample size, zero when there are no responses, else positive
     */
    public double effectiveSampleSize() {
        return weights == null ? responses() : weights.effectiveSampleSize();
    }

    /**
     * The variance of one response scored +1, 0, −1: {@code v = (p + d) − (p − d)²}, on the unit
     * scale (multiply by 10 000 for points²).
     *
     * <p>Example: {@code p = 1/2, d = 1/6} give {@code 2/3 − 1/9 = 5/9 = 0.5556}.
     *
     * @return the variance, from 0 to 1
     * @throws IllegalStateException if there are no responses
     */
    public double respondentVariance() {
        requireDefined();
        long n = responses();
        if (weights == null && n < EXACT_VARIANCE_LIMIT) {
            // ((P + D)·n − (P − D)²) / n² in exact integers: no cancellation when v is tiny.
            long net = promoters - detractors;
            long numerator = (promoters + detractors) * n - net * net;
            return numerator / ((double) n * n);
        }
        double p = promoterProportion();
        double d = detractorProportion();
        return Math.max(0, (p + d) - (p - d) * (p - d));
    }

    /**
     * The standard error of the score, {@code 100 × √(v / n)} points ({@code n_eff} in place of
     * {@code n} when weighted).
     *
     * <p>Example: {@code v = 5/9}, {@code n = 324}: {@code 100 × √(0.5556 / 324) = 4.14} points.
     *
     * @return the standard error in points, zero or more
     * @throws IllegalStateException if there are no responses
     */
    public double standardError() {
        return 100 * Math.sqrt(respondentVariance() / effectiveSampleSize());
    }

    /**
     * The margin of error {@code z × SE} at a confidence level: the half-width of the unclipped
     * Wald interval.
     *
     * <p>Example: at 95 % ({@code z = 1.96}) and {@code SE = 4.14}, 8.11 points.
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
     * @return the margin in points, zero or more
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     * @throws IllegalStateException if there are no responses
     */
    public double marginOfError(double level) {
        double z = Normal.twoSidedCritical(level);
        return z * standardError();
    }

    /**
     * The Wald interval {@code NPS ± z × SE}, clipped to {@code [−100, 100]}.
     *
     * <p>Example: {@code 33.33 ± 8.11 = [25.22, 41.45]} at 95 % for the field-guide example.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval in points, within {@code [−100, 100]}, not null
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     * @throws IllegalStateException if there are no responses
     */
    public ConfidenceInterval waldInterval(double level) {
        double margin = marginOfError(level);
        double score = score();
        return clipped(score - margin, score + margin, level);
    }

    /**
     * The adjusted-Wald interval of Rocks (2016): add 3 to {@code n} and 3/4 to {@code P} and to
     * {@code D}, and compute a Wald interval from the adjusted counts, centred on the adjusted NPS,
     * clipped to {@code [−100, 100]}. Weighted scores use {@code n_eff}, {@code p × n_eff} and
     * {@code d × n_eff} as the counts.
     *
     * <p>Example: 9 promoters out of 9 have a degenerate Wald interval {@code [100, 100]}; the 95 %
     * adjusted-Wald interval is {@code [43.37, 100]} around the adjusted NPS {@code 100 × (9.75 − 0.75)/12 = 75}.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval in points, within {@code [−100, 100]}, not null
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     * @throws IllegalStateException if there are no responses
     */
    public ConfidenceInterval adjustedWaldInterval(double level) {
        double z = Normal.twoSidedCritical(level);
        requireDefined();
        double n = effectiveSampleSize();
        double promoterCount = weights == null ? promoters : promoterProportion() * n;
        double detractorCount = weights == null ? detractors : detractorProportion() * n;
        double adjustedN = n + 3;
        double p = (promoterCount + 0.75) / adjustedN;
        double d = (detractorCount + 0.75) / adjustedN;
        double variance = Math.max(0, (p + d) - (p - d) * (p - d));
        double centre = 100 * (p - d);
        double margin = z * 100 * Math.sqrt(variance / adjustedN);
        return clipped(centre - margin, centre + margin, level);
    }

    private static ConfidenceInterval clipped(double lower, double upper, double level) {
        return new ConfidenceInterval(Math.max(-100, lower), Math.min(100, upper), level);
    }

    /**
     * The score of the pooled responses: counts add, and so do the weight sums. An unweighted side
     * joins a weighted one with weight 1 per response.
     *
     * <p>Example: {@code of(10, 0, 0).plus(of(0, 0, 10))} is {@code of(10, 0, 10)}, NPS 0.
     *
     * @param other the score to pool with, not null
     * @return the pooled score, not null
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a count overflows a {@code long} (the message names the category and the counts)
     */
    public NpsScore plus(NpsScore other) {
        Objects.requireNonNull(other, "other");
        if (!other.defined()) {
            return this;
        }
        if (!defined()) {
            return other;
        }
        long p = pooled("promoters", promoters, other.promoters);
        long a = pooled("passives", passives, other.passives);
        long d = pooled("detractors", detractors, other.detractors);
        if (weights == null && other.weights == null) {
            return new NpsScore(p, a, d, null);
        }
        return new NpsScore(p, a, d, weightsOrCounts().plus(other.weightsOrCounts()));
    }

    /** The weights, treating an unweighted score's responses as weight 1; only for a score with responses. */
    private NpsWeights weightsOrCounts() {
        return weights != null ? weights : NpsWeights.ofCounts(promoters, passives, detractors);
    }

    /**
     * Compares two scores from independent samples at the 95 % level. See
     * {@link #compare(NpsScore, NpsScore, double)}.
     *
     * @param a the first score, not null, not empty
     * @param b the second score, not null, not empty
     * @return the comparison of {@code a − b}, not null
     * @throws IllegalStateException if a score is empty or the difference has no variance
     */
    public static NpsComparison compare(NpsScore a, NpsScore b) {
        return NpsComparison.of(a, b, 0.95);
    }

    /**
     * Compares two scores from independent samples with a Wald test: the difference
     * {@code a − b} in points, its standard error {@code √(SE_a² + SE_b²)}, {@code z = difference / SE},
     * the two-sided p-value {@code 2 × (1 − Φ(|z|))} and the interval {@code difference ± z_level × SE}.
     *
     * <p>Example: NPS 40 on 200 responses (100/80/20) against NPS 20 on 150 (60/60/30): difference
     * 20, SE 7.70, {@code z = 2.60}, {@code p = 0.0094}, 95 % interval {@code [4.90, 35.10]}.
     *
     * @param a the first score, not null, not empty
     * @param b the second score, not null, not empty
     * @param level the confidence level of the interval, strictly between 0 and 1
     * @return the comparison of {@code a − b}, not null
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     * @throws IllegalStateException if a score is empty, or both have zero variance (every answer of
     *     each in one category), so that the test is undefined
     */
    public static NpsComparison compare(NpsScore a, NpsScore b, double level) {
        return NpsComparison.of(a, b, level);
    }

    private void requireDefined() {
        if (!defined()) {
            throw new IllegalStateException("NPS is undefined: there are no responses");
        }
    }

    /**
     * A one-line summary: the score with its 95 % margin of error, then its standard error and
     * counts, such as
     * {@code NPS 33.33 ± 8.11 at 95% (SE 4.14; promoters 162, passives 108, detractors 54; n = 324)};
     * a weighted score adds its effective sample size, the empty one reads
     * {@code NPS undefined (no responses)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        if (!defined()) {
            return "NPS undefined (no responses)";
        }
        String counts = "promoters " + promoters + ", passives " + passives + ", detractors " + detractors + "; n = "
                + responses();
        String weighting = weights == null ? "" : "; weighted, effective n = " + Figures.fixed(effectiveSampleSize(), 1);
        return "NPS " + Figures.fixed(score(), 2) + " ± " + Figures.fixed(marginOfError(0.95), 2) + " at 95% (SE "
                + Figures.fixed(standardError(), 2) + "; " + counts + weighting + ")";
    }
}
