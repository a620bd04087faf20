/**
 * Who is about to leave: per-customer {@link io.github.saasmetrics.health.HealthSignals}, a
 * re-weightable {@link io.github.saasmetrics.health.HealthModel} whose
 * {@link io.github.saasmetrics.health.HealthAssessment} traces every point of the score to a signal,
 * playbooks, the portfolio by band and back-testing against churn.
 * {@link io.github.saasmetrics.health.LedgerHealth} joins them with an MRR ledger. Whether a
 * programme moved a metric (difference in differences) lives in {@code io.github.saasmetrics.experiment}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.health;
