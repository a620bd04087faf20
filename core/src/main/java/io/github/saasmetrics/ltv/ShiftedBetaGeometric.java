package io.github.saasmetrics.ltv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader and Hardie 2007, "How to
 * Project Customer Retention"): each customer renews each period with its own constant churn
 * probability {@code θ}, and {@code θ} varies across customers as {@code Beta(α, β)}. Because the
 * customers most likely to churn leave first, the cohort's retention rate rises with tenure.
 *
 * <p><b>Formulas</b> ({@code T} is the period in which a customer churns, {@code T ≥ 1}; a customer
 * with {@code T = t} paid for periods 1 to {@code t}):
 *
 * <pre>
 *   P(T = 1) = α / (α + β)
 *   P(T = t) = (β + t − 2) / (α + β + t − 1) · P(T = t − 1)           t ≥ 2
 *   S(t)     = P(T &gt; t) = B(α, β + t) / B(α, β) = Π_{i=1..t} (β + i − 1) / (α + β + i − 1),   S(0) = 1
 *   r_t      = S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1)          the retention rate of period t
 *   E[T]     = Σ_{t ≥ 0} S(t) = (α + β − 1) / (α − 1)                   finite only for α &gt; 1
 *   DEL(d)   = Σ_{t ≥ 0} S(t) / (1 + d)^t = ₂F₁(1, β; α + β; 1/(1 + d))
 *   DERL(d | n − 1 renewals) = (β + n − 1) / (α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1/(1 + d))
 * </pre>
 *
 * <p>{@code DEL} is the discounted expected lifetime of a new customer, counting the first payment
 * now ({@link PaymentTiming#IN_ADVANCE}); {@code DERL} (Fader and Hardie 2010) is the discounted
 * expected residual lifetime of a customer who has renewed {@code n − 1} times, evaluated just
 * before the {@code n}-th renewal decision, the payment at that renewal undiscounted. Multiply either
 * by the margin per period for a lifetime value ({@link Ltv#fromLifetime}). ₂F₁ is summed as a
 * series with a rigorous truncation bound (see {@code Hypergeometric}).
 *
 * <p><b>Worked example</b>: the "High End" cohort of the paper fits to {@code α = 0.668},
 * {@code β = 3.806} ({@link #fit}). Then {@code S(1) = 3.806 / 4.474 = 0.850693}, {@code r_2 =
 * 4.806 / 5.474 = 0.877969}, {@code S(7) = 0.488945} (observed: 0.491), {@code S(12) = 0.378040};
 * {@code E[T]} is infinite since {@code α ≤ 1} ({@link #expectedLifetime()} is empty), but at a
 * 10 % discount rate {@code DEL = 5.922596} periods and, for a customer with 4 renewals,
 * {@code DERL = 6.897057}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param alpha {@code α}, positive and finite
 * @param beta {@code β}, positive and finite
 */
public record ShiftedBetaGeometric(double alpha, double beta) {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public ShiftedBetaGeometric {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be positive and finite but was " + alpha);
        }
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be positive and finite but was " + beta);
        }
    }

    /**
     * Obtains the model with known parameters.
     *
     * @param alpha {@code α}, positive and finite
     * @param beta {@code β}, positive and finite
     * @return the model, not null
     * @throws IllegalArgumentException if a parameter is not positive and finite
     */
    public static ShiftedBetaGeometric of(double alpha, double beta) {
        return new ShiftedBetaGeometric(alpha, beta);
    }

    /**
     * Fits {@code α, β} by maximum likelihood to the customers a cohort lost in each period.
     *
     * <p>The customers not lost in the {@code K} periods are the survivors, censored at {@code K}:
     * {@code LL = Σ n_t ln P(T = t) + (N − Σ n_t) ln S(K)}. The likelihood is maximised over
     * {@code (ln α, ln β)} by Nelder–Mead from several starting points, then polished by Newton's
     * method with the exact gradient and Hessian; the result reports the iterations, whether the
     * gradient vanished to {@code 1e-8 · N}, and standard errors from the observed information.
     *
     * <p>Example (the paper's "High End" cohort, 1000 customers over 7 years):
     * {@code fit(1000, 131, 126, 90, 60, 42, 34, 26)} gives {@code α = 0.668}, {@code β = 3.806}.
     *
     * @param cohortSize the cohort's size {@code N} at period 0, at least 1
     * @param lostPerPeriod the customers lost in periods 1, 2, …, K, not null; at least two periods, none
     *     negative, summing to at most {@code N}
     * @return the fitted model with its diagnostics, not null
     * @throws UnfittableDataException if there are fewer than two periods, no customer churned, all churn
     *     happened in period 1, or the likelihood has no maximum at finite {@code α, β}: the homogeneous limit
     *     (one churn probability for everyone, {@code α, β → ∞}) fits at least as well, as it does when
     *     retention is flat or falls with tenure
     * @throws IllegalArgumentException if the counts are impossible
     */
    public static ShiftedBetaGeometricFit fit(long cohortSize, long... lostPerPeriod) {
        Objects.requireNonNull(lostPerPeriod, "lostPerPeriod");
        return SbgFitter.fit(cohortSize, lostPerPeriod.clone());
    }

    /**
     * Fits {@code α, β} to survival shares of a cohort: the share still active at the end of periods
     * 1, 2, …, K (leave out the 100 % of period 0). The alive counts are the shares times the
     * cohort size, rounded to whole customers (half-even); then {@link #fit} applies.
     *
     * <p>Example: {@code fitSurvival(1000, 0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491)} is the
     * "High End" fit, {@code α = 0.668}, {@code β = 3.806}.
     *
     * @param cohortSize the cohort's size at period 0, at least 1
     * @param survivalShare the shares active after each period, not null; in {@code [0, 1]}, non-increasing
     * @return the fitted model with its diagnostics, not null
     * @throws UnfittableDataException as {@link #fit}
     * @throws IllegalArgumentException if a share is out of range or the shares increase
     */
    public static ShiftedBetaGeometricFit fitSurvival(long cohortSize, double... survivalShare) {
        Objects.requireNonNull(survivalShare, "survivalShare");
        if (cohortSize < 1) {
            throw new IllegalArgumentException("cohortSize must be at least 1 but was " + cohortSize);
        }
        long[] lost = new long[survivalShare.length];
        long alive = cohortSize;
        for (int t = 0; t < survivalShare.length; t++) {
            double share = survivalShare[t];
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("survivalShare[" + t + "] must be in [0, 1] but was " + share);
            }
            long now = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(cohortSize))
                    .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            if (now > alive) {
                throw new IllegalArgumentException("survival shares must not increase but survivalShare[" + t + "] = "
                        + share + " is above the period before");
            }
            lost[t] = alive - now;
            alive = now;
        }
        return SbgFitter.fit(cohortSize, lost);
    }

    /**
     * The survival {@code S(t)}: the probability that a customer is still active after {@code t}
     * periods (has not churned in periods 1 to {@code t}).
     *
     * <p>Up to {@value #PRODUCT_PERIODS} periods it is the product {@code Π (β + i − 1) / (α + β + i − 1)}
     * as written; beyond, the product up to {@value #PRODUCT_PERIODS} times the ratio of gamma functions
     * {@code Γ(β + t) Γ(α + β + m) / (Γ(β + m) Γ(α + β + t))} ({@code m} = {@value #PRODUCT_PERIODS}),
     * from Stirling's series, whose omitted terms are below {@code 4e-21 α} there. So the time is bounded for
     * every {@code t} (about a microsecond at {@code Integer.MAX_VALUE}) and the relative error stays
     * near {@code 1e-13}.
     *
     * @param t the number of periods, zero or more
     * @return {@code S(t)}, in {@code [0, 1]}; 1 at {@code t = 0}
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public double survival(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("t must not be negative but was " + t);
        }
        int m = Math.min(t, PRODUCT_PERIODS);
        double s = 1;
        for (int i = 1; i <= m; i++) {
            s *= (beta + i - 1) / (alpha + beta + i - 1);
        }
        if (t == m || s == 0) {
            return s;
        }
        return s * Math.exp(-logGammaRatioGrowth(beta + m, t - m));
    }

    /** Up to this many periods {@link #survival} multiplies its factors; beyond, it uses gamma functions. */
    static final int PRODUCT_PERIODS = 1000;

    /**
     * {@code D(x + h) − D(x)} for {@code x ≥ 1000}, where {@code D(x) = ln Γ(x + α) − ln Γ(x)}, so
     * that {@code ln S(m + h) − ln S(m) = −(D(β + m + h) − D(β + m))}. From Stirling's series
     * {@code ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + 1/(12 z) − 1/(360 z³) + 1/(1260 z⁵) − …}, with
     * {@code ln(y + h) − ln y} as {@code ln(1 + h/y)} and {@code ln(x + α) − ln x} as {@code ln(1 + α/x)},
     * so that no two large terms cancel; see {@link #stirlingSeries} for the terms kept.
     */
    private double logGammaRatioGrowth(double x, double h) {
        double x2 = x + h;
        double y = x + alpha;
        double y2 = x2 + alpha;
        double leading = (x2 - 0.5) * Math.log1p(alpha / x2) - (x - 0.5) * Math.log1p(alpha / x)
                + alpha * Math.log1p(h / y);
        return leading + (stirlingSeries(y2) - stirlingSeries(x2)) - (stirlingSeries(y) - stirlingSeries(x));
    }

    /**
     * {@code 1/(12 z) − 1/(360 z³)}; the next term, {@code 1/(1260 z⁵)}, changes a difference of two of
     * these by less than {@code 5α/(1260 z⁶) < 4e-21 α} for {@code z ≥ 1000}, below a double's precision.
     */
    private static double stirlingSeries(double z) {
        double r = 1 / z;
        return r * (1.0 / 12 - r * r / 360);
    }

    /**
     * The retention rate of period {@code t}: the probability that a customer active after
     * {@code t − 1} periods is still active after {@code t}, {@code (β + t − 1) / (α + β + t − 1)}.
     *
     * @param t the period, 1 or more
     * @return {@code r_t}, in {@code (0, 1)}, non-decreasing in {@code t}
     * @throws IllegalArgumentException if {@code t < 1}
     */
    public double retention(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("t must be at least 1 but was " + t);
        }
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * The probability that a new customer churns in period {@code t}: {@code P(T = t) = S(t − 1) − S(t)
     * = S(t − 1) · α / (α + β + t − 1)}.
     *
     * @param t the period, 1 or more
     * @return {@code P(T = t)}, in {@code (0, 1)}
     * @throws IllegalArgumentException if {@code t < 1}
     */
    public double probabilityOfChurnAt(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("t must be at least 1 but was " + t);
        }
        return survival(t - 1) * alpha / (alpha + beta + t - 1);
    }

    /**
     * The log-likelihood of a cohort's losses under this model:
     * {@code Σ n_t ln P(T = t) + (N − Σ n_t) ln S(K)}.
     *
     * @param cohortSize the cohort's size at period 0, at least 1
     * @param lostPerPeriod the customers lost in periods 1 to K, not null, none negative, summing to at most {@code N}
     * @return the log-likelihood, finite, at most 0
     * @throws IllegalArgumentException if the counts are impossible
     */
    public double logLikelihood(long cohortSize, long... lostPerPeriod) {
        Objects.requireNonNull(lostPerPeriod, "lostPerPeriod");
        long survivors = SbgFitter.survivors(cohortSize, lostPerPeriod);
        return new SbgLikelihood(lostPerPeriod.clone(), survivors).value(alpha, beta);
    }

    /**
     * The expected lifetime {@code E[T] = (α + β − 1) / (α − 1)}: the expected number of periods a
     * new customer pays for, the first included. It is infinite when {@code α ≤ 1} (the customers with
     * churn probability near 0 stay almost forever), and then this is empty: use a discounted
     * lifetime instead. Example: {@code α = 2, β = 6} → 7 periods.
     *
     * @return the expected lifetime, or empty when it is infinite
     */
    public OptionalDouble expectedLifetime() {
        return alpha > 1 ? OptionalDouble.of((alpha + beta - 1) / (alpha - 1)) : OptionalDouble.empty();
    }

    /**
     * The discounted expected lifetime of a new customer, {@code DEL(d) = Σ_{t ≥ 0} S(t) / (1 + d)^t =
     * ₂F₁(1, β; α + β; 1 / (1 + d))}, in periods, the first payment counted now.
     *
     * <p>Example: {@code α = 0.668, β = 3.806, d = 0.1} → 5.922596.
     *
     * @param discountRate the discount rate per period, finite, at least {@value #MIN_DISCOUNT_RATE}
     * @return the discounted expected lifetime, at least 1
     * @throws IllegalArgumentException if the rate is not finite or is below {@value #MIN_DISCOUNT_RATE}
     *     (at {@code d = 0} use {@link #expectedLifetime()})
     */
    public double discountedExpectedLifetime(double discountRate) {
        return Hypergeometric.f21(beta, alpha + beta, z(discountRate));
    }

    /**
     * The discounted expected residual lifetime of a customer who has renewed {@code renewals} times
     * ({@code n − 1} in Fader and Hardie 2010), just before the next renewal decision:
     * {@code DERL = (β + n − 1) / (α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1 / (1 + d))}, the
     * payment at that renewal undiscounted. A new customer who has just paid for period 1 has 0
     * renewals, and {@code DEL = 1 + DERL(d | 0) / (1 + d)}.
     *
     * <p>Example: {@code α = 0.668, β = 3.806, d = 0.1}: 0 renewals → 5.414856; 4 renewals → 6.897057
     * (longer-tenured customers are worth more: the ones likely to churn are gone).
     *
     * @param discountRate the discount rate per period, finite, at least {@value #MIN_DISCOUNT_RATE}
     * @param renewals the renewals made so far, zero or more
     * @return the discounted expected residual lifetime in periods, positive
     * @throws IllegalArgumentException if the rate is not finite or is below {@value #MIN_DISCOUNT_RATE}, or
     *     {@code renewals} is negative
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        if (renewals < 0) {
            throw new IllegalArgumentException("renewals must not be negative but was " + renewals);
        }
        double n = renewals + 1.0;
        return (beta + n - 1) / (alpha + beta + n - 1) * Hypergeometric.f21(beta + n, alpha + beta + n, z(discountRate));
    }

    /**
     * The smallest discount rate per period the discounted lifetimes accept: {@value} (0.01 % per
     * period, 0.12 % a year for monthly periods). Their series needs about {@code 40 / d} terms, so
     * the bound keeps every call under about 10 ms whatever {@code α} and {@code β}; below it the
     * methods throw rather than run for seconds (a rate of {@code 1e-9} would need 4·10¹⁰ terms).
     */
    public static final double MIN_DISCOUNT_RATE = 1e-4;

    private static double z(double discountRate) {
        if (!(discountRate > 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be positive and finite but was " + discountRate);
        }
        if (discountRate < MIN_DISCOUNT_RATE) {
            throw new IllegalArgumentException("discountRate must be at least " + MIN_DISCOUNT_RATE + " per period but was "
                    + discountRate + ": the discounted lifetime's series would need about " + String.format(Locale.ROOT,
                    "%.1g", 40 / discountRate) + " terms (at a zero rate use expectedLifetime())");
        }
        return 1 / (1 + discountRate);
    }

    /**
     * Projects a cohort forward: for periods 1 to {@code periods}, the survival, retention rate, churn
     * probability and expected number of customers still active.
     *
     * <p>A projection holds one row per period, so it is limited to {@value #MAX_PROJECTION_PERIODS}
     * periods (833 years of months); {@link #survival(int)} answers for any single period.
     *
     * @param cohortSize the cohort's size at period 0, at least 1
     * @param periods the number of periods to project, from 1 to {@value #MAX_PROJECTION_PERIODS}
     * @return the projection, not null
     * @throws IllegalArgumentException if {@code cohortSize} or {@code periods} is out of range
     */
    public SbgProjection projection(long cohortSize, int periods) {
        if (cohortSize < 1) {
            throw new IllegalArgumentException("cohortSize must be at least 1 but was " + cohortSize);
        }
        checkProjectionPeriods(periods);
        List<SbgProjection.Period> rows = new ArrayList<>(periods);
        double s = 1;
        for (int t = 1; t <= periods; t++) {
            double churn = s * alpha / (alpha + beta + t - 1);
            double r = retention(t);
            s *= r;
            rows.add(new SbgProjection.Period(t, s, r, churn, cohortSize * s));
        }
        return new SbgProjection(cohortSize, rows);
    }

    /**
     * The most periods a {@linkplain #projection projection} holds: {@value}. A projection is a row
     * per period; one of {@code Integer.MAX_VALUE} rows would need about 100 GB.
     */
    public static final int MAX_PROJECTION_PERIODS = 10_000;

    static void checkProjectionPeriods(int periods) {
        if (periods < 1 || periods > MAX_PROJECTION_PERIODS) {
            throw new IllegalArgumentException("periods must be from 1 to " + MAX_PROJECTION_PERIODS + " but was "
                    + periods);
        }
    }

    /**
     * A one-line summary such as {@code sBG(α = 0.668, β = 3.806)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "sBG(α = %.6g, β = %.6g)", alpha, beta);
    }
}
