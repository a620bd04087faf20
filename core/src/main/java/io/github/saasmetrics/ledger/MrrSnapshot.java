package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every customer's MRR at one month: customer → MRR, customers with zero MRR left out.
 *
 * <p>Example: a snapshot with {@code c1 → USD 100.00} and {@code c2 → USD 50.00} has total
 * {@code USD 150.00} and 2 paying customers.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param month the month, not null
 * @param currency the currency of every amount, not null
 * @param mrr each paying customer's MRR, all positive, not null
 */
public record MrrSnapshot(YearMonth month, Currency currency, SortedMap<CustomerId, Money> mrr) {

    /**
     * Validates and copies the map.
     *
     * @throws IllegalArgumentException if an amount is not positive
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public MrrSnapshot {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(mrr, "mrr");
        TreeMap<CustomerId, Money> copy = new TreeMap<>();
        for (Map.Entry<CustomerId, Money> e : mrr.entrySet()) {
            CustomerId customer = Objects.requireNonNull(e.getKey(), "customer");
            Money m = Objects.requireNonNull(e.getValue(), "mrr of " + Limits.quote(customer));
            if (!m.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, m.currency(), "snapshot " + month + ", customer " + Limits.quote(customer));
            }
            if (!m.positive()) {
                throw new IllegalArgumentException("MRR of customer " + Limits.quote(customer) + " in snapshot " + month
                        + " must be positive but was " + m);
            }
            copy.put(customer, m);
        }
        mrr = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The MRR of one customer.
     *
     * @param customer the customer, not null
     * @return the MRR, zero if the customer is not in the snapshot; not null
     */
    public Money mrr(CustomerId customer) {
        Money m = mrr.get(Objects.requireNonNull(customer, "customer"));
        return m != null ? m : Money.zero(currency);
    }

    /**
     * The number of paying customers.
     *
     * @return zero or more
     */
    public int customerCount() {
        return mrr.size();
    }

    /**
     * The total MRR.
     *
     * @return the sum, not null
     * @throws ArithmeticException on overflow
     */
    public Money total() {
        Money sum = Money.zero(currency);
        for (Money m : mrr.values()) {
            sum = sum.plus(m);
        }
        return sum;
    }
}
