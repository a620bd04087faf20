package io.github.saasmetrics.ltv;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Customer lifetime value from average revenue, gross margin and churn, and the acquisition-cost
 * ratios built on it.
 *
 * <p><b>Inputs.</b> ARPA (average revenue per account) is {@link Money} for one period (a month,
 * usually); gross margin and churn are fractions in {@code [0, 1]} over the <em>same</em> period
 * (0.85 for 85 %), or a churn {@link Ratio} as the churn calculators return it. A monthly rate
 * from an annual one is {@code 1 − (1 − annual)^(1/12)} for churn and {@code (1 + annual)^(1/12) − 1}
 * for a discount rate, never {@code annual / 12}.
 *
 * <p><b>Results.</b> Lifetime values are {@link Money}, rounded once, at the end, to the currency's
 * minor unit with {@link #ROUNDING} ({@code HALF_EVEN}). Closed-form values are computed in
 * {@link BigDecimal} from the decimal form of each {@code double} rate ({@code 0.03} is exactly
 * three hundredths), so {@code $200 × 0.85 / 0.03} is exactly {@code $5,666.666…} before rounding.
 * Ratios of money ({@link #ltvToCac}, {@link #cacPaybackPeriods}) are {@code double}.
 *
 * <p><b>Undefined values.</b> With zero churn (and no discounting) the lifetime is unbounded: the
 * methods throw {@link IllegalArgumentException} saying so; they never return an infinity. The same
 * holds for a ratio to a zero CAC and for a payback with zero margin per period.
 *
 * <p>Worked examples (field guide): ARPA $200, 85 % margin, 3 % monthly churn →
 * {@code 200 × 0.85 / 0.03 = $5,666.67}; ARPA $100, 5 % churn, margin 100 % → {@code $2,000.00}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Ltv {

    /** The rounding of every lifetime value to the currency's minor unit: {@code HALF_EVEN}. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private Ltv() {
    }

    /**
     * The simple lifetime value {@code ARPA × margin / churn}: the margin of one period times the
     * expected lifetime {@code 1 / churn} of a customer who churns with a constant probability.
     *
     * <p>Example: ARPA $200, margin 0.85, monthly churn 0.03 → {@code 200 × 0.85 / 0.03 =
     * 5,666.666…}, rounded to {@code USD 5666.67}.
     *
     * @param arpa average revenue per account for one period, not null, not negative
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @param churnRate the churn rate over the same period, in {@code (0, 1]}
     * @return the lifetime value rounded with {@link #ROUNDING}, not null
     * @throws IllegalArgumentException if a rate is out of range, ARPA is negative, or the churn is 0
     *     (the lifetime value is undefined then)
     * @throws ArithmeticException if the lifetime value does not fit in a {@code long} of minor units (a
     *     churn near 0); the message names the inputs
     */
    public static Money simple(Money arpa, double grossMargin, double churnRate) {
        checkArpa(arpa);
        BigDecimal margin = decimal("grossMargin", grossMargin);
        BigDecimal churn = positiveChurn(churnRate);
        return round(arpa, arpa.amount().multiply(margin), churn,
                () -> "LTV = ARPA " + arpa + " × margin " + grossMargin + " / churn " + churnRate);
    }

    /**
     * The simple lifetime value with the churn as a counted ratio, computed exactly:
     * {@code ARPA × margin × denominator / numerator}.
     *
     * <p>Example: ARPA $100, margin 1, churn 5/100 → {@code 100 × 100 / 5 = USD 2000.00}.
     *
     * @param arpa average revenue per account for one period, not null, not negative
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @param churnRate the churn over the same period, not null; defined, with a numerator from 1 to
     *     the denominator
     * @return the lifetime value rounded with {@link #ROUNDING}, not null
     * @throws IllegalArgumentException if the ratio is undefined, zero (the lifetime value is undefined
     *     then) or above 1, or another argument is out of range
     * @throws ArithmeticException if the lifetime value does not fit in a {@code long} of minor units; the
     *     message names the inputs
     */
    public static Money simple(Money arpa, double grossMargin, Ratio churnRate) {
        checkArpa(arpa);
        BigDecimal margin = decimal("grossMargin", grossMargin);
        Objects.requireNonNull(churnRate, "churnRate");
        if (!churnRate.defined()) {
            throw new IllegalArgumentException("LTV is undefined when the churn rate is undefined (" + churnRate + ")");
        }
        if (churnRate.numerator() == 0) {
            throw new IllegalArgumentException("LTV is undefined at zero churn (the expected lifetime is unbounded); "
                    + "churnRate was " + churnRate);
        }
        if (churnRate.numerator() < 0 || churnRate.numerator() > churnRate.denominator()) {
            throw new IllegalArgumentException("churnRate must be in (0, 1] but was " + churnRate);
        }
        BigDecimal numerator = arpa.amount().multiply(margin).multiply(BigDecimal.valueOf(churnRate.denominator()));
        return round(arpa, numerator, BigDecimal.valueOf(churnRate.numerator()),
                () -> "LTV = ARPA " + arpa + " × margin " + grossMargin + " / churn " + churnRate);
    }

    /**
     * The expected lifetime {@code 1 / churn}, in periods, of a customer who churns with a constant
     * probability each period. Example: 5 % monthly churn → 20 months.
     *
     * @param churnRate the churn rate per period, in {@code (0, 1]}
     * @return the expected number of periods, at least 1
     * @throws IllegalArgumentException if the churn rate is 0 (the lifetime is unbounded) or out of range
     */
    public static double expectedLifetime(double churnRate) {
        positiveChurn(churnRate);
        return 1 / churnRate;
    }

    /**
     * The lifetime value {@code ARPA × margin × lifetime} from an expected lifetime in periods, such
     * as a Kaplan–Meier restricted mean or a shifted-beta-geometric discounted expected lifetime.
     *
     * <p>Example: ARPA $100, margin 0.8, lifetime 12.5 periods → {@code USD 1000.00}.
     *
     * @param arpa average revenue per account for one period, not null, not negative
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @param lifetimePeriods the expected (possibly discounted) number of paid periods, finite, zero or more
     * @return the lifetime value rounded with {@link #ROUNDING}, not null
     * @throws IllegalArgumentException if an argument is out of range
     * @throws ArithmeticException if the lifetime value does not fit in a {@code long} of minor units; the
     *     message names the inputs
     */
    public static Money fromLifetime(Money arpa, double grossMargin, double lifetimePeriods) {
        checkArpa(arpa);
        BigDecimal margin = decimal("grossMargin", grossMargin);
        if (!(lifetimePeriods >= 0) || !Double.isFinite(lifetimePeriods)) {
            throw new IllegalArgumentException("lifetimePeriods must be finite and not negative but was " + lifetimePeriods);
        }
        return round(arpa, arpa.amount().multiply(margin).multiply(new BigDecimal(lifetimePeriods)), BigDecimal.ONE,
                () -> "LTV = ARPA " + arpa + " × margin " + grossMargin + " × lifetime " + lifetimePeriods + " periods");
    }

    /**
     * The discounted lifetime value with a constant churn rate {@code c} and discount rate {@code d}
     * per period: the present value of the margin {@code m = ARPA × margin} paid for every period the
     * customer is active, the customer being active in period {@code k + 1} with probability
     * {@code (1 − c)^k}.
     *
     * <pre>
     *   IN_ADVANCE (first payment now):              m · Σ_{k ≥ 0} (1 − c)^k / (1 + d)^k     = m · (1 + d) / (d + c)
     *   IN_ARREARS (first payment at end of period 1): m · Σ_{k ≥ 0} (1 − c)^k / (1 + d)^(k+1) = m / (d + c)
     *   AT_RENEWAL (Gupta and Lehmann):                m · Σ_{t ≥ 1} (1 − c)^t / (1 + d)^t     = m · r / (1 + d − r)
     * </pre>
     *
     * <p>with {@code r = 1 − c}. At {@code d = 0} the first two equal the {@linkplain #simple
     * simple} value {@code m / c}. The textbook form of Gupta and Lehmann ("Customers as assets",
     * 2003) is the in-advance value without the payment at acquisition: {@code m · r / (1 + d − r)}
     * = {@code m · (1 + d) / (d + c) − m}.
     *
     * <p>Worked examples: ARPA $100, margin 0.8, churn 0.05, discount 0.01: in advance
     * {@code 80 × 1.01 / 0.06 = USD 1346.67}; in arrears {@code 80 / 0.06 = USD 1333.33}; at renewal
     * {@code 80 × 0.95 / 0.06 = USD 1266.67} (undiscounted: {@code 80 / 0.05 = USD 1600.00}).
     *
     * <p>Zero churn is allowed when {@code d > 0}: the value is then {@code m (1 + d) / d},
     * {@code m / d} or {@code m / d}, the value of a perpetuity.
     *
     * @param arpa average revenue per account for one period, not null, not negative
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @param churnRate the churn rate per period, in {@code [0, 1]}
     * @param discountRate the discount rate per period, finite, zero or more
     * @param timing when each period's payment is received, not null
     * @return the lifetime value rounded with {@link #ROUNDING}, not null
     * @throws IllegalArgumentException if an argument is out of range, or both rates are 0 (undefined)
     * @throws ArithmeticException if the lifetime value does not fit in a {@code long} of minor units; the
     *     message names the inputs
     */
    public static Money discounted(Money arpa, double grossMargin, double churnRate, double discountRate,
            PaymentTiming timing) {
        checkArpa(arpa);
        BigDecimal margin = decimal("grossMargin", grossMargin);
        BigDecimal churn = decimal("churnRate", churnRate);
        BigDecimal discount = discountDecimal(discountRate);
        Objects.requireNonNull(timing, "timing");
        BigDecimal denominator = discount.add(churn);
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("LTV is undefined at zero churn and zero discount rate "
                    + "(the present value of an endless stream is unbounded)");
        }
        BigDecimal numerator = arpa.amount().multiply(margin);
        if (timing == PaymentTiming.IN_ADVANCE) {
            numerator = numerator.multiply(BigDecimal.ONE.add(discount));
        } else if (timing == PaymentTiming.AT_RENEWAL) {
            numerator = numerator.multiply(BigDecimal.ONE.subtract(churn));
        }
        return round(arpa, numerator, denominator, () -> "discounted LTV of ARPA " + arpa + ", margin " + grossMargin
                + ", churn " + churnRate + ", discount rate " + discountRate + " " + timing);
    }

    /**
     * The discounted lifetime value over a finite survival sequence: {@code m · Σ_k S(k) · v^e(k)},
     * where {@code m = ARPA × margin}, {@code S(k) = survival[k]} is the probability that the customer
     * is active in period {@code k + 1}, {@code v = 1 / (1 + d)}, and {@code e(k) = k} in advance or
     * {@code k + 1} in arrears (see {@link PaymentTiming}); at renewal the sum starts at {@code k = 1}
     * with {@code e(k) = k}, so {@code survival[0]} only bounds the next entry. Periods after the last
     * entry contribute nothing.
     *
     * <p>Use it with a Kaplan–Meier curve ({@code S(k)} = survival at tenure {@code k}) or a fitted
     * shifted-beta-geometric model. Worked example: ARPA $100, margin 0.8, survival
     * {@code {1, 0.9, 0.8}}, {@code d = 0.01}, in advance:
     * {@code 80 × (1 + 0.9 / 1.01 + 0.8 / 1.01²) = 80 × 2.6753259… = USD 214.03}.
     *
     * @param arpa average revenue per account for one period, not null, not negative
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @param survival the survival to the start of each period, not null; values in {@code [0, 1]}, non-increasing
     * @param discountRate the discount rate per period, finite, zero or more
     * @param timing when each period's payment is received, not null
     * @return the lifetime value rounded with {@link #ROUNDING}, not null
     * @throws IllegalArgumentException if an argument is out of range or the survival sequence increases
     * @throws ArithmeticException if the lifetime value does not fit in a {@code long} of minor units; the
     *     message names the inputs
     */
    public static Money discounted(Money arpa, double grossMargin, double[] survival, double discountRate,
            PaymentTiming timing) {
        checkArpa(arpa);
        BigDecimal margin = decimal("grossMargin", grossMargin);
        Objects.requireNonNull(survival, "survival");
        discountDecimal(discountRate);
        Objects.requireNonNull(timing, "timing");
        double v = 1 / (1 + discountRate);
        double sum = 0;
        double previous = 1;
        for (int k = 0; k < survival.length; k++) {
            double s = survival[k];
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("survival[" + k + "] must be in [0, 1] but was " + s);
            }
            if (s > previous) {
                throw new IllegalArgumentException("survival must not increase but survival[" + k + "] = " + s
                        + " > survival[" + (k - 1) + "] = " + previous);
            }
            previous = s;
            if (timing.counts(k)) {
                sum += s * Math.pow(v, timing.exponent(k));
            }
        }
        double lifetime = sum;
        return round(arpa, arpa.amount().multiply(margin).multiply(new BigDecimal(sum)), BigDecimal.ONE,
                () -> "discounted LTV of ARPA " + arpa + ", margin " + grossMargin + " over a discounted lifetime of "
                        + lifetime + " periods");
    }

    /**
     * The ratio of lifetime value to customer acquisition cost, {@code LTV / CAC}.
     *
     * <p>Example: LTV $3,600 and CAC $1,200 → 3.0 (the "3:1" rule of thumb).
     *
     * @param ltv the lifetime value, not null
     * @param cac the acquisition cost per customer, not null, positive, in the same currency
     * @return the ratio, finite
     * @throws IllegalArgumentException if the CAC is not positive (the ratio is undefined at zero CAC)
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static double ltvToCac(Money ltv, Money cac) {
        Objects.requireNonNull(ltv, "ltv");
        Objects.requireNonNull(cac, "cac");
        sameCurrency(ltv, cac);
        if (!cac.positive()) {
            throw new IllegalArgumentException("LTV:CAC is undefined unless CAC is positive but CAC was " + cac);
        }
        return ltv.amount().divide(cac.amount(), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * The CAC payback period {@code CAC / (ARPA × margin)}: the number of periods of margin that
     * repay the acquisition cost, ignoring churn and discounting (months when ARPA is monthly).
     *
     * <p>Example: CAC $1,200, ARPA $100, margin 0.8 → {@code 1200 / 80 = 15} months.
     *
     * @param cac the acquisition cost per customer, not null, not negative
     * @param arpa average revenue per account for one period, not null, not negative, same currency
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @return the number of periods, finite, zero or more
     * @throws IllegalArgumentException if an argument is out of range, or {@code ARPA × margin} is 0
     *     (the payback is undefined then)
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static double cacPaybackPeriods(Money cac, Money arpa, double grossMargin) {
        Objects.requireNonNull(cac, "cac");
        checkArpa(arpa);
        BigDecimal margin = decimal("grossMargin", grossMargin);
        sameCurrency(cac, arpa);
        if (cac.negative()) {
            throw new IllegalArgumentException("cac must not be negative but was " + cac);
        }
        BigDecimal perPeriod = arpa.amount().multiply(margin);
        if (perPeriod.signum() == 0) {
            throw new IllegalArgumentException("CAC payback is undefined when ARPA × margin is zero (ARPA "
                    + arpa + ", margin " + grossMargin + ")");
        }
        return cac.amount().divide(perPeriod, MathContext.DECIMAL64).doubleValue();
    }

    private static Money round(Money like, BigDecimal numerator, BigDecimal denominator, Supplier<String> what) {
        int scale = like.currency().getDefaultFractionDigits();
        BigDecimal value = numerator.divide(denominator, scale, ROUNDING);
        try {
            return Money.of(like.currency(), value);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(what.get() + " = " + like.currency().getCurrencyCode() + " "
                    + value.round(new MathContext(6, ROUNDING)) + " does not fit in a long of minor units");
        }
    }

    private static void checkArpa(Money arpa) {
        Objects.requireNonNull(arpa, "arpa");
        if (arpa.negative()) {
            throw new IllegalArgumentException("arpa must not be negative but was " + arpa);
        }
    }

    private static void sameCurrency(Money a, Money b) {
        if (!a.currency().equals(b.currency())) {
            throw new CurrencyMismatchException(a.currency(), b.currency());
        }
    }

    /** A fraction in [0, 1] as the decimal it is written as ({@code 0.03} → 3/100 exactly). */
    private static BigDecimal decimal(String name, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] but was " + fraction);
        }
        return BigDecimal.valueOf(fraction);
    }

    private static BigDecimal positiveChurn(double churnRate) {
        if (churnRate == 0) {
            throw new IllegalArgumentException("LTV is undefined at zero churn (the expected lifetime is unbounded); "
                    + "churnRate must be in (0, 1] but was " + churnRate);
        }
        return decimal("churnRate", churnRate);
    }

    private static BigDecimal discountDecimal(double discountRate) {
        if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be finite and not negative but was " + discountRate);
        }
        return BigDecimal.valueOf(discountRate);
    }
}
