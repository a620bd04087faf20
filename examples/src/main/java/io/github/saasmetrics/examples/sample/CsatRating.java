package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.customer.CustomerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One answer to a customer-satisfaction question ("How satisfied were you with the support you
 * received?"), on a 1–5 scale: who answered, when, and the rating.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer who answered, not null
 * @param date the day of the answer, not null
 * @param rating the rating, from 1 to 5
 */
public record CsatRating(CustomerId customer, LocalDate date, int rating) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the rating is outside 1..5
     */
    public CsatRating {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(date, "date");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5 but was " + rating);
        }
    }
}
