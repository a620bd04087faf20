package io.github.saasmetrics.survival;

import io.github.saasmetrics.table.Figures;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Normal;

/**
 * The restricted mean lifetime: the expected number of periods a customer stays within the first
 * {@code horizon} periods, {@code ∫₀^horizon S(t) dt}, the area under the Kaplan–Meier curve.
 *
 * <p>Unlike the plain mean it is defined when the curve never reaches 0 (customers still active
 * at the end of the data), which is the usual case. Its standard error is the one R's
 * {@code print(fit, rmean = horizon)} reports: {@code √(Σ A_i² · d_i/(n_i(n_i − d_i)))} over the
 * event times {@code t_i ≤ horizon}, where {@code A_i = ∫_{t_i}^horizon S(t) dt} (terms with
 * {@code n_i = d_i} count 0).
 *
 * <p>Example (R's {@code aml} data, horizon 100): restricted mean 31.3126, standard error 5.7864.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param horizon the upper limit of the integral, finite, zero or more
 * @param estimate the restricted mean, in {@code [0, horizon]}
 * @param stdErr its standard error, finite, zero or more
 */
public record RestrictedMean(double horizon, double estimate, double stdErr) {

    /**
     * The longest horizon {@link SurvivalCurve#restrictedMean(double)} accepts: {@value} periods. The
     * variance sums squares of areas up to the horizon, one per row; up to {@code 1e100} each term is at most
     * {@code 1e200} and no sum of them overflows, so the standard error is always finite.
     */
    public static final double MAX_HORIZON = 1e100;

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a part is out of range
     */
    public RestrictedMean {
        if (!(horizon >= 0) || !Double.isFinite(horizon)) {
            throw new IllegalArgumentException("horizon must be finite and not negative but was " + horizon);
        }
        if (!(estimate >= 0 && estimate <= horizon)) {
            throw new IllegalArgumentException("estimate must be in [0, " + horizon + "] but was " + estimate);
        }
        if (!(stdErr >= 0) || !Double.isFinite(stdErr)) {
            throw new IllegalArgumentException("stdErr must be finite and not negative but was " + stdErr);
        }
    }

    /**
     * The Wald interval {@code estimate ± z·stdErr}, clipped to {@code [0, horizon]}.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval, not null
     * @throws IllegalArgumentException if the level is out of range
     */
    public ConfidenceInterval confidenceInterval(double level) {
        double half = Normal.twoSidedCritical(level) * stdErr;
        return new ConfidenceInterval(Math.max(estimate - half, 0), Math.min(estimate + half, horizon), level);
    }

    /**
     * A one-line summary such as {@code restricted mean 31.31 (SE 5.79) up to 100}: two decimals, as its
     * {@link #confidenceInterval(double) interval} prints.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "restricted mean " + Figures.fixed(estimate, 2) + " (SE " + Figures.fixed(stdErr, 2) + ") up to "
                + Figures.number(horizon);
    }
}
