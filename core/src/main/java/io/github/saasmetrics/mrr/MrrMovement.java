package io.github.saasmetrics.mrr;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Figures;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One customer's MRR movement in one month: the trace behind every number of an {@link MrrBridge}.
 *
 * <p>{@code amount} is a magnitude (positive) for every type but {@link MovementType#FX}, whose
 * amount is signed. {@code before} is the MRR at the end of the previous month, {@code after} the
 * MRR at the end of this one (at this month's rates). Example: a Bronze → Gold upgrade from
 * $100 to $250 is {@code EXPANSION USD 150.00 (USD 100.00 → USD 250.00)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param month the month of the movement, not null
 * @param type the kind of movement, not null
 * @param amount the amount: positive, or signed for FX; not null
 * @param before MRR at the end of the previous month, not null
 * @param after MRR at the end of the month, not null
 */
public record MrrMovement(CustomerId customer, YearMonth month, MovementType type, Money amount, Money before,
        Money after) {

    /** Validates the parts. */
    public MrrMovement {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The amount with the sign it has in the bridge identity (contraction and churn negative).
     *
     * @return the signed amount, not null
     */
    public Money signedAmount() {
        return type.sign() < 0 ? amount.negated() : amount;
    }

    /**
     * A one-line summary such as {@code 2024-03 c1 EXPANSION USD 150.00 (USD 100.00 → USD 250.00)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return month + " " + customer + " " + type + " " + Figures.money(amount) + " (" + Figures.money(before) + " → "
                + Figures.money(after) + ")";
    }
}
