package io.github.saasmetrics.retention;

/**
 * What a customer churn rate divides its churn events by.
 *
 * <p>Vendors disagree (see docs/METRICS.md); each choice is one of these. With {@code C} the churn
 * events of the period, {@code S} and {@code E} the paying customers at its start and end, {@code N}
 * the customers who joined the paying base during it, and {@code D} its length in days:
 * <ul>
 *   <li>{@link #START}: {@code C / S};</li>
 *   <li>{@link #START_PLUS_NEW}: {@code C / (S + N)};</li>
 *   <li>{@link #AVERAGE}: {@code C / ((S + E) / 2)}, written {@code 2C / (S + E)};</li>
 *   <li>{@link #CUSTOMER_DAYS}: {@code C × D / exposure}, exposure in customer-days;</li>
 *   <li>{@link #DAILY_SUM}: the sum over the ledger's monthly steps of
 *       {@code churned in the month / paying at its start}.</li>
 * </ul>
 * Worked example for a 30-day month: 100 paying at the start, 10 leave, none join: {@code START}
 * 10/100 = 10 %; {@code AVERAGE} 20/190 = 10.53 %; exposure 90 × 30 + 10 × 15 = 2,850 customer-days,
 * so {@code CUSTOMER_DAYS} 10 × 30 / 2,850 = 10.53 %.
 */
public enum ChurnDenominator {
    /** Customers paying at the start of the period (the default; most B2B tools). */
    START("start"),
    /** Customers paying at the start plus customers who joined during the period (Stripe). */
    START_PLUS_NEW("start plus new"),
    /** The mean of the customers paying at the start and at the end. */
    AVERAGE("average of start and end"),
    /** Customer-days exposed, scaled to the period's length (Recurly's argument). */
    CUSTOMER_DAYS("customer-days"),
    /** The sum of step-wise churn rates (ChartMogul's retired daily formula, on monthly steps). */
    DAILY_SUM("sum of monthly rates");

    private final String label;

    ChurnDenominator(String label) {
        this.label = label;
    }

    /**
     * The plain words tables and reports print for this value, such as {@code "start plus new"}; {@link #name()}
     * stays the identifier to pass back to the API.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
