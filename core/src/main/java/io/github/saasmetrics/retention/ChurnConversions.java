package io.github.saasmetrics.retention;

import io.github.saasmetrics.stats.Ratio;
import java.util.OptionalDouble;

/**
 * Conversions between churn rates and discount rates of different period lengths, and the
 * average lifetime implied by a churn rate.
 *
 * <p>Churn compounds: a customer survives a year only by surviving each of its twelve months, so
 * {@code annual = 1 − (1 − monthly)^12} and {@code monthly = 1 − (1 − annual)^(1/12)}, not
 * {@code 12 × monthly}. Discount rates compound the other way: {@code annual = (1 + monthly)^12 − 1}
 * and {@code monthly = (1 + annual)^(1/12) − 1}, not {@code annual / 12}. The average lifetime under
 * a constant churn rate is {@code 1 / churn} periods (the mean of a geometric distribution); at
 * zero churn it is undefined, so the lifetime methods return an empty {@code OptionalDouble}, never
 * infinity.
 *
 * <p>Worked examples: 3 % monthly churn is {@code 1 − 0.97^12 = 30.62 %} a year and an average
 * lifetime of {@code 1 / 0.03 = 33.3} months; 10 % a year is a monthly discount rate of
 * {@code 1.1^(1/12) − 1 = 0.797 %}.
 *
 * <p>Powers are computed with {@link StrictMath}, so every JVM gives the same bits. The
 * conversions are inverse to within about {@code 1e-12}. One limit is of doubles, not of the
 * formulas: above about 50 % monthly churn the annual survival {@code 1 − annual} falls below
 * {@code 1e-4}, and a double holding such an annual rate keeps too few of its digits to give the
 * monthly rate back exactly.
 *
 * <p>Rates are fractions ({@code 0.03} for 3 %). Churn rates must lie in {@code [0, 1]}; discount
 * rates above {@code −1}; both finite. Anything else is rejected with
 * {@link IllegalArgumentException} naming the argument and its value.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ChurnConversions {

    private ChurnConversions() {
    }

    /**
     * Annual churn from monthly churn: {@code 1 − (1 − monthly)^12}.
     *
     * @param monthly the monthly churn rate, 0 to 1
     * @return the annual churn rate, 0 to 1
     * @throws IllegalArgumentException if the rate is outside 0 to 1 or not finite
     */
    public static double annualChurn(double monthly) {
        return churnOver(monthly, 12);
    }

    /**
     * Monthly churn from annual churn: {@code 1 − (1 − annual)^(1/12)}.
     *
     * @param annual the annual churn rate, 0 to 1
     * @return the monthly churn rate, 0 to 1
     * @throws IllegalArgumentException if the rate is outside 0 to 1 or not finite
     */
    public static double monthlyChurn(double annual) {
        return churnOver(annual, 1.0 / 12);
    }

    /**
     * The churn rate over {@code periods} periods from the churn rate of one:
     * {@code 1 − (1 − rate)^periods}. Example: quarterly from monthly is {@code churnOver(m, 3)},
     * monthly from quarterly {@code churnOver(q, 1.0 / 3)}.
     *
     * @param rate the churn rate of one period, 0 to 1
     * @param periods the number of periods, positive and finite (fractions allowed)
     * @return the churn rate over that many periods, 0 to 1
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double churnOver(double rate, double periods) {
        requireChurn("rate", rate);
        if (!(periods > 0) || Double.isInfinite(periods)) {
            throw new IllegalArgumentException("periods must be positive and finite but was " + periods);
        }
        return -StrictMath.expm1(periods * StrictMath.log1p(-rate));
    }

    /**
     * Annual discount rate from a monthly one: {@code (1 + monthly)^12 − 1}.
     *
     * @param monthly the monthly discount rate, above −1, finite
     * @return the annual discount rate, finite
     * @throws IllegalArgumentException if the rate is not above −1 or not finite
     */
    public static double annualDiscountRate(double monthly) {
        return discountOver(monthly, 12);
    }

    /**
     * Monthly discount rate from an annual one: {@code (1 + annual)^(1/12) − 1}, not {@code annual / 12}.
     *
     * @param annual the annual discount rate, above −1, finite
     * @return the monthly discount rate
     * @throws IllegalArgumentException if the rate is not above −1 or not finite
     */
    public static double monthlyDiscountRate(double annual) {
        return discountOver(annual, 1.0 / 12);
    }

    private static double discountOver(double rate, double periods) {
        if (!(rate > -1) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("discount rate must be above -1 and finite but was " + rate);
        }
        double result = StrictMath.expm1(periods * StrictMath.log1p(rate));
        if (Double.isInfinite(result)) {
            throw new IllegalArgumentException("discount rate " + rate + " compounded over " + periods
                    + " periods overflows");
        }
        return result;
    }

    /**
     * The average lifetime in periods under a constant churn rate per period: {@code 1 / churn}.
     * Example: 5 % monthly churn → 20 months.
     *
     * @param churn the churn rate per period, 0 to 1
     * @return the lifetime in periods, at least 1; empty when the churn rate is 0 (no finite lifetime)
     * @throws IllegalArgumentException if the rate is outside 0 to 1 or not finite
     */
    public static OptionalDouble averageLifetime(double churn) {
        requireChurn("churn", churn);
        return churn == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 / churn);
    }

    /**
     * The average lifetime in periods from a counted churn rate: {@code denominator / numerator}.
     * Example: 3 churned of 60 → 20 periods.
     *
     * @param churn the churn rate, not null, from 0 to 100 %
     * @return the lifetime, empty when the rate is undefined or zero
     * @throws IllegalArgumentException if the rate is negative or above 100 %
     */
    public static OptionalDouble averageLifetime(Ratio churn) {
        java.util.Objects.requireNonNull(churn, "churn");
        if (!churn.defined()) {
            return OptionalDouble.empty();
        }
        if (churn.numerator() < 0 || churn.numerator() > churn.denominator()) {
            throw new IllegalArgumentException("churn must be 0 to 100% but was " + churn);
        }
        return churn.numerator() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) churn.denominator() / churn.numerator());
    }

    private static void requireChurn(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be 0 to 1 but was " + rate);
        }
    }
}
