package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

import java.util.Objects;

/**
 * How well one signal's goodness alone ranks churners, in a {@link HealthValidation}: the evidence
 * for re-weighting a model. Only customers for whom the signal was known take part.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param signal the signal, not null
 * @param customers the assessed customers with this signal, 0 or more
 * @param churned how many of them churned, from 0 to {@code customers}
 * @param auc the AUC of the signal's goodness among them, not null
 */
public record SignalOutcome(HealthSignal signal, long customers, long churned, RocAuc auc) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the counts are inconsistent with each other or with the AUC's pairs
     */
    public SignalOutcome {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(auc, "auc");
        if (churned < 0 || churned > customers) {
            throw new IllegalArgumentException("churned of " + signal + " must be 0.." + customers + " but was " + churned);
        }
        if (auc.pairs() != churned * (customers - churned)) {
            throw new IllegalArgumentException("the AUC of " + signal + " must count " + churned * (customers - churned)
                    + " pairs but counted " + auc.pairs());
        }
    }

    /**
     * A one-line summary such as {@code NPS: 40 customers, 8 churned, AUC 0.7100 (...)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return signal + ": " + Figures.plural(customers, "customer", "customers") + ", " + churned + " churned, " + auc;
    }
}
