package io.github.saasmetrics.stats;

/**
 * Student's t distribution with {@code ν} degrees of freedom: density, cumulative distribution
 * function and quantile function. Welch intervals use it with a fractional {@code ν}.
 *
 * <p><b>CDF.</b> For {@code t < 0}, {@code P(T ≤ t) = ½ · I_x(ν/2, ½)} with
 * {@code x = ν / (ν + t²)}, where {@code I_x(a, b)} is the regularized incomplete beta function; the
 * upper half follows by symmetry, {@code P(T ≤ t) = 1 − P(T ≤ −t)}. {@code I_x} is evaluated by its
 * continued fraction (Numerical Recipes §6.4) with Lentz's method, on whichever side of
 * {@code (a + 1)/(a + b + 2)} it converges fast; its prefactor {@code x^a (1 − x)^b / (a·B(a, b))}
 * uses {@code log B} from Stirling's series with the large terms cancelled analytically. Both
 * {@code x} and {@code 1 − x} are formed directly from {@code t²} and {@code ν}, never by
 * subtraction, so lower-tail probabilities keep full relative precision. The continued fraction's
 * rounding error grows in proportion to {@code ν}, so from {@code ν ≥ 10⁴} on the CDF is Hill's
 * normalizing expansion (Algorithm 395, CACM 13(10), 1970), whose neglected terms are of order
 * {@code ν⁻⁶} there.
 *
 * <p><b>Quantile.</b> The lower-tail root of {@code P(T ≤ t) = p} by Newton's method started from
 * the normal quantile (the t quantile lies further out) inside a bracket that bisection falls back
 * to; the CDF is convex on {@code t < 0}, so Newton's iterates approach the root from one side.
 * Upper-tail quantiles follow by symmetry.
 *
 * <p><b>Accuracy.</b> {@code StudentTTest} checks a table of values computed with 50-digit
 * arithmetic (mpmath): for {@code 0.2 ≤ ν ≤ 10⁸} the CDF and the quantile agree to a relative
 * {@code 1e-13}, except the quantile within {@code 10⁻³} of the median, where {@code p − ½} keeps
 * only part of the digits of {@code p} ({@code 1e-10} there). An infinite {@code ν} is the standard
 * normal distribution ({@link Normal}).
 *
 * <p>Example: {@code quantile(0.975, 10) = 2.2281388519863}, the critical value of a 95 % interval
 * with 10 degrees of freedom (1.96 for the normal distribution).
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class StudentT {

    private static final double HALF_LOG_2PI = 0.9189385332046728;
    private static final double LOG_SQRT_PI = 0.5723649429247001;
    private static final double TINY = 1e-300;
    /** Below this {@code ν/t²} the lower tail is its leading term, whose relative error is about {@code ν/t²}. */
    private static final double FAR_TAIL = 1e-300;
    /**
     * The fewest degrees of freedom accepted: {@value}, the smallest normal double. Below it {@code ν/2} loses
     * its digits (and is 0 at {@link Double#MIN_VALUE}), and the distribution it describes has no practical use.
     */
    public static final double MIN_DEGREES_OF_FREEDOM = Double.MIN_NORMAL;
    private static final double EPSILON = 1e-16;
    private static final int MAX_ITERATIONS = 1_000_000;
    /**
     * From here on Hill's expansion is more accurate than the continued fraction, whose rounding
     * error grows in proportion to ν (about 1e-11 relative at ν = 10⁶).
     */
    private static final double LARGE_DEGREES_OF_FREEDOM = 1e4;

    private StudentT() {
    }

    /**
     * The density {@code f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν · B(ν/2, ½))}.
     *
     * @param t any value; infinities give 0
     * @param degreesOfFreedom {@code ν}, positive, possibly fractional; {@code +∞} for the normal density
     * @return the density, zero or positive, finite
     * @throws IllegalArgumentException if {@code t} is NaN or {@code ν} is below {@link #MIN_DEGREES_OF_FREEDOM}
     */
    public static double density(double t, double degreesOfFreedom) {
        double nu = checkDegreesOfFreedom(degreesOfFreedom);
        checkNotNaN(t);
        if (nu == Double.POSITIVE_INFINITY) {
            return Normal.density(t);
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return Math.exp(-(nu + 1) / 2 * Math.log1p(t / nu * t) - 0.5 * Math.log(nu) - logBeta(nu / 2, 0.5));
    }

    /**
     * The cumulative distribution function {@code P(T ≤ t)}.
     *
     * <p>Example: {@code cdf(2.2281388519863, 10) ≈ 0.975}.
     *
     * @param t any value; infinities give 0 and 1
     * @param degreesOfFreedom {@code ν}, positive, possibly fractional; {@code +∞} for the normal distribution
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code t} is NaN or {@code ν} is below {@link #MIN_DEGREES_OF_FREEDOM}
     * @throws ArithmeticException if the continued fraction does not converge (not observed in the tested range)
     */
    public static double cdf(double t, double degreesOfFreedom) {
        double nu = checkDegreesOfFreedom(degreesOfFreedom);
        checkNotNaN(t);
        if (nu == Double.POSITIVE_INFINITY) {
            return Normal.cdf(t);
        }
        if (t == 0) {
            return 0.5;
        }
        double lower = lowerTail(-Math.abs(t), nu);
        return t < 0 ? lower : 1 - lower;
    }

    /**
     * The upper tail {@code P(T > t) = 1 − P(T ≤ t)}, accurate in relative terms far into the tail.
     *
     * @param t any value; infinities give 1 and 0
     * @param degreesOfFreedom {@code ν}, positive, possibly fractional; {@code +∞} for the normal distribution
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code t} is NaN or {@code ν} is below {@link #MIN_DEGREES_OF_FREEDOM}
     */
    public static double complementaryCdf(double t, double degreesOfFreedom) {
        return cdf(-t, degreesOfFreedom);
    }

    /**
     * The quantile function: the {@code t} with {@code P(T ≤ t) = p}.
     *
     * <p>Example: {@code quantile(0.975, 10) ≈ 2.228139}; {@code quantile(0.975, 1) ≈ 12.7062}.
     *
     * @param p a probability strictly between 0 and 1
     * @param degreesOfFreedom {@code ν}, positive, possibly fractional; {@code +∞} for the normal quantile
     * @return the quantile, finite
     * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1 or {@code ν} is below
     *     {@link #MIN_DEGREES_OF_FREEDOM}
     * @throws ArithmeticException if the quantile exceeds the range of a double (a {@code p} near 0 or 1 with a
     *     small {@code ν}, such as {@code ν = 0.1}, {@code p = 1e-20}); the message names both
     */
    public static double quantile(double p, double degreesOfFreedom) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1 but was " + p);
        }
        double nu = checkDegreesOfFreedom(degreesOfFreedom);
        if (nu == Double.POSITIVE_INFINITY) {
            return Normal.quantile(p);
        }
        if (p == 0.5) {
            return 0;
        }
        // Solve in the lower tail, where the CDF keeps full relative precision; 1 − p is exact for p > ½.
        double t = lowerQuantile(Math.min(p, 1 - p), nu);
        if (t == Double.NEGATIVE_INFINITY) {
            throw new ArithmeticException("the quantile of p = " + p + " with degreesOfFreedom = " + nu
                    + " is beyond the range of a double (the tails of so few degrees of freedom are that heavy)");
        }
        return p < 0.5 ? t : -t;
    }

    /**
     * The two-sided critical value {@code t*} with {@code P(|T| ≤ t*) = level}, such as 2.228 for a
     * 95 % level and 10 degrees of freedom.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @param degreesOfFreedom {@code ν}, positive, possibly fractional; {@code +∞} for the normal value
     * @return the critical value, positive
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1 or {@code ν} is below
     *     {@link #MIN_DEGREES_OF_FREEDOM}
     * @throws ArithmeticException if the critical value exceeds the range of a double (a level near 1 with a small
     *     {@code ν}); the message names both
     */
    public static double twoSidedCritical(double level, double degreesOfFreedom) {
        ConfidenceInterval.checkLevel(level);
        try {
            return -quantile((1 - level) / 2, degreesOfFreedom);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("the two-sided critical value at level = " + level
                    + " with degreesOfFreedom = " + degreesOfFreedom + " is beyond the range of a double");
            named.initCause(e);
            throw named;
        }
    }

    private static double checkDegreesOfFreedom(double nu) {
        if (!(nu > 0)) {
            throw new IllegalArgumentException("degreesOfFreedom must be positive but was " + nu);
        }
        if (nu < MIN_DEGREES_OF_FREEDOM) {
            throw new IllegalArgumentException("degreesOfFreedom must be at least " + MIN_DEGREES_OF_FREEDOM
                    + " (the smallest normal double) but was " + nu);
        }
        return nu;
    }

    private static void checkNotNaN(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must not be NaN");
        }
    }

    /** P(T ≤ t) for t < 0: ½ I_x(ν/2, ½) with x = ν/(ν + t²) and 1 − x = t²/(ν + t²), both formed without cancellation. */
    private static double lowerTail(double t, double nu) {
        if (t == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (nu >= LARGE_DEGREES_OF_FREEDOM) {
            return hill(-t, nu);
        }
        double x;
        double y;
        double a = -t;
        if (a > 1) {
            double r = nu / a / a; // ν/t², without overflowing t²
            if (r < FAR_TAIL) {
                // x = ν/(ν + t²) would lose digits as a subnormal, or underflow to 0 and make the tail 0. Here
                // I_x(ν/2, ½) = x^(ν/2) / ((ν/2) B(ν/2, ½)) · (1 + O(x)): the omitted terms are below 1e-300, and
                // computed in logs the result keeps a relative 1e-13 (the exponent is a few hundred).
                double halfNu = nu / 2;
                double logX = Math.log(nu) - 2 * Math.log(a);
                return 0.5 * Math.exp(halfNu * logX - Math.log(halfNu) - logBeta(halfNu, 0.5));
            }
            x = r / (1 + r);
            y = 1 / (1 + r);
        } else {
            double s = a * a;
            x = nu / (nu + s);
            y = s / (nu + s);
        }
        return 0.5 * regularizedIncompleteBeta(x, y, nu / 2, 0.5);
    }

    /**
     * P(T ≥ t) for large ν by Hill's normalizing expansion (Algorithm 395, CACM 1970): with
     * a = ν − ½, b = 48a² and z² = a·log(1 + t²/ν), P(T ≥ t) = Q(z + (z³ + 3z)/b − (0.4z⁷ + 3.3z⁵ +
     * 24z³ + 85.5z)/(b(b + 0.8z⁴ + 100))). The neglected terms are of order z¹¹/b³.
     */
    private static double hill(double t, double nu) {
        double a = nu - 0.5;
        double b = 48 * a * a;
        double y = a * Math.log1p(t / nu * t);
        double z = (((((-0.4 * y - 3.3) * y - 24.0) * y - 85.5) / (0.8 * y * y + 100.0 + b) + y + 3.0) / b + 1.0)
                * Math.sqrt(y);
        return Normal.complementaryCdf(z);
    }

    private static double lowerQuantile(double q, double nu) {
        // The t distribution has heavier tails than the normal one, so its quantile lies further out.
        double hi = Normal.quantile(q);
        double lo = hi;
        while (lowerTail(lo, nu) >= q) {
            hi = lo;
            lo *= 2;
            if (lo == Double.NEGATIVE_INFINITY) {
                return lo;
            }
        }
        // Start on the right of the root: the CDF is convex on t < 0, so Newton steps stay on that side.
        double t = hi;
        for (int i = 0; i < 2000; i++) {
            double f = lowerTail(t, nu) - q;
            if (f == 0) {
                return t;
            }
            if (f > 0) {
                hi = t;
            } else {
                lo = t;
            }
            double next = t - f / density(t, nu);
            if (!(next > lo && next < hi)) {
                // Newton left the bracket: bisect, geometrically when the bracket spans orders of magnitude.
                // The geometric mean as √−lo · √−hi: lo · hi overflows once both pass 1e154.
                next = lo / hi > 4 ? -Math.sqrt(-lo) * Math.sqrt(-hi) : (lo + hi) / 2;
            }
            if (Math.abs(next - t) <= 1e-15 * Math.abs(t) || next == lo || next == hi) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /** I_x(a, b) given x and y = 1 − x, both computed by the caller without cancellation. */
    static double regularizedIncompleteBeta(double x, double y, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (y <= 0) {
            return 1;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - incompleteBetaByContinuedFraction(y, x, b, a);
        }
        return incompleteBetaByContinuedFraction(x, y, a, b);
    }

    private static double incompleteBetaByContinuedFraction(double x, double y, double a, double b) {
        double logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
        double logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
        double front = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
        return front * continuedFraction(x, y, a, b);
    }

    /** The continued fraction of I_x(a, b) (Numerical Recipes betacf), by Lentz's method. */
    private static double continuedFraction(double x, double y, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        // 1 − (a + b)x/(a + 1), rewritten with y = 1 − x when x is near 1, where the subtraction would cancel.
        double d = x <= 0.5 ? 1 - qab * x / qap : (1 - b + qab * y) / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) <= EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta continued fraction did not converge for x = " + x
                + ", a = " + a + ", b = " + b);
    }

    /** log B(a, b), with the large parts of the log-gammas cancelled analytically. */
    static double logBeta(double a, double b) {
        double small = Math.min(a, b);
        double large = Math.max(a, b);
        if (small >= 10) {
            return HALF_LOG_2PI - 0.5 * Math.log(large) - (small - 0.5) * Math.log1p(large / small)
                    - large * Math.log1p(small / large)
                    + stirlingError(small) + stirlingError(large) - stirlingError(small + large);
        }
        if (large >= 10) {
            // log Γ(large) − log Γ(large + small), from Stirling's formula with the logs combined.
            double ratio = stirlingError(large) - stirlingError(large + small)
                    - (large - 0.5) * Math.log1p(small / large) - small * Math.log(large + small) + small;
            return logGamma(small) + ratio;
        }
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** log Γ(x) for x > 0: shifted up to x ≥ 10, then Stirling's series. */
    static double logGamma(double x) {
        if (x == 0.5) {
            return LOG_SQRT_PI;
        }
        double shift = 1;
        double z = x;
        while (z < 10) {
            shift *= z;
            z += 1;
        }
        return (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + stirlingError(z) - Math.log(shift);
    }

    /**
     * The remainder of Stirling's formula, {@code log Γ(x) − ((x − ½) log x − x + ½ log 2π)}, for
     * {@code x ≥ 10} by its asymptotic series (the omitted terms are below {@code 1e-17} there).
     */
    private static double stirlingError(double x) {
        double r = 1 / x;
        double r2 = r * r;
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * (1.0 / 1188
                - r2 * (691.0 / 360360 - r2 * (1.0 / 156 - r2 * (3617.0 / 122400))))))));
    }
}
