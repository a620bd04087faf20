package io.github.saasmetrics.stats;

/**
 * The binomial distribution: the number {@code X} of successes in {@code n} independent trials of
 * probability {@code p} each, such as the customers who churn in a month out of the {@code n}
 * paying at its start when each leaves with probability {@code p}.
 *
 * <pre>
 *   P(X = k) = C(n, k) · p^k · (1 − p)^(n − k)
 *   P(X ≥ k) = Σ_{j = k..n} P(X = j)          the upper tail, the p-value of a one-sided test
 *   P(X ≤ k) = Σ_{j = 0..k} P(X = j)
 * </pre>
 *
 * <p><b>Exact, not approximate.</b> Each probability {@code P(X = j)} is computed with Loader's
 * saddle-point method ("Fast and accurate computation of binomial probabilities", 2000; the method
 * of R's {@code dbinom}): {@code exp(δ(n) − δ(j) − δ(n − j) − D(j, np) − D(n − j, nq)) /
 * √(2π j (n − j)/n)}, where {@code δ} is the error of Stirling's formula (a table up to 15, its
 * series above) and {@code D(x, m) = x ln(x/m) + m − x} is summed as a series when {@code x} is near
 * {@code m}, so that no large logarithms cancel. A tail is summed term by term, starting at the end
 * nearest the mean and moving away from it, where the terms fall, until a term no longer changes
 * the sum; a tail that contains the median is computed as one minus the other tail, which is then
 * at most about one half, so the result keeps full relative precision in both cases. No normal or
 * Poisson approximation is used at any size. Agreement with R ({@code pbinom}, {@code dbinom},
 * {@code qbinom}) is tested to a relative {@code 1e-12}, tails down to {@code 1e-300}.
 *
 * <p>Worked example: {@code n = 200}, {@code p = 0.03} (6 expected): {@code P(X = 12) = 0.010578},
 * {@code P(X ≥ 12) = 0.018411}.
 *
 * <p>Arguments: {@code n ≥ 0}, {@code p} in {@code [0, 1]}; any {@code k} (outside {@code 0..n}
 * the probabilities are 0 or 1). Anything else is an {@link IllegalArgumentException} naming the
 * argument and its value.
 *
 * <p><b>Limit.</b> A tail sums about ten standard deviations' worth of terms, so its cost grows
 * with {@code √(n p (1 − p))}, not with {@code n}: a billion trials at {@code p = 0.03} take about a
 * millisecond. The tails and bounds therefore refuse, with an {@link IllegalArgumentException}
 * naming {@code n} and {@code p}, a variance {@code n p (1 − p)} above {@value #MAX_VARIANCE}
 * (a standard deviation of 10 000), where a tail would take more than a few milliseconds and a
 * bound more than about twenty: four hundred million customers at {@code p = ½}, or two billion
 * at {@code p = 5 %}, still fit. Beyond it only an approximation could answer in bounded
 * time, and this class does not approximate. {@link #probability} sums nothing and takes any
 * {@code n}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Binomial {

    /** ln 2π. */
    private static final double LN_2PI = 1.837877066409345483560659472811;
    /** δ(n) = ln n! − ((n + ½) ln n − n + ln √(2π)) for n = 0..15 (0 is unused). */
    private static final double[] STIRLING_ERROR = {0.0,
        0.08106146679532725821967, 0.04134069595540929409382, 0.02767792568499833914879,
        0.02079067210376509311152, 0.01664469118982119216319, 0.01387612882307074799875,
        0.01189670994589177009506, 0.01041126526197209649748, 0.009255462182712732917729,
        0.008330563433362871256469, 0.007573675487951840794972, 0.006942840107209529865664,
        0.006408994188004207068440, 0.005951370112758847735624, 0.005554733551962801371039};

    /**
     * The largest variance {@code n p (1 − p)} whose tails and bounds are computed: {@value}.
     * At it a tail sums about 10⁵ terms (about 5 ms), a bound about five tails' worth.
     */
    public static final double MAX_VARIANCE = 1e8;

    private Binomial() {
    }

    /**
     * The probability {@code P(X = k)}.
     *
     * @param k the number of successes, any value (0 outside {@code 0..n})
     * @param n the number of trials, zero or more
     * @param p the probability of success, in {@code [0, 1]}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code n} or {@code p} is out of range
     */
    public static double probability(long k, long n, double p) {
        check(n, p);
        return density(k, n, p);
    }

    /**
     * The upper tail {@code P(X ≥ k)}: the p-value of observing {@code k} or more when more is
     * the surprising direction.
     *
     * @param k the threshold, any value (1 at or below 0, 0 above {@code n})
     * @param n the number of trials, zero or more
     * @param p the probability of success, in {@code [0, 1]}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code n} or {@code p} is out of range, or {@code n p (1 − p)}
     *     exceeds {@link #MAX_VARIANCE}
     */
    public static double upperTail(long k, long n, double p) {
        checkSummable(n, p);
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        if (k > n * p) {
            return sumUp(k, n, p);
        }
        return Math.max(0, 1 - sumDown(k - 1, n, p));
    }

    /**
     * The lower tail {@code P(X ≤ k)}.
     *
     * @param k the threshold, any value (0 below 0, 1 at or above {@code n})
     * @param n the number of trials, zero or more
     * @param p the probability of success, in {@code [0, 1]}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code n} or {@code p} is out of range, or {@code n p (1 − p)}
     *     exceeds {@link #MAX_VARIANCE}
     */
    public static double lowerTail(long k, long n, double p) {
        checkSummable(n, p);
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        if (k < n * p) {
            return sumDown(k, n, p);
        }
        return Math.max(0, 1 - sumUp(k + 1, n, p));
    }

    /**
     * The largest count that is not surprisingly high at a significance level: the largest
     * {@code u} with {@code P(X ≥ u) > α}. A count above it has an upper-tail p-value of at most
     * {@code α}.
     *
     * <p>Example: {@code n = 200}, {@code p = 0.03}, {@code α = 0.05}: {@code P(X ≥ 10) = 0.0828},
     * {@code P(X ≥ 11) = 0.0420}, so the bound is 10.
     *
     * @param n the number of trials, zero or more
     * @param p the probability of success, in {@code [0, 1]}
     * @param alpha the significance level, strictly between 0 and 1
     * @return the bound, from 0 to {@code n}
     * @throws IllegalArgumentException if an argument is out of range, or {@code n p (1 − p)} exceeds
     *     {@link #MAX_VARIANCE}
     */
    public static long upperBound(long n, double p, double alpha) {
        checkSummable(n, p);
        checkAlpha(alpha);
        // upperTail(u) falls as u grows and upperTail(0) = 1 > α: find the last u with upperTail(u) > α.
        long lo = 0;
        long hi = n;
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (upperTail(mid, n, p) > alpha) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The smallest count that is not surprisingly low at a significance level: the smallest
     * {@code l} with {@code P(X ≤ l) > α}.
     *
     * <p>Example: {@code n = 200}, {@code p = 0.03}, {@code α = 0.05}: {@code P(X ≤ 1) = 0.0162},
     * {@code P(X ≤ 2) = 0.0566}, so the bound is 2.
     *
     * @param n the number of trials, zero or more
     * @param p the probability of success, in {@code [0, 1]}
     * @param alpha the significance level, strictly between 0 and 1
     * @return the bound, from 0 to {@code n}
     * @throws IllegalArgumentException if an argument is out of range, or {@code n p (1 − p)} exceeds
     *     {@link #MAX_VARIANCE}
     */
    public static long lowerBound(long n, double p, double alpha) {
        checkSummable(n, p);
        checkAlpha(alpha);
        long lo = 0;
        long hi = n;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (lowerTail(mid, n, p) > alpha) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void check(long n, double p) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative but was " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1] but was " + p);
        }
    }

    /** Checks the arguments of a tail, whose cost grows with the standard deviation. */
    private static void checkSummable(long n, double p) {
        check(n, p);
        double variance = n * p * (1 - p);
        if (variance > MAX_VARIANCE) {
            throw new IllegalArgumentException("n = " + n + " trials at p = " + p + " have a variance n·p·(1 − p) of "
                    + variance + ", above the " + MAX_VARIANCE + " whose tails are computed exactly in bounded time");
        }
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1 but was " + alpha);
        }
    }

    /** Σ_{j ≥ k} P(X = j) for k above the mean, where the terms fall as j grows. */
    private static double sumUp(long k, long n, double p) {
        double sum = 0;
        for (long j = k; j <= n; j++) {
            double term = density(j, n, p);
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return sum;
    }

    /** Σ_{j ≤ k} P(X = j) for k below the mean, where the terms fall as j shrinks. */
    private static double sumDown(long k, long n, double p) {
        double sum = 0;
        for (long j = k; j >= 0; j--) {
            double term = density(j, n, p);
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return sum;
    }

    /** Loader's saddle-point P(X = k), arguments already checked. */
    private static double density(long k, long n, double p) {
        if (k < 0 || k > n) {
            return 0;
        }
        double q = 1 - p;
        if (p == 0) {
            return k == 0 ? 1 : 0;
        }
        if (q == 0) {
            return k == n ? 1 : 0;
        }
        if (k == 0) {
            double lc = p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
            return Math.exp(lc);
        }
        if (k == n) {
            double lc = q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
            return Math.exp(lc);
        }
        double lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p)
                - deviance(n - k, n * q);
        // ln(1 − k/n): past half of n, from the exact n − k, since k/n rounds to 1 when n passes 2^53
        // (n = 2^53 + 1, k = n − 1 would give ln 0 and an infinite density).
        double lnRest = k <= n / 2 ? Math.log1p(-(double) k / n) : Math.log((double) (n - k)) - Math.log((double) n);
        double lf = LN_2PI + Math.log(k) + lnRest;
        return Math.exp(lc - 0.5 * lf);
    }

    /** δ(n) = ln n! − ((n + ½) ln n − n + ln √(2π)), for whole n ≥ 1. */
    static double stirlingError(long n) {
        if (n <= 15) {
            return STIRLING_ERROR[(int) n];
        }
        double nn = (double) n * n;
        double s0 = 1.0 / 12;
        double s1 = 1.0 / 360;
        double s2 = 1.0 / 1260;
        double s3 = 1.0 / 1680;
        double s4 = 1.0 / 1188;
        if (n > 500) {
            return (s0 - s1 / nn) / n;
        }
        if (n > 80) {
            return (s0 - (s1 - s2 / nn) / nn) / n;
        }
        if (n > 35) {
            return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /**
     * D(x, m) = x ln(x / m) + m − x, the deviance term, without cancellation: near {@code x = m}
     * it is {@code (x − m)·v + 2x·Σ_{j≥1} v^(2j+1) / (2j + 1)} with {@code v = (x − m)/(x + m)}.
     */
    static double deviance(double x, double m) {
        if (Math.abs(x - m) < 0.1 * (x + m)) {
            double v = (x - m) / (x + m);
            double s = (x - m) * v;
            double ej = 2 * x * v;
            v = v * v;
            for (int j = 1; j < 1000; j++) {
                ej *= v;
                double s1 = s + ej / (2 * j + 1);
                if (s1 == s) {
                    return s1;
                }
                s = s1;
            }
            return s;
        }
        return x * Math.log(x / m) + m - x;
    }
}
