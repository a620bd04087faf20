package io.github.saasmetrics.surveys;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Normal;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import java.util.Objects;

/**
 * A customer satisfaction score: the share of answers in the top box of a scale, with its Wilson
 * interval.
 *
 * <p><b>Formula.</b> {@code CSAT = topBox / responses}, reported in percent. The interval is the
 * Wilson score interval, which, unlike {@code p ± z√(p(1−p)/n)}, stays inside [0, 100 %] and does not
 * collapse when every answer is (or none is) in the top box: with {@code p = topBox/n} and the
 * two-sided critical value {@code z},
 * {@code centre = (p + z²/(2n)) / (1 + z²/n)},
 * {@code halfWidth = z / (1 + z²/n) × √(p(1−p)/n + z²/(4n²))}, interval {@code centre ± halfWidth}
 * (Wilson 1927; recommended by Brown, Cai and DasGupta 2001).
 *
 * <p><b>Empty.</b> With no answers the share is an undefined {@link Ratio}; {@link #percent()} and
 * {@link #wilsonInterval(double)} throw {@link IllegalStateException}.
 *
 * <p><b>Worked example.</b> 170 of 200 answers are 4 or 5 on 1–5: CSAT 85 %; the 95 % Wilson
 * interval is {@code [79.39 %, 89.29 %]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scale the scale the answers were given on, not null
 * @param topBox the number of answers in the top box, from 0 to {@code responses}
 * @param responses the number of answers, zero or more
 */
public record CsatScore(CsatScale scale, long topBox, long responses) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or {@code topBox > responses}
     */
    public CsatScore {
        Objects.requireNonNull(scale, "scale");
        if (responses < 0) {
            throw new IllegalArgumentException("responses must not be negative but was " + responses);
        }
        if (topBox < 0 || topBox > responses) {
            throw new IllegalArgumentException("topBox must be from 0 to responses (" + responses + ") but was " + topBox);
        }
    }

    /**
     * The score of counted answers.
     *
     * @param scale the scale, not null
     * @param topBox the number of answers in the top box, from 0 to {@code responses}
     * @param responses the number of answers, zero or more
     * @return the score, not null
     * @throws IllegalArgumentException if a count is negative or {@code topBox > responses}
     */
    public static CsatScore of(CsatScale scale, long topBox, long responses) {
        return new CsatScore(scale, topBox, responses);
    }

    /**
     * Whether the score has a value: there is at least one answer.
     *
     * @return true if {@code responses > 0}
     */
    public boolean defined() {
        return responses > 0;
    }

    /**
     * The share of answers in the top box, {@code topBox / responses}.
     *
     * @return the ratio, undefined when there are no answers; not null
     */
    public Ratio share() {
        return Ratio.of(topBox, responses);
    }

    /**
     * The score in percent, {@code 100 × topBox / responses}.
     *
     * @return the percentage, from 0 to 100
     * @throws IllegalStateException if there are no answers
     */
    public double percent() {
        requireDefined();
        return 100.0 * topBox / responses;
    }

    /**
     * The Wilson score interval of the share, in percent.
     *
     * <p>Example: 170 of 200 at 95 % gives {@code [79.39, 89.29]}.
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
     * @return the interval in percent, within {@code [0, 100]}, not null
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     * @throws IllegalStateException if there are no answers
     */
    public ConfidenceInterval wilsonInterval(double level) {
        double z = Normal.twoSidedCritical(level);
        requireDefined();
        double n = responses;
        double p = (double) topBox / responses;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double halfWidth = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        // The bounds are exactly 0 with no top-box answer and exactly 1 with only top-box answers;
        // computing them would leave a rounding residue such as 2.8e-15.
        double lower = topBox == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = topBox == responses ? 1 : Math.min(1, centre + halfWidth);
        return new ConfidenceInterval(100 * lower, 100 * upper, level);
    }

    /**
     * The score of the pooled answers: counts add.
     *
     * @param other the score to pool with, not null, on the same scale
     * @return the pooled score, not null
     * @throws IllegalArgumentException if the scales differ
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if a count overflows a {@code long} (the message names the count and both values)
     */
    public CsatScore plus(CsatScore other) {
        Objects.requireNonNull(other, "other");
        if (!scale.equals(other.scale)) {
            throw new IllegalArgumentException("cannot pool CSAT on scale " + scale + " with scale " + other.scale);
        }
        return new CsatScore(scale, NpsScore.pooled("topBox", topBox, other.topBox),
                NpsScore.pooled("responses", responses, other.responses));
    }

    private void requireDefined() {
        if (!defined()) {
            throw new IllegalStateException("CSAT is undefined: there are no answers");
        }
    }

    /**
     * A one-line summary such as {@code CSAT 85.00% (170/200 in the top box 4..5 of 1..5)}, or
     * {@code CSAT undefined (no answers on 1..5, top box 4..5)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        String box = scale.topBoxFrom() == scale.max() ? Integer.toString(scale.max())
                : scale.topBoxFrom() + ".." + scale.max();
        if (!defined()) {
            return "CSAT undefined (no answers on " + scale + ")";
        }
        return "CSAT " + Figures.fixed(percent(), 2) + "% (" + topBox + "/" + responses + " in the top box " + box + " of "
                + scale.min() + ".." + scale.max() + ")";
    }
}
