package io.github.saasmetrics.spark;

/**
 * The parts of a subscription row, each read from a column (see {@link SubscriptionColumns}).
 *
 * <p>Required: {@link #ID}, {@link #CUSTOMER}, {@link #CURRENCY}, {@link #UNIT_PRICE},
 * {@link #START}. The others may be left out of the dataset; then every subscription takes their
 * default (plan {@code default}, quantity 1, monthly billing, no end, no trial, no status history,
 * no discount), as core's {@code Subscription.builder} does.
 */
public enum SubscriptionField {
    /** The subscription's identifier, text, unique over the dataset. */
    ID("id"),
    /** The paying customer, text or a whole number. */
    CUSTOMER("customer"),
    /** The plan or price identifier, text. */
    PLAN("plan"),
    /** The ISO-4217 code of the price's currency, text (any case). */
    CURRENCY("currency"),
    /** The price of one unit per billing interval in major units, a decimal or text such as {@code 99.00}. */
    UNIT_PRICE("unit_price"),
    /** The number of units (seats), a whole number. */
    QUANTITY("quantity"),
    /** The billing interval in ISO-8601 form such as {@code P1M}, {@code P3M}, {@code P1Y}. */
    INTERVAL("interval"),
    /** The first day (of the trial, if any), a date. */
    START("start"),
    /** The day the subscription ended or ends, a date, null while it runs. */
    END("end"),
    /** The day the cancellation was requested, a date or null. */
    CANCEL_REQUESTED_AT("cancel_requested_at"),
    /** The first paid day after a trial, a date or null. */
    TRIAL_END("trial_end"),
    /** Past-due and pause history: an array of structs {@code (date, status)}, status {@code ACTIVE}, {@code PAST_DUE} or {@code PAUSED}. */
    STATUS_CHANGES("status_changes"),
    /**
     * Coupons: an array of structs {@code (percent_off, amount_off, duration, months)}, exactly one
     * of the first two set, duration {@code FOREVER}, {@code REPEATING} or {@code ONCE}.
     */
    DISCOUNTS("discounts");

    private final String defaultColumn;

    SubscriptionField(String defaultColumn) {
        this.defaultColumn = defaultColumn;
    }

    /**
     * The column name used unless told otherwise.
     *
     * @return the name, not null
     */
    public String defaultColumn() {
        return defaultColumn;
    }

    /** Whether every subscription row must have the column. */
    boolean required() {
        return this == ID || this == CUSTOMER || this == CURRENCY || this == UNIT_PRICE || this == START;
    }
}
