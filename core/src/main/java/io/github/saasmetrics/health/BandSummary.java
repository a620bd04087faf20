package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

import io.github.saasmetrics.money.Money;
import java.util.Objects;

/**
 * The customers and MRR of one health band in a {@link HealthPortfolio}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band the band, not null
 * @param customers the number of customers in the band, 0 or more
 * @param mrr their MRR, 0 or more, not null
 */
public record BandSummary(HealthBand band, long customers, Money mrr) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a count or amount is negative
     */
    public BandSummary {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(mrr, "mrr");
        if (customers < 0 || mrr.negative()) {
            throw new IllegalArgumentException("customers and mrr of band " + band + " must not be negative but were "
                    + customers + " and " + mrr);
        }
    }

    /**
     * A one-line summary such as {@code AT_RISK: 3 customers, USD 1700.00}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return band + ": " + Figures.plural(customers, "customer", "customers") + ", " + Figures.money(mrr);
    }
}
