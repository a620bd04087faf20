package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.customer.CustomerId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One customer of a value experiment: whether it got the treatment (the {@code target} group) or
 * not (the {@code control} group), and a KPI measured before and after, for a
 * difference-in-differences estimate ({@code io.github.saasmetrics.experiment.DifferenceInDifferences}).
 *
 * <p>In the bundled sample the treatment is guided onboarding offered in July 2024 and the KPI is
 * the number of active days in the 30 days before (June) and after (September). Example:
 * {@code cus_01234, target, 11, 16}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param target true for the target group, false for the control group
 * @param before the KPI before, not null
 * @param after the KPI after, not null
 */
public record ExperimentUnit(CustomerId customer, boolean target, BigDecimal before, BigDecimal after) {

    /** Validates the parts. */
    public ExperimentUnit {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
