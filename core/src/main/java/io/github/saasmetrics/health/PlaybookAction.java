package io.github.saasmetrics.health;

import io.github.saasmetrics.limits.Limits;
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
     * @throws NullPointerException if a text, the list or a reason is null
     * @throws IllegalArgumentException if a text is blank or there is no resolution reason (messages quote the
     *     texts as {@link Limits#quote(CharSequence)} does)
     */
    public PlaybookAction {
        notBlank("alertType", alertType);
        notBlank("actionPlan", actionPlan);
        Objects.requireNonNull(resolutionReasons, "resolutionReasons");
        if (resolutionReasons.isEmpty()) {
            throw new IllegalArgumentException("action '" + Limits.quote(alertType)
                    + "' needs at least one resolution reason");
        }
        for (int i = 0; i < resolutionReasons.size(); i++) {
            notBlank("resolution reason " + i + " of '" + Limits.quote(alertType) + "'", resolutionReasons.get(i));
        }
        resolutionReasons = List.copyOf(resolutionReasons);
    }

    private static void notBlank(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + Limits.quote(value) + "'");
        }
    }

    /**
     * Obtains an action.
     *
     * @param alertType the alert type, not blank
     * @param actionPlan the plan, not blank
     * @param resolutionReasons at least one reason, none blank
     * @return the action, not null
     * @throws NullPointerException if a text, the array or a reason is null
     * @throws IllegalArgumentException if a text is blank or there is no resolution reason
     */
    public static PlaybookAction of(String alertType, String actionPlan, String... resolutionReasons) {
        return new PlaybookAction(alertType, actionPlan,
                java.util.Arrays.asList(Objects.requireNonNull(resolutionReasons, "resolutionReasons")));
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
