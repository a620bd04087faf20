package io.github.saasmetrics.retention;

/**
 * The period a churn rate is measured over, so that rates of different lengths can be compared
 * after conversion with {@link ChurnConversions} (churn compounds: 3 % a month is 30.6 % a year,
 * not 36 %).
 */
public enum RatePeriod {
    /** A rate per month. */
    MONTHLY,
    /** A rate per year. */
    ANNUAL;

    /**
     * The annual rate equivalent to a rate of this period: itself, or {@code 1 − (1 − monthly)^12}.
     *
     * @param rate the churn rate over this period, in {@code [0, 1]}
     * @return the annual churn rate, in {@code [0, 1]}
     * @throws IllegalArgumentException if the rate is out of range
     */
    public double toAnnual(double rate) {
        if (this == MONTHLY) {
            return ChurnConversions.annualChurn(rate);
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be in [0, 1] but was " + rate);
        }
        return rate;
    }
}
