package io.github.saasmetrics.surveys;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Normal;
import io.github.saasmetrics.table.Figures;
import java.util.Objects;

/**
 * The Wald test of the difference between two Net Promoter Scores from independent samples, such
 * as two quarters or two segments with no respondent in common.
 *
 * <p>With scores {@code a} and {@code b}, their respondent variances {@code v} and sample sizes
 * {@code n} (effective sample sizes when weighted):
 * {@code difference = NPS_a − NPS_b} points, {@code SE = 100 × √(v_a/n_a + v_b/n_b)} (equal to
 * {@code √(SE_a² + SE_b²)}), {@code z = difference / SE}, the two-sided
 * {@code p-value = 2 × (1 − Φ(|z|))}, and the interval {@code difference ± z_level × SE}, clipped to
 * the possible range {@code [−200, 200]}. Swapping {@code a} and {@code b} negates the difference,
 * {@code z} and the interval and keeps the standard error and p-value, exactly.
 *
 * <p>The test is undefined, and {@link NpsScore#compare(NpsScore, NpsScore, double)} throws
 * {@link IllegalStateException}, when either score is empty or when both have zero variance (each
 * sample answered entirely in one category), because {@code z} would be {@code 0/0} or infinite.
 *
 * <p>Worked example: NPS 40 on 200 responses (100 promoters, 80 passives, 20 detractors) against
 * NPS 20 on 150 (60, 60, 30): {@code v_a = 0.6 − 0.16 = 0.44}, {@code v_b = 0.6 − 0.04 = 0.56},
 * {@code SE = 100 × √(0.44/200 + 0.56/150) = 7.70}, {@code z = 20 / 7.70 = 2.60}, {@code p = 0.0094};
 * the 95 % interval is {@code [4.90, 35.10]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param difference {@code NPS_a − NPS_b} in points, from −200 to 200
 * @param standardError the standard error of the difference in points, positive and finite
 * @param z the test statistic {@code difference / standardError}, finite
 * @param pValue the two-sided p-value, from 0 to 1
 * @param interval the confidence interval of the difference, not null
 */
public record NpsComparison(double difference, double standardError, double z, double pValue,
        ConfidenceInterval interval) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a number is not finite or out of range
     */
    public NpsComparison {
        Objects.requireNonNull(interval, "interval");
        if (!(difference >= -200 && difference <= 200)) {
            throw new IllegalArgumentException("difference must be from -200 to 200 but was " + difference);
        }
        if (!(standardError > 0) || !Double.isFinite(standardError)) {
            throw new IllegalArgumentException("standardError must be positive and finite but was " + standardError);
        }
        if (!Double.isFinite(z)) {
            throw new IllegalArgumentException("z must be finite but was " + z);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be from 0 to 1 but was " + pValue);
        }
    }

    static NpsComparison of(NpsScore a, NpsScore b, double level) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        double critical = Normal.twoSidedCritical(level);
        if (!a.defined() || !b.defined()) {
            throw new IllegalStateException("cannot compare NPS: " + (a.defined() ? "b" : "a") + " has no responses");
        }
        double varianceOfMean = a.respondentVariance() / a.effectiveSampleSize()
                + b.respondentVariance() / b.effectiveSampleSize();
        if (!(varianceOfMean > 0)) {
            throw new IllegalStateException("cannot compare NPS " + a.score() + " with " + b.score()
                    + ": both samples have zero variance (every answer of each in one category)");
        }
        double standardError = 100 * Math.sqrt(varianceOfMean);
        double difference = a.score() - b.score();
        double z = difference / standardError;
        double pValue = Math.min(1, 2 * Normal.complementaryCdf(Math.abs(z)));
        double margin = critical * standardError;
        ConfidenceInterval interval = new ConfidenceInterval(Math.max(-200, difference - margin),
                Math.min(200, difference + margin), level);
        return new NpsComparison(difference, standardError, z, pValue, interval);
    }

    /**
     * Whether the difference is significant at the interval's level: the interval excludes 0
     * (equivalently, up to rounding, {@code pValue < 1 − level}).
     *
     * @return true if 0 lies outside the interval
     */
    public boolean significant() {
        return !interval.contains(0);
    }

    /**
     * A one-line summary such as
     * {@code difference 20.00 points (SE 7.70, z 2.60, p 0.0094; 95% CI [4.90, 35.10])}; a p-value below 0.001
     * prints as {@code p < 0.001}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "difference " + Figures.fixed(difference, 2) + " points (SE " + Figures.fixed(standardError, 2) + ", z "
                + Figures.fixed(z, 2) + ", p " + Figures.pValue(pValue) + "; " + Figures.level(interval.level())
                + "% CI " + Figures.interval(interval, 2) + ")";
    }
}
