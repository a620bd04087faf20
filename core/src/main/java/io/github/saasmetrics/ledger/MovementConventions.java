package io.github.saasmetrics.ledger;

import java.util.Objects;

/**
 * The named choices on how MRR changes are classified and counted, as opposed to how MRR is
 * measured ({@link io.github.saasmetrics.subscription.MrrConventions}). A ledger carries the ones it was built with; every metric uses
 * them unless told otherwise.
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code reactivation}</td><td>{@link ReactivationReporting#AS_REACTIVATION}</td>
 *       <td>the bridge line on which a returning customer's MRR appears</td></tr>
 *   <tr><td>{@code joinAndChurn}</td><td>{@link JoinAndChurn#COUNTED}</td>
 *       <td>whether a customer who joins and churns inside a period counts in its customer churn</td></tr>
 *   <tr><td>{@code reactivationInRetention}</td><td>{@link ReactivationInRetention#EXCLUDED}</td>
 *       <td>whether returning customers' MRR counts in net revenue retention</td></tr>
 * </table>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reactivation the bridge line of returning customers, not null
 * @param joinAndChurn whether join-and-churn customers count in customer churn, not null
 * @param reactivationInRetention whether returning customers count in NRR, not null
 */
public record MovementConventions(ReactivationReporting reactivation, JoinAndChurn joinAndChurn,
        ReactivationInRetention reactivationInRetention) {

    private static final MovementConventions DEFAULTS = new MovementConventions(
            ReactivationReporting.AS_REACTIVATION, JoinAndChurn.COUNTED, ReactivationInRetention.EXCLUDED);

    /**
     * Validates the options.
     *
     * @throws NullPointerException if an option is null
     */
    public MovementConventions {
        Objects.requireNonNull(reactivation, "reactivation");
        Objects.requireNonNull(joinAndChurn, "joinAndChurn");
        Objects.requireNonNull(reactivationInRetention, "reactivationInRetention");
    }

    /**
     * The defaults, as listed in the class documentation (also ProfitWell's, Stripe's and
     * Baremetrics').
     *
     * @return the defaults, not null
     */
    public static MovementConventions defaults() {
        return DEFAULTS;
    }

    /**
     * ChartMogul: reactivation is its own movement, and a customer who joins and churns inside the
     * period is left out of the customer churn rate (the B2B formula).
     *
     * @return the preset, not null
     */
    public static MovementConventions chartMogul() {
        return DEFAULTS.withJoinAndChurn(JoinAndChurn.EXCLUDED);
    }

    /**
     * Lago: a returning customer's MRR is reported as expansion, and so counts in net revenue
     * retention as expansion does.
     *
     * @return the preset, not null
     */
    public static MovementConventions lago() {
        return new MovementConventions(ReactivationReporting.AS_EXPANSION, JoinAndChurn.COUNTED,
                ReactivationInRetention.INCLUDED);
    }

    /**
     * A copy with another bridge line for returning customers.
     *
     * @param value the line, not null
     * @return the copy, not null
     */
    public MovementConventions withReactivation(ReactivationReporting value) {
        return new MovementConventions(value, joinAndChurn, reactivationInRetention);
    }

    /**
     * A copy with another rule for customers who join and churn inside a period.
     *
     * @param value the rule, not null
     * @return the copy, not null
     */
    public MovementConventions withJoinAndChurn(JoinAndChurn value) {
        return new MovementConventions(reactivation, value, reactivationInRetention);
    }

    /**
     * A copy with another rule for returning customers in NRR.
     *
     * @param value the rule, not null
     * @return the copy, not null
     */
    public MovementConventions withReactivationInRetention(ReactivationInRetention value) {
        return new MovementConventions(reactivation, joinAndChurn, value);
    }
}
