package io.github.saasmetrics.mrr;

/**
 * The kinds of change in a customer's MRR from one month to the next (customer-level netting: a
 * customer's subscriptions are summed first).
 *
 * <p>With {@code before} the MRR at the end of the previous month and {@code after} the MRR now,
 * both at the previous month's exchange rates:
 * <ul>
 *   <li>{@link #NEW_BUSINESS}: {@code before = 0 < after}, first payment ever;</li>
 *   <li>{@link #REACTIVATION}: {@code before = 0 < after}, paid before;</li>
 *   <li>{@link #EXPANSION}: {@code 0 < before < after};</li>
 *   <li>{@link #CONTRACTION}: {@code 0 < after < before};</li>
 *   <li>{@link #CHURN}: {@code before > 0 = after};</li>
 *   <li>{@link #FX}: the change that comes only from exchange rates.</li>
 * </ul>
 */
public enum MovementType {
    /** First paid month ever. */
    NEW_BUSINESS(1),
    /** MRR up. */
    EXPANSION(1),
    /** MRR down, still above zero. */
    CONTRACTION(-1),
    /** MRR from positive to zero. */
    CHURN(-1),
    /** Paid again after at least one month at zero. */
    REACTIVATION(1),
    /** Exchange-rate effect; its amount is signed. */
    FX(1);

    private final int sign;

    MovementType(int sign) {
        this.sign = sign;
    }

    /**
     * The sign with which the movement's amount enters the bridge identity.
     *
     * @return 1 or −1
     */
    public int sign() {
        return sign;
    }
}
