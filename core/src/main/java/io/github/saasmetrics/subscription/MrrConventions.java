package io.github.saasmetrics.subscription;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The named choices on which billing vendors disagree about how subscriptions become MRR, each
 * with a documented default: the options a ledger is built with. How the resulting changes are
 * classified and counted (reactivation as its own line or as expansion, join-and-churn customers,
 * returning customers in NRR) is a separate set, {@link io.github.saasmetrics.ledger.MovementConventions}, which metrics take
 * explicitly or from the ledger.
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code churnRecognition}</td><td>{@link ChurnRecognition#AT_PERIOD_END}</td>
 *       <td>when a cancelled subscription stops carrying MRR</td></tr>
 *   <tr><td>{@code measurementInstant}</td><td>{@link MeasurementInstant#LAST_DAY}</td>
 *       <td>the day a month's MRR is measured</td></tr>
 *   <tr><td>{@code pastDueGraceDays}</td><td>30</td>
 *       <td>days a past-due subscription keeps its MRR before it churns (0: churns at once)</td></tr>
 *   <tr><td>{@code foreverDiscountsReduceMrr}</td><td>true</td><td>forever coupons lower MRR</td></tr>
 *   <tr><td>{@code repeatingDiscountsReduceMrr}</td><td>true</td>
 *       <td>coupons for N months lower MRR while they last (their end is expansion)</td></tr>
 *   <tr><td>{@code onceDiscountsReduceMrr}</td><td>false</td>
 *       <td>first-invoice coupons lower MRR for the first billing period</td></tr>
 *   <tr><td>{@code reactivationGapDays}</td><td>0</td>
 *       <td>a customer whose paid activity stops and resumes within fewer days is treated as never
 *           having left (no churn, no reactivation)</td></tr>
 *   <tr><td>{@code fxRateConvention}</td><td>{@link FxRateConvention#SERVICE_PERIOD_START}</td>
 *       <td>which rate converts foreign-currency MRR</td></tr>
 * </table>
 *
 * <p>Trials and free plans never carry MRR: a trial's MRR starts on its trial end, a free plan's
 * price is zero. Free → paid is therefore new business (or reactivation), paid → free is churn.
 *
 * <p>The presets {@link #chartMogul()}, {@link #stripe()}, {@link #profitWell()} and
 * {@link #baremetrics()} follow each vendor's public definitions (see docs/METRICS.md); pair them
 * with the vendor's {@link io.github.saasmetrics.ledger.MovementConventions} where it has its own ({@link io.github.saasmetrics.ledger.MovementConventions#chartMogul()},
 * {@link io.github.saasmetrics.ledger.MovementConventions#lago()}).
 *
 * <p>This record is immutable and thread-safe. It is {@link Serializable}, so that distributed jobs
 * can ship the conventions to their workers.
 *
 * @param churnRecognition when cancelled subscriptions stop carrying MRR, not null
 * @param measurementInstant the day each month's MRR is measured, not null
 * @param pastDueGraceDays grace window for past-due subscriptions in days, from 0 to 3650
 * @param foreverDiscountsReduceMrr whether forever discounts lower MRR
 * @param repeatingDiscountsReduceMrr whether repeating discounts lower MRR
 * @param onceDiscountsReduceMrr whether first-invoice discounts lower MRR
 * @param reactivationGapDays gaps in paid activity shorter than this are bridged, from 0 to 3650
 * @param fxRateConvention which exchange rate applies, not null
 */
public record MrrConventions(
        ChurnRecognition churnRecognition,
        MeasurementInstant measurementInstant,
        int pastDueGraceDays,
        boolean foreverDiscountsReduceMrr,
        boolean repeatingDiscountsReduceMrr,
        boolean onceDiscountsReduceMrr,
        int reactivationGapDays,
        FxRateConvention fxRateConvention) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final MrrConventions DEFAULTS = new MrrConventions(ChurnRecognition.AT_PERIOD_END,
            MeasurementInstant.LAST_DAY, 30, true, true, false, 0, FxRateConvention.SERVICE_PERIOD_START);

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if a day count is out of range
     */
    public MrrConventions {
        Objects.requireNonNull(churnRecognition, "churnRecognition");
        Objects.requireNonNull(measurementInstant, "measurementInstant");
        Objects.requireNonNull(fxRateConvention, "fxRateConvention");
        if (pastDueGraceDays < 0 || pastDueGraceDays > 3650) {
            throw new IllegalArgumentException("pastDueGraceDays must be 0 to 3650 but was " + pastDueGraceDays);
        }
        if (reactivationGapDays < 0 || reactivationGapDays > 3650) {
            throw new IllegalArgumentException("reactivationGapDays must be 0 to 3650 but was " + reactivationGapDays);
        }
    }

    /**
     * The defaults, as listed in the class documentation.
     *
     * @return the default conventions, not null
     */
    public static MrrConventions defaults() {
        return DEFAULTS;
    }

    /**
     * ChartMogul: churn at the end of the paid period, discounts reduce MRR. ChartMogul lets each
     * account set a past-due window of 1 to 90 days; the preset uses 30. Its B2B churn formula
     * (join-and-churn customers left out) is {@link io.github.saasmetrics.ledger.MovementConventions#chartMogul()}.
     *
     * @return the preset, not null
     */
    public static MrrConventions chartMogul() {
        return DEFAULTS;
    }

    /**
     * Stripe Billing analytics: MRR stops when the subscription is cancelled, a customer who joins
     * and churns in the window counts as churned (the start + new denominator), reactivation is its
     * own movement, and past-due subscriptions keep MRR while Stripe retries, modelled as 30 days.
     *
     * @return the preset, not null
     */
    public static MrrConventions stripe() {
        return DEFAULTS.withChurnRecognition(ChurnRecognition.AT_CANCELLATION);
    }

    /**
     * ProfitWell (Paddle): churn at the end of the paid period, discounts reduce MRR, reactivation
     * is its own movement, customers who join and churn in a period count as churned.
     *
     * @return the preset, not null
     */
    public static MrrConventions profitWell() {
        return DEFAULTS;
    }

    /**
     * Baremetrics: past-due subscriptions keep MRR for 30 days, then churn; churn at the end of the
     * paid period; reactivation is its own movement.
     *
     * @return the preset, not null
     */
    public static MrrConventions baremetrics() {
        return DEFAULTS.withPastDueGraceDays(30);
    }

    /**
     * Lago: MRR measured as the defaults do; that Lago reports a returning customer's MRR as
     * expansion is {@link io.github.saasmetrics.ledger.MovementConventions#lago()}.
     *
     * @return the preset, not null
     */
    public static MrrConventions lago() {
        return DEFAULTS;
    }

    /**
     * Whether discounts of a kind reduce MRR under these conventions.
     *
     * @param duration the kind of discount, not null
     * @return the matching option
     */
    public boolean discountReducesMrr(Discount.Duration duration) {
        return switch (duration) {
            case FOREVER -> foreverDiscountsReduceMrr;
            case REPEATING -> repeatingDiscountsReduceMrr;
            case ONCE -> onceDiscountsReduceMrr;
        };
    }

    /**
     * A copy with another churn recognition.
     *
     * @param value the option, not null
     * @return the new conventions, not null
     */
    public MrrConventions withChurnRecognition(ChurnRecognition value) {
        return new MrrConventions(value, measurementInstant, pastDueGraceDays, foreverDiscountsReduceMrr,
                repeatingDiscountsReduceMrr, onceDiscountsReduceMrr, reactivationGapDays,
                fxRateConvention);
    }

    /**
     * A copy with another measurement instant.
     *
     * @param value the option, not null
     * @return the new conventions, not null
     */
    public MrrConventions withMeasurementInstant(MeasurementInstant value) {
        return new MrrConventions(churnRecognition, value, pastDueGraceDays, foreverDiscountsReduceMrr,
                repeatingDiscountsReduceMrr, onceDiscountsReduceMrr, reactivationGapDays,
                fxRateConvention);
    }

    /**
     * A copy with another past-due grace window.
     *
     * @param days the window in days, 0 to 3650
     * @return the new conventions, not null
     */
    public MrrConventions withPastDueGraceDays(int days) {
        return new MrrConventions(churnRecognition, measurementInstant, days, foreverDiscountsReduceMrr,
                repeatingDiscountsReduceMrr, onceDiscountsReduceMrr, reactivationGapDays,
                fxRateConvention);
    }

    /**
     * A copy in which exactly the discounts of the given durations reduce MRR. Example: every discount
     * reduces MRR with {@code withDiscountsReducingMrr(EnumSet.allOf(Discount.Duration.class))}, none
     * with {@code withDiscountsReducingMrr(Set.of())}; the default is forever and repeating, not once.
     *
     * @param durations the durations whose discounts reduce MRR, not null, no null elements, may be empty
     * @return the new conventions, not null
     * @throws NullPointerException if {@code durations} or one of them is null
     */
    public MrrConventions withDiscountsReducingMrr(Set<Discount.Duration> durations) {
        Objects.requireNonNull(durations, "durations");
        durations.forEach(d -> Objects.requireNonNull(d, "duration"));
        return new MrrConventions(churnRecognition, measurementInstant, pastDueGraceDays,
                durations.contains(Discount.Duration.FOREVER), durations.contains(Discount.Duration.REPEATING),
                durations.contains(Discount.Duration.ONCE), reactivationGapDays, fxRateConvention);
    }

    /**
     * A copy with another reactivation gap.
     *
     * @param days gaps shorter than this many days are bridged, 0 to 3650
     * @return the new conventions, not null
     */
    public MrrConventions withReactivationGapDays(int days) {
        return new MrrConventions(churnRecognition, measurementInstant, pastDueGraceDays, foreverDiscountsReduceMrr,
                repeatingDiscountsReduceMrr, onceDiscountsReduceMrr, days,
                fxRateConvention);
    }

    /**
     * A copy with another exchange-rate convention.
     *
     * @param value the option, not null
     * @return the new conventions, not null
     */
    public MrrConventions withFxRateConvention(FxRateConvention value) {
        return new MrrConventions(churnRecognition, measurementInstant, pastDueGraceDays, foreverDiscountsReduceMrr,
                repeatingDiscountsReduceMrr, onceDiscountsReduceMrr, reactivationGapDays,
                value);
    }
}
