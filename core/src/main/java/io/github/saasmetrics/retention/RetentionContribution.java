package io.github.saasmetrics.retention;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Figures;
import java.util.Objects;

/**
 * One start customer's part in a period's revenue retention: the trace behind every amount of a
 * {@link RevenueRetentionResult}.
 *
 * <p>The identity, exact to the minor unit:
 * <pre>end = start + expansion − contraction − churn + reactivation + fx</pre>
 * A customer who paid at every month-end of the period has expansion or contraction (end against
 * start at constant exchange rates) and no churn; one who stopped paying at some month-end has
 * churn equal to its start, and reactivation equal to its end if it came back. Example: a customer
 * at $30 who ends the quarter at $40 contributes {@code expansion 10.00}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param start MRR at the start, positive, not null
 * @param end MRR at the end, zero or more, not null
 * @param expansion MRR gained while paying throughout, zero or more, not null
 * @param contraction MRR lost while paying throughout, from zero to {@code start}, not null
 * @param churn {@code start} if the customer stopped paying at some month-end, else zero; not null
 * @param reactivation the end MRR of a customer who stopped and returned, zero or more, not null
 * @param fx the part of the change that comes from exchange rates, any sign, not null
 */
public record RetentionContribution(CustomerId customer, Money start, Money end, Money expansion, Money contraction,
        Money churn, Money reactivation, Money fx) {

    /**
     * Validates the amounts and the identity.
     *
     * @throws IllegalArgumentException if an amount is out of range or the identity fails
     * @throws CurrencyMismatchException if the currencies differ
     */
    public RetentionContribution {
        Objects.requireNonNull(customer, "customer");
        Money[] all = {start, end, expansion, contraction, churn, reactivation, fx};
        String[] names = {"start", "end", "expansion", "contraction", "churn", "reactivation", "fx"};
        for (int i = 0; i < all.length; i++) {
            Objects.requireNonNull(all[i], names[i]);
            if (!all[i].currency().equals(start.currency())) {
                throw new CurrencyMismatchException(start.currency(), all[i].currency(),
                        "retention of customer " + customer + ", " + names[i]);
            }
            if (i < 6 && all[i].negative()) {
                throw new IllegalArgumentException(names[i] + " of customer " + customer
                        + " must not be negative but was " + all[i]);
            }
        }
        if (!start.positive()) {
            throw new IllegalArgumentException("start of customer " + customer + " must be positive but was " + start);
        }
        if (contraction.plus(churn).compareTo(start) > 0) {
            throw new IllegalArgumentException("contraction + churn of customer " + customer + " must not exceed start "
                    + start + " but was " + contraction.plus(churn));
        }
        Money expected = start.plus(expansion).minus(contraction).minus(churn).plus(reactivation).plus(fx);
        if (!expected.equals(end)) {
            throw new IllegalArgumentException("retention of customer " + customer + " does not add up: start + "
                    + "expansion − contraction − churn + reactivation + fx = " + expected + " but end = " + end);
        }
    }

    /**
     * A one-line summary such as
     * {@code c3 USD 30.00 → USD 40.00 (expansion 10.00)}, naming only the non-zero movements.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(customer).append(' ').append(Figures.money(start)).append(" → ")
                .append(Figures.money(end));
        Money[] all = {expansion, contraction, churn, reactivation, fx};
        String[] names = {"expansion", "contraction", "churn", "reactivation", "fx"};
        String sep = " (";
        for (int i = 0; i < all.length; i++) {
            if (!all[i].zero()) {
                sb.append(sep).append(names[i]).append(' ').append(Figures.amount(all[i]));
                sep = ", ";
            }
        }
        return sep.equals(", ") ? sb.append(')').toString() : sb.toString();
    }
}
