package io.github.saasmetrics.ltv;

/**
 * The shifted-beta-geometric log-likelihood of a cohort and its first and second derivatives in
 * the log-parameters {@code x = ln α}, {@code y = ln β}.
 *
 * <pre>
 *   LL = Σ_{t=1..K} n_t · ln P(T = t) + s · ln S(K)
 *   ln P(T = t) = ln S(t − 1) + ln α − ln(α + β + t − 1)
 *   ln S(t)     = ln S(t − 1) + ln(β + t − 1) − ln(α + β + t − 1)
 * </pre>
 *
 * <p>The derivatives follow term by term from these recursions, so the gradient and Hessian are
 * exact (no finite differences).
 */
final class SbgLikelihood {

    private final long[] lost;
    private final long survivors;

    SbgLikelihood(long[] lost, long survivors) {
        this.lost = lost;
        this.survivors = survivors;
    }

    /** The log-likelihood at (α, β). */
    double value(double alpha, double beta) {
        double lnS = 0;
        double lnAlpha = Math.log(alpha);
        double ll = 0;
        for (int t = 1; t <= lost.length; t++) {
            double u = alpha + beta + t - 1;
            double lnU = Math.log(u);
            if (lost[t - 1] > 0) {
                ll += lost[t - 1] * (lnS + lnAlpha - lnU);
            }
            lnS += Math.log(beta + t - 1) - lnU;
        }
        if (survivors > 0) {
            ll += survivors * lnS;
        }
        return ll;
    }

    /**
     * The value, gradient and Hessian in (ln α, ln β): {@code {LL, g_x, g_y, h_xx, h_xy, h_yy}}.
     */
    double[] derivatives(double alpha, double beta) {
        double lnS = 0;
        double sA = 0;
        double sB = 0;
        double sAA = 0;
        double sAB = 0;
        double sBB = 0;
        double ll = 0;
        double la = 0;
        double lb = 0;
        double laa = 0;
        double lab = 0;
        double lbb = 0;
        double lnAlpha = Math.log(alpha);
        for (int t = 1; t <= lost.length; t++) {
            double u = alpha + beta + t - 1;
            double w = beta + t - 1;
            double lnU = Math.log(u);
            double inverseU = 1 / u;
            double inverseU2 = inverseU * inverseU;
            long n = lost[t - 1];
            if (n > 0) {
                ll += n * (lnS + lnAlpha - lnU);
                la += n * (sA + 1 / alpha - inverseU);
                lb += n * (sB - inverseU);
                laa += n * (sAA - 1 / (alpha * alpha) + inverseU2);
                lab += n * (sAB + inverseU2);
                lbb += n * (sBB + inverseU2);
            }
            lnS += Math.log(w) - lnU;
            sA -= inverseU;
            sB += 1 / w - inverseU;
            sAA += inverseU2;
            sAB += inverseU2;
            sBB += inverseU2 - 1 / (w * w);
        }
        if (survivors > 0) {
            ll += survivors * lnS;
            la += survivors * sA;
            lb += survivors * sB;
            laa += survivors * sAA;
            lab += survivors * sAB;
            lbb += survivors * sBB;
        }
        return new double[] {ll, alpha * la, beta * lb, alpha * alpha * laa + alpha * la, alpha * beta * lab,
            beta * beta * lbb + beta * lb};
    }
}
