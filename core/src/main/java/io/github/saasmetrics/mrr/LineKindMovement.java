package io.github.saasmetrics.mrr;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.LineKind;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The part of one customer's monthly MRR movement attributed to one line kind (see
 * {@link LineKindSplit}): the trace behind every number of a {@link LineKindBreakdown}.
 *
 * <p>Example: a customer whose add-on lines grew by $30 while its plan fell by $20 expanded by
 * $10, all of it {@code ADD_ON}: {@code 2024-03 acme EXPANSION ADD_ON USD 10.00}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param month the month of the movement, not null
 * @param type the movement's type, not null, not {@link MovementType#FX}
 * @param kind the line kind, not null
 * @param amount the part of the movement's amount, positive
 */
public record LineKindMovement(CustomerId customer, YearMonth month, MovementType type, LineKind kind,
        Money amount) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the type is FX or the amount not positive
     */
    public LineKindMovement {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (type == MovementType.FX) {
            throw new IllegalArgumentException("FX is not split by line kind (movement of " + customer + " in " + month
                    + ")");
        }
        if (!amount.positive()) {
            throw new IllegalArgumentException("amount of the " + type + " of " + customer + " in " + month + " ("
                    + kind + ") must be positive but was " + amount);
        }
    }

    /**
     * A one-line summary such as {@code 2024-03 acme EXPANSION ADD_ON USD 10.00}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return month + " " + customer + " " + type + " " + kind + " " + amount;
    }
}
