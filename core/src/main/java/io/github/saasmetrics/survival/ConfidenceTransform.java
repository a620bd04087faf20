package io.github.saasmetrics.survival;

/**
 * The scale on which a pointwise confidence interval for a survival probability is built, as
 * R's {@code survfit(conf.type = …)}.
 *
 * <p>With {@code S} the Kaplan–Meier estimate, {@code σ = √(Σ d/(n(n − d)))} the Greenwood
 * standard error of {@code log S} (R's {@code std.err}), and {@code z} the two-sided normal
 * critical value of the level (1.959964 for 95 %):
 *
 * <pre>
 *   PLAIN:    S ± z·σ·S, clipped to [0, 1]
 *   LOG:      exp(log S ± z·σ), the upper bound capped at 1             (R's default)
 *   LOG_LOG:  exp(−exp(log(−log S) ∓ z·σ / log S))
 * </pre>
 *
 * <p>Worked example (R's {@code aml} data, time 5: 23 at risk, 2 churned): {@code S = 21/23 =
 * 0.913043}, {@code σ = √(2/(23·21)) = 0.064349}; the 95 % intervals are plain
 * {@code [0.797889, 1]}, log {@code [0.804855, 1]}, log-log {@code [0.694948, 0.977516]}.
 *
 * <p>Where Greenwood's variance of {@code S} is zero, that is {@code S = 1} before the first churn
 * and {@code S = 0} once the last customers at risk have all churned, every transform gives the
 * point interval {@code [S, S]}. R prints {@code NA} there for log-log (and, at {@code S = 0}, for
 * all three, because it evaluates {@code 0 × ∞}); no bound here is ever {@code NaN}.
 */
public enum ConfidenceTransform {

    /** The interval {@code S ± z·SE(S)} on the probability scale, clipped to {@code [0, 1]}. */
    PLAIN,

    /** The interval built for {@code log S} and transformed back; R's default. */
    LOG,

    /** The interval built for {@code log(−log S)} and transformed back; always inside {@code [0, 1]}. */
    LOG_LOG;

    /**
     * The lower bound for a survival estimate.
     *
     * @param s the estimate, in [0, 1]
     * @param logSe the standard error of log S, zero or more (ignored when S is 0 or 1)
     * @param z the critical value, positive
     */
    double lower(double s, double logSe, double z) {
        if (degenerate(s, logSe)) {
            return s;
        }
        // min(…, s): rounding must not lift a bound past the estimate when the error is tiny.
        return Math.min(s, switch (this) {
            case PLAIN -> Math.max(s - z * logSe * s, 0);
            case LOG -> Math.exp(Math.log(s) - z * logSe);
            case LOG_LOG -> Math.exp(-Math.exp(Math.log(-Math.log(s)) - z * logSe / Math.log(s)));
        });
    }

    /**
     * The upper bound for a survival estimate; see {@link #lower}.
     */
    double upper(double s, double logSe, double z) {
        if (degenerate(s, logSe)) {
            return s;
        }
        return Math.max(s, switch (this) {
            case PLAIN -> Math.min(s + z * logSe * s, 1);
            case LOG -> Math.min(Math.exp(Math.log(s) + z * logSe), 1);
            case LOG_LOG -> Math.exp(-Math.exp(Math.log(-Math.log(s)) + z * logSe / Math.log(s)));
        });
    }

    private static boolean degenerate(double s, double logSe) {
        return s == 0 || s == 1 || logSe == 0;
    }
}
