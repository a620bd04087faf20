package io.github.saasmetrics.ltv;

/**
 * When, within each period, a customer's payment for that period is received: the timing
 * convention of every discounted value in this package.
 *
 * <p>A customer active in period {@code k + 1} (an event of probability {@code S(k)}, the survival
 * to the start of that period) pays for it either at its start, time {@code k}
 * ({@link #IN_ADVANCE}, so the first payment is received now and is not discounted), or at its end,
 * time {@code k + 1} ({@link #IN_ARREARS}, so the first payment is discounted once). With a
 * per-period discount rate {@code d} and {@code v = 1 / (1 + d)}:
 *
 * <pre>
 *   in advance:  Σ_{k ≥ 0} S(k) · v^k
 *   in arrears:  Σ_{k ≥ 0} S(k) · v^(k+1)   = the in-advance value / (1 + d)
 * </pre>
 *
 * <p>Both conventions pay for the same periods; only the dates differ, so at {@code d = 0} they
 * agree. Example with a constant 5 % churn and {@code d = 1 %}: the present value of one unit per
 * active period is {@code 1.01 / 0.06 = 16.833} in advance and {@code 1 / 0.06 = 16.667} in
 * arrears.
 */
public enum PaymentTiming {

    /** The payment for a period is received at its start: the first payment is received now. */
    IN_ADVANCE,

    /** The payment for a period is received at its end: the first payment at the end of period 1. */
    IN_ARREARS;

    /**
     * The discount exponent of the payment for period {@code k + 1}: {@code k} in advance,
     * {@code k + 1} in arrears.
     *
     * @param k the number of whole periods before the paid period starts, zero or more
     * @return the number of periods the payment is discounted over
     */
    int exponent(int k) {
        return this == IN_ADVANCE ? k : k + 1;
    }
}
