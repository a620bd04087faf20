package io.github.saasmetrics.retention;

import io.github.saasmetrics.customer.CustomerId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The recorded reason of one churn event (from an exit survey, a customer-success note, the billing
 * system's dunning log), joined to the ledger's churn events by customer and month.
 *
 * <p>{@code month} is the month of the churn event <em>in the ledger</em>: the month at whose end
 * the customer first pays nothing (see {@code MrrMovements}), which under the default conventions
 * is the month in which the last paid period ends, not necessarily the month the cancellation was
 * requested. A record whose customer and month match no churn event is reported, not dropped (see
 * {@link ChurnReasonBreakdown#unmatched()}).
 *
 * <p>Example: {@code ChurnReasonRecord.of("cus_42", YearMonth.of(2024, 3), ChurnReason.PRICE,
 * "moved to the free tier of a rival")}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param month the month of the churn event in the ledger, not null
 * @param reason the reason, not null
 * @param note free text, null when there is none (a blank note is read as none)
 */
public record ChurnReasonRecord(CustomerId customer, YearMonth month, ChurnReason reason, String note) {

    /**
     * Validates the parts; a blank note becomes null.
     *
     * @throws NullPointerException if a required part is null
     */
    public ChurnReasonRecord {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month of the churn reason of " + customer);
        Objects.requireNonNull(reason, "reason of the churn of " + customer + " in " + month);
        if (note != null && note.isBlank()) {
            note = null;
        }
    }

    /**
     * A record with a note.
     *
     * @param customer the customer's identifier, not blank
     * @param month the month of the churn event, not null
     * @param reason the reason, not null
     * @param note free text, null for none
     * @return the record, not null
     */
    public static ChurnReasonRecord of(String customer, YearMonth month, ChurnReason reason, String note) {
        return new ChurnReasonRecord(CustomerId.of(customer), month, reason, note);
    }

    /**
     * A record without a note.
     *
     * @param customer the customer's identifier, not blank
     * @param month the month of the churn event, not null
     * @param reason the reason, not null
     * @return the record, not null
     */
    public static ChurnReasonRecord of(String customer, YearMonth month, ChurnReason reason) {
        return of(customer, month, reason, null);
    }

    /**
     * A one-line summary such as {@code 2024-03 cus_42 price: moved to the free tier of a rival}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return month + " " + customer + " " + reason + (note == null ? "" : ": " + note);
    }
}
