package io.github.saasmetrics.ltv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maximum-likelihood fitting of the shifted-beta-geometric model: Nelder–Mead on
 * {@code (ln α, ln β)} from several starting points, then Newton's method with the exact gradient
 * and Hessian. The log-parameters are confined to {@code [−LIMIT, LIMIT]}. The data are reported as
 * unfittable when the optimum is no better than the homogeneous limit (geometric lifetimes, reached
 * only as {@code α, β → ∞}), lies near the edge of the box, or is not a strict local maximum.
 */
final class SbgFitter {

    /** The box for the log-parameters: α and β between about 2e-9 and 5e8. */
    private static final double LIMIT = 20;
    /** An optimum beyond this is taken to be running off to the edge of the box. */
    private static final double EDGE = LIMIT - 2;
    private static final double GRADIENT_TOLERANCE = 1e-8;
    private static final int MAX_NEWTON_STEPS = 100;
    private static final NelderMead NELDER_MEAD = new NelderMead(1e-14, 1e-10, 4000);

    private SbgFitter() {
    }

    /** Checks the counts and returns the survivors {@code N − Σ n_t}. */
    static long survivors(long cohortSize, long[] lost) {
        if (cohortSize < 1) {
            throw new IllegalArgumentException("cohortSize must be at least 1 but was " + cohortSize);
        }
        long total = 0;
        for (int t = 0; t < lost.length; t++) {
            if (lost[t] < 0) {
                throw new IllegalArgumentException("lostPerPeriod[" + t + "] must not be negative but was " + lost[t]);
            }
            if (total > Long.MAX_VALUE - lost[t]) {
                // Past a long the counts already exceed any cohortSize: say so, naming the period that did it.
                throw new IllegalArgumentException("the customers lost (" + total + " before lostPerPeriod[" + t + "] = "
                        + lost[t] + ", more than a long holds) must not exceed cohortSize (" + cohortSize + ")");
            }
            total += lost[t];
        }
        if (total > cohortSize) {
            throw new IllegalArgumentException("the customers lost (" + total + ") must not exceed cohortSize ("
                    + cohortSize + ")");
        }
        return cohortSize - total;
    }

    static ShiftedBetaGeometricFit fit(long cohortSize, long[] lost) {
        long survivors = survivors(cohortSize, lost);
        if (lost.length < 2) {
            throw new UnfittableDataException("the shifted-beta-geometric model needs at least two periods to separate "
                    + "α from β but got " + lost.length);
        }
        if (survivors == cohortSize) {
            throw new UnfittableDataException("no customer churned in " + lost.length + " periods, so the churn "
                    + "probabilities cannot be estimated (the likelihood grows as α → 0)");
        }
        if (cohortSize - survivors == lost[0]) {
            throw new UnfittableDataException("all " + lost[0] + " customers lost were lost in period 1 and none later: "
                    + "the likelihood grows without bound as α, β → 0, a split between customers who leave at once "
                    + "and customers who never leave, so there is no finite α, β to report");
        }
        SbgLikelihood likelihood = new SbgLikelihood(lost, survivors);
        NelderMead.Result best = null;
        int iterations = 0;
        for (double[] start : starts(cohortSize, lost)) {
            NelderMead.Result result = NELDER_MEAD.minimize(p -> objective(likelihood, p), start, 0.5);
            iterations += result.iterations();
            if (best == null || result.value() < best.value()) {
                best = result;
            }
        }
        double x = best.point()[0];
        double y = best.point()[1];
        double tolerance = GRADIENT_TOLERANCE * cohortSize;
        double[] d = likelihood.derivatives(Math.exp(x), Math.exp(y));
        boolean converged = false;
        for (int step = 0; step <= MAX_NEWTON_STEPS; step++) {
            if (Math.max(Math.abs(d[1]), Math.abs(d[2])) <= tolerance && negativeDefinite(d)) {
                converged = true;
                break;
            }
            if (step == MAX_NEWTON_STEPS || !negativeDefinite(d) || Math.max(Math.abs(x), Math.abs(y)) > EDGE) {
                break;
            }
            iterations++;
            double det = d[3] * d[5] - d[4] * d[4];
            double dx = -(d[5] * d[1] - d[4] * d[2]) / det;
            double dy = -(d[3] * d[2] - d[4] * d[1]) / det;
            boolean moved = false;
            for (double lambda = 1; lambda > 1e-12; lambda /= 2) {
                double nx = x + lambda * dx;
                double ny = y + lambda * dy;
                if (Math.abs(nx) > LIMIT || Math.abs(ny) > LIMIT) {
                    continue;
                }
                double[] nd = likelihood.derivatives(Math.exp(nx), Math.exp(ny));
                // Near the optimum a step's gain falls below the rounding noise of LL; a step that does not
                // lose more than that noise and shrinks the gradient is progress too.
                boolean higher = nd[0] >= d[0];
                boolean flatter = nd[0] >= d[0] - 1e-12 * Math.abs(d[0])
                        && Math.max(Math.abs(nd[1]), Math.abs(nd[2])) < Math.max(Math.abs(d[1]), Math.abs(d[2]));
                if (higher || flatter) {
                    x = nx;
                    y = ny;
                    d = nd;
                    moved = true;
                    break;
                }
            }
            if (!moved) {
                break;
            }
        }
        double alpha = Math.exp(x);
        double beta = Math.exp(y);
        double[] geometric = geometric(cohortSize, lost);
        if (d[0] <= geometric[1] + 1e-9 * Math.max(1, Math.abs(geometric[1]))) {
            throw new UnfittableDataException(String.format(Locale.ROOT, "the shifted-beta-geometric likelihood has no "
                    + "maximum at finite α, β: it is highest as α, β → ∞ together, where every customer has the same "
                    + "churn probability %.4g. Retention does not rise with tenure in these data, which the model needs "
                    + "to tell α from β; a constant churn rate (geometric lifetimes) describes them at least as well",
                    geometric[0]));
        }
        if (Math.max(Math.abs(x), Math.abs(y)) > EDGE || !negativeDefinite(d)) {
            throw new UnfittableDataException(String.format(Locale.ROOT, "the shifted-beta-geometric likelihood has no "
                    + "maximum at finite α, β: it keeps rising toward α = %.3g, β = %.3g. The model needs retention "
                    + "that does not fall with tenure, and these losses (%s of %d) do not fit that shape", alpha, beta,
                    Arrays.toString(lost), cohortSize));
        }
        // Covariance of (ln α, ln β) = (−H)⁻¹; Var α ≈ α² Var ln α.
        double det = d[3] * d[5] - d[4] * d[4];
        double varX = -d[5] / det;
        double varY = -d[3] / det;
        List<Long> counts = new ArrayList<>(lost.length);
        for (long n : lost) {
            counts.add(n);
        }
        return new ShiftedBetaGeometricFit(new ShiftedBetaGeometric(alpha, beta), cohortSize, counts, d[0],
                iterations, converged, Math.max(Math.abs(d[1]), Math.abs(d[2])), alpha * Math.sqrt(varX),
                beta * Math.sqrt(varY));
    }

