package io.github.saasmetrics.ltv;

/**
 * When, within each period, a customer's payment for that period is received: the timing
 * convention of every discounted value in this package.
 *
 * <p>A customer active in period {@code k + 1} (an event of probability {@code S(k)}, the survival
 * to the start of that period) pays for it either at its start, time {@code k}
 * ({@link #IN_ADVANCE}, so the first payment is received now and is not discounted), or at its end,
 * time {@code k + 1} ({@link #IN_ARREARS}, so the first payment is discounted once).
 * {@link #AT_RENEWAL} is the textbook timing of Gupta and Lehmann ("Customers as assets", 2003): a
 * payment at time {@code t ≥ 1} only if the customer is still retained then (probability
 * {@code S(t)}), nothing at acquisition. With a per-period discount rate {@code d} and
 * {@code v = 1 / (1 + d)}:
 *
 * <pre>
 *   in advance:  Σ_{k ≥ 0} S(k) · v^k
 *   in arrears:  Σ_{k ≥ 0} S(k) · v^(k+1)   = the in-advance value / (1 + d)
 *   at renewal:  Σ_{t ≥ 1} S(t) · v^t       = the in-advance value − S(0)
 * </pre>
 *
 * <p>The first two pay for the same periods; only the dates differ, so at {@code d = 0} they
 * agree. {@link #AT_RENEWAL} leaves out the payment made at acquisition and counts a period's
 * payment only if the customer is retained through it. Example with a constant 5 % churn and
 * {@code d = 1 %}: the present value of one unit per active period is {@code 1.01 / 0.06 = 16.833}
 * in advance, {@code 1 / 0.06 = 16.667} in arrears and {@code 0.95 / 0.06 = 15.833} at renewal.
 */
public enum PaymentTiming {

    /** The payment for a period is received at its start: the first payment is received now. */
    IN_ADVANCE("in advance"),

    /** The payment for a period is received at its end: the first payment at the end of period 1. */
    IN_ARREARS("in arrears"),

    /**
     * Gupta and Lehmann's textbook timing: a payment at the end of each period the customer is
     * retained through, that is at each renewal {@code t ≥ 1} with probability {@code S(t)}; the
     * payment at acquisition is not counted. With constant retention {@code r} the value is
     * {@code m · r / (1 + d − r)}.
     */
    AT_RENEWAL("at renewal");

    private final String label;

    PaymentTiming(String label) {
        this.label = label;
    }

    /**
     * The plain words tables and reports print for this value, such as {@code "in arrears"}; {@link #name()}
     * stays the identifier to pass back to the API.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * The discount exponent of the payment weighted by {@code S(k)}: {@code k} in advance and at
     * renewal, {@code k + 1} in arrears.
     *
     * @param k the number of whole periods before the paid period starts, zero or more
     * @return the number of periods the payment is discounted over
     */
    int exponent(int k) {
        return this == IN_ARREARS ? k + 1 : k;
    }

    /**
     * Whether the payment weighted by {@code S(k)} counts: always, except the one at acquisition
     * ({@code k = 0}) at renewal.
     *
     * @param k the number of whole periods before the paid period starts, zero or more
     * @return true if the payment is part of the value
     */
    boolean counts(int k) {
        return this != AT_RENEWAL || k > 0;
    }
}
