package io.github.saasmetrics.health;

import io.github.saasmetrics.retention.ChurnAlert;
import java.util.Objects;
import java.util.Optional;

/**
 * A playbook line for the whole book of business: when a month's churn is unusually high
 * ({@link ChurnAlert#flagged()}), take the action.
 *
 * <p>A {@link PlaybookTrigger} fires on one customer's {@link HealthAssessment}; a churn alert is
 * about all customers together, so it has its own rule with the same {@link PlaybookAction} (alert
 * type, plan, resolution reasons), ready for the same alerting and case tools.
 * {@link #defaults()} is the documented default: "Churn spike".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param action the action to take when an alert is flagged, not null
 */
public record ChurnAlertRule(PlaybookAction action) {

    private static final ChurnAlertRule DEFAULT = new ChurnAlertRule(PlaybookAction.of("Churn spike",
            "Review every customer who left this month with their recorded churn reasons within 5 business days;"
                    + " look for a shared cause (an outage, a release, a price change, a failed payment run) and"
                    + " brief the customer-success team on the customers at risk from the same cause.",
            "Shared cause found and fixed", "Reasons reviewed, no shared cause", "Payment run retried"));

    /**
     * Validates the action.
     *
     * @throws NullPointerException if the action is null
     */
    public ChurnAlertRule {
        Objects.requireNonNull(action, "action");
    }

    /**
     * The default rule: alert "Churn spike", with a plan to review the month's churned customers and
     * their reasons for a shared cause.
     *
     * @return the default rule, not null
     */
    public static ChurnAlertRule defaults() {
        return DEFAULT;
    }

    /**
     * The action, if the alert is flagged.
     *
     * @param alert the month's alert, not null
     * @return the action when {@code alert.flagged()}, else empty; not null
     */
    public Optional<PlaybookAction> actionFor(ChurnAlert alert) {
        Objects.requireNonNull(alert, "alert");
        return alert.flagged() ? Optional.of(action) : Optional.empty();
    }
}
