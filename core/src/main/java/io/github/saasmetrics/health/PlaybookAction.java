package io.github.saasmetrics.health;

import java.util.List;
import java.util.Objects;

/**
 * What a customer-success team does when a playbook trigger fires: the alert to raise, the plan to
 * follow, and the reasons with which the alert may be closed.
 *
 * <p>Example: alert {@code "Detractor follow-up"}, plan {@code "Call the respondent within 5
 * business days ..."}, resolution reasons {@code ["Root cause fixed", "Workaround accepted", ...]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param alertType the alert type, not null, not blank
 * @param actionPlan the plan in plain words, not null, not blank
 * @param resolutionReasons the reasons with which the alert may be closed, not null, not empty, none blank
 */
public record PlaybookAction(String alertType, String actionPlan, List<String> resolutionReasons) {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if a text is blank or there is no resolution reason
     */
    public PlaybookAction {
        notBlank("alertType", alertType);
        notBlank("actionPlan", actionPlan);
        resolutionReasons = List.copyOf(Objects.requireNonNull(resolutionReasons, "resolutionReasons"));
        if (resolutionReasons.isEmpty()) {
            throw new IllegalArgumentException("action '" + alertType + "' needs at least one resolution reason");
        }
        resolutionReasons.forEach(r -> notBlank("resolution reason of '" + alertType + "'", r));
    }

    private static void notBlank(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
    }

    /**
     * Obtains an action.
     *
     * @param alertType the alert type, not blank
     * @param actionPlan the plan, not blank
     * @param resolutionReasons at least one reason, none blank
     * @return the action, not null
     * @throws IllegalArgumentException if a text is blank or there is no resolution reason
     */
    public static PlaybookAction of(String alertType, String actionPlan, String... resolutionReasons) {
        return new PlaybookAction(alertType, actionPlan, List.of(resolutionReasons));
    }

    /**
     * The alert type and plan, such as {@code Detractor follow-up: Call the respondent ...}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return alertType + ": " + actionPlan;
    }
}
