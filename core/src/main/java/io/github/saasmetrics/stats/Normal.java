package io.github.saasmetrics.stats;

/**
 * The standard normal distribution: its cumulative distribution function and quantile function.
 *
 * <p><b>CDF.</b> For {@code |x| < 2} the Taylor series of Marsaglia (2004, "Evaluating the Normal
 * Distribution", J. Stat. Software 11(4)), {@code Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …)}, summed
 * until the terms no longer change the sum; beyond, the upper tail {@code Q(|x|) = φ(x)/(x + 1/(x +
 * 2/(x + 3/(x + …))))} by Lentz's continued-fraction method, which keeps full relative precision
 * in the tails. Measured against high-precision reference values the relative error is below
 * {@code 1e-14} for {@code |x| ≤ 37} (the test {@code NormalTest} checks a table).
 *
 * <p><b>Quantile.</b> Acklam's rational approximation (relative error {@code 1.15e-9}), refined by
 * one Halley step on the CDF above, which brings it to about {@code 1e-15}. Example:
 * {@code quantile(0.975) = 1.959963984540054}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Normal {

    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double TAIL = 2.0;

    private Normal() {
    }

    /**
     * The standard normal density {@code φ(x) = exp(−x²/2) / √(2π)}.
     *
     * @param x any value; infinities give 0
     * @return the density, in {@code [0, 0.39894228…]}
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public static double density(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * The cumulative distribution function {@code Φ(x) = P(Z ≤ x)}.
     *
     * @param x any value; infinities give 0 and 1
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        if (x <= -TAIL) {
            return upperTail(-x);
        }
        if (x >= TAIL) {
            return 1 - upperTail(x);
        }
        double sum = x;
        double term = x;
        double q = x * x;
        double previous;
        int i = 1;
        do {
            previous = sum;
            i += 2;
            term *= q / i;
            sum += term;
        } while (sum != previous);
        return 0.5 + sum * density(x);
    }

    /**
     * The upper tail {@code Q(x) = 1 − Φ(x) = P(Z > x)}, accurate in relative terms far into the tail.
     *
     * @param x any value
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public static double complementaryCdf(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        if (x >= TAIL) {
            return upperTail(x);
        }
        return cdf(-x);
    }

    /** Q(x) for x ≥ 2 by the continued fraction x + 1/(x + 2/(x + 3/(x + …))), evaluated with Lentz's method. */
    private static double upperTail(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 5000; k++) {
            d = x + k * d;
            d = d == 0 ? tiny : d;
            c = x + k / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return density(x) / f;
    }

    /**
     * The quantile function {@code Φ⁻¹(p)}: the {@code z} with {@code Φ(z) = p}.
     *
     * <p>Example: {@code quantile(0.975) ≈ 1.959964}, the familiar 1.96 of a 95 % interval.
     *
     * @param p a probability strictly between 0 and 1
     * @return the quantile, finite
     * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
     */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1 but was " + p);
        }
        if (p > 0.5) {
            // 1 − p is exact here, and the lower tail is where Φ keeps full relative precision.
            return -quantile(1 - p);
        }
        double x = acklam(p);
        // One Halley step: e = Φ(x) − p, u = e/φ(x), x ← x − u / (1 + x·u/2).
        double e = cdf(x) - p;
        double u = e / density(x);
        return x - u / (1 + x * u / 2);
    }

    /**
     * The two-sided critical value {@code z} with {@code P(|Z| ≤ z) = level}, such as 1.96 for 0.95.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the critical value, positive
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public static double twoSidedCritical(double level) {
        ConfidenceInterval.checkLevel(level);
        // (1 − level)/2 is exact, and stays above 0 for every level below 1; ½ + level/2 would round to 1.
        return -quantile((1 - level) / 2);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double P_LOW = 0.02425;

    /** Acklam's rational approximation for {@code p ≤ ½} (the caller reflects the upper half onto it). */
    private static double acklam(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
