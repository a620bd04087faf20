package io.github.saasmetrics.survival;

/**
 * One row of a {@link SurvivalCurve}: a distinct tenure at which at least one customer churned or
 * was censored, with the Kaplan–Meier estimate just after it.
 *
 * <p>Example (R's {@code aml} data): at time 13, 17 customers are at risk, 1 churns and 1 is
 * censored; {@code S(13) = 0.695652}, Greenwood standard error 0.095944, 95 % log interval
 * {@code [0.530878, 0.911568]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param time the tenure, finite, zero or more
 * @param atRisk the customers with a tenure of at least {@code time}, at least {@code events + censored}
 * @param events the customers who churned at {@code time}, zero or more
 * @param censored the customers still active (right-censored) at {@code time}, zero or more
 * @param survival the estimate {@code S(time)}, in {@code [0, 1]}
 * @param stdErr Greenwood's standard error of {@code S(time)}, {@code S·√(Σ d/(n(n − d)))}, zero or more
 *     (R's {@code summary(fit)$std.err}; R's {@code fit$std.err} is this divided by {@code S})
 * @param lower the lower confidence bound, in {@code [0, survival]}
 * @param upper the upper confidence bound, in {@code [survival, 1]}
 */
public record SurvivalRow(double time, long atRisk, long events, long censored, double survival, double stdErr,
        double lower, double upper) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if a value is out of its range
     */
    public SurvivalRow {
        if (!(time >= 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("time must be finite and not negative but was " + time);
        }
        if (events < 0 || censored < 0 || atRisk < events + censored) {
            throw new IllegalArgumentException("counts must satisfy 0 ≤ events + censored ≤ atRisk but were atRisk "
                    + atRisk + ", events " + events + ", censored " + censored + " at time " + time);
        }
        if (!(survival >= 0 && survival <= 1) || !(stdErr >= 0) || !Double.isFinite(stdErr)
                || !(lower >= 0 && lower <= survival) || !(upper >= survival && upper <= 1)) {
            throw new IllegalArgumentException("estimates must satisfy 0 ≤ lower ≤ survival ≤ upper ≤ 1 and a finite "
                    + "stdErr ≥ 0 but were survival " + survival + ", stdErr " + stdErr + ", interval [" + lower + ", "
                    + upper + "] at time " + time);
        }
    }

    /**
     * Greenwood's variance of {@code S(time)}: {@code stdErr²} = {@code S² · Σ d/(n(n − d))}.
     *
     * @return the variance, zero or more
     */
    public double variance() {
        return stdErr * stdErr;
    }
}
