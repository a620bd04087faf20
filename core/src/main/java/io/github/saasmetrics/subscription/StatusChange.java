package io.github.saasmetrics.subscription;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subscription's status from a date on, until the next change.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the first day with the new status, not null
 * @param status the new status, not null
 */
public record StatusChange(LocalDate date, SubscriptionStatus status) {

    /** Validates the parts. */
    public StatusChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
    }
}
