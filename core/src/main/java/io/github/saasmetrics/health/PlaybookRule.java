package io.github.saasmetrics.health;

import java.util.Objects;

/**
 * One line of a {@link Playbook}: when the trigger fires, take the action.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param trigger the trigger, not null
 * @param action the action, not null
 */
public record PlaybookRule(PlaybookTrigger trigger, PlaybookAction action) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public PlaybookRule {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
    }

    /**
     * The trigger and the alert type, such as {@code NPS <= 6 -> Detractor follow-up}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return trigger + " -> " + action.alertType();
    }
}