    private static double objective(SbgLikelihood likelihood, double[] p) {
        if (!(Math.abs(p[0]) <= LIMIT && Math.abs(p[1]) <= LIMIT)) {
            return Double.POSITIVE_INFINITY;
        }
        return -likelihood.value(Math.exp(p[0]), Math.exp(p[1]));
    }

    private static boolean negativeDefinite(double[] d) {
        return d[3] < 0 && d[3] * d[5] - d[4] * d[4] > 0;
    }

    /**
     * Starting points: a method-of-moments guess from the first two periods (P(T = 1) = α/(α + β)
     * and r_2 = (β + 1)/(α + β + 1) solved for α, β) when it is valid, and a few fixed points.
     */
    private static List<double[]> starts(long cohortSize, long[] lost) {
        List<double[]> starts = new ArrayList<>();
        double p1 = (double) lost[0] / cohortSize;
        long atRisk2 = cohortSize - lost[0];
        if (p1 > 0 && p1 < 1 && atRisk2 > 0) {
            double r2 = 1 - (double) lost[1] / atRisk2;
            double k = (1 - p1) / p1;
            double alpha = (1 - r2) / (r2 * (1 + k) - k);
            double beta = k * alpha;
            if (alpha > 0 && beta > 0 && Math.abs(Math.log(alpha)) < EDGE && Math.abs(Math.log(beta)) < EDGE) {
                starts.add(new double[] {Math.log(alpha), Math.log(beta)});
            }
        }
        starts.add(new double[] {0, 0});
        starts.add(new double[] {-1, 1});
        starts.add(new double[] {1, 3});
        return starts;
    }

    /**
     * The homogeneous limit α, β → ∞ with α/(α + β) = p: geometric lifetimes. Returns {p̂, its
     * log-likelihood}: p̂ = churn events / periods at risk, LL = D ln p̂ + (E − D) ln(1 − p̂).
     */
    private static double[] geometric(long cohortSize, long[] lost) {
        double events = 0;
        double exposure = 0;
        long alive = cohortSize;
        for (long n : lost) {
            exposure += alive;
            events += n;
            alive -= n;
        }
        double p = events / exposure;
        double ll = events * Math.log(p) + (exposure > events ? (exposure - events) * Math.log1p(-p) : 0);
        return new double[] {p, ll};
    }
}
