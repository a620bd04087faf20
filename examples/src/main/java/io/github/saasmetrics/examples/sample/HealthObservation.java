package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.health.HealthSignals;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What product analytics and the customer-success team knew about one customer on one day: the
 * health signals that do not come from billing or surveys. NPS, CSAT and the MRR trend are joined
 * in from the survey answers and the ledger ({@link HealthInputs}).
 *
 * <p>Every signal is optional: {@code null} means unknown (usage tracking not installed, no
 * customer-success manager to notice a champion change, an unlimited plan), never zero.
 *
 * <p>Example: {@code cus_00042} on 2024-06-30, active on 12 of the last 30 days, using 5 of 12
 * features, champion unchanged, 8 of 10 seats used, last engagement 21 days ago, one open ticket.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param asOf the day the signals describe, not null
 * @param activeDays days with product activity in the {@code periodDays} days up to {@code asOf},
 *     from 0 to {@code periodDays}; null if unknown
 * @param periodDays days in that period, 1 or more; null exactly when {@code activeDays} is null
 * @param featuresUsed features used, from 0 to {@code featuresAvailable}; null if unknown
 * @param featuresAvailable features on the customer's plan, 1 or more; null exactly when {@code featuresUsed} is null
 * @param championChanged whether the champion or key contact changed recently; null if unknown
 * @param planUsage units of the plan's limit in use (seats, projects), 0 or more; null if unknown or unlimited
 * @param planLimit the plan's limit in the same units, 1 or more; null exactly when {@code planUsage} is null
 * @param daysSinceEngagement days since the last call, meeting or reply, 0 or more; null if unknown
 * @param openTickets open support tickets, 0 or more; null if unknown
 */
public record HealthObservation(CustomerId customer, LocalDate asOf, Integer activeDays, Integer periodDays,
        Integer featuresUsed, Integer featuresAvailable, Boolean championChanged, Integer planUsage, Integer planLimit,
        Integer daysSinceEngagement, Integer openTickets) {

    /**
     * Validates the parts with the rules of {@link HealthSignals}.
     *
     * @throws IllegalArgumentException naming the field, the customer and the value if a signal is
     *     out of range or half of a pair is missing
     */
    public HealthObservation {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(asOf, "asOf");
        if ((planUsage == null) != (planLimit == null)) {
            throw new IllegalArgumentException("planUsage and planLimit of customer " + customer
                    + " must both be given or both be null but were " + planUsage + " and " + planLimit);
        }
        if (planLimit != null && (planLimit < 1 || planUsage < 0)) {
            throw new IllegalArgumentException("planUsage of customer " + customer
                    + " must be 0 or more and planLimit 1 or more but were " + planUsage + " and " + planLimit);
        }
        signals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, championChanged, planUsage,
                planLimit, daysSinceEngagement, openTickets);
    }

    /**
     * The signals as the health model takes them (without NPS, CSAT and MRR trend).
     *
     * @return the signals, not null
     */
    public HealthSignals signals() {
        return signals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, championChanged, planUsage,
                planLimit, daysSinceEngagement, openTickets);
    }

    private static HealthSignals signals(CustomerId customer, Integer activeDays, Integer periodDays,
            Integer featuresUsed, Integer featuresAvailable, Boolean championChanged, Integer planUsage,
            Integer planLimit, Integer daysSinceEngagement, Integer openTickets) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, null, null, null,
                championChanged, planLimit == null ? null : (double) planUsage / planLimit, daysSinceEngagement,
                openTickets, null, null);
    }
}
