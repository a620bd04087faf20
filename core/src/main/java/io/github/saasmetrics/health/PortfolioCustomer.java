package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One assessed customer in a {@link HealthPortfolio}: health score, band and MRR.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param score the health score, from 0 to 100
 * @param band the band, not null
 * @param mrr the customer's MRR, 0 or more, not null
 */
public record PortfolioCustomer(CustomerId customer, double score, HealthBand band, Money mrr) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the score is outside 0..100 or the MRR is negative
     */
    public PortfolioCustomer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(mrr, "mrr");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score of customer " + customer + " must be 0..100 but was " + score);
        }
        if (mrr.negative()) {
            throw new IllegalArgumentException("mrr of customer " + customer + " must not be negative but was " + mrr);
        }
    }

    /**
     * A one-line summary such as {@code cus_7 USD 900.00 CRITICAL 35.5} (score rounded down to one decimal).
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return customer + " " + Figures.money(mrr) + " " + band + " " + new BigDecimal(score).setScale(1, RoundingMode.FLOOR);
    }
}
