/**
 * Who is about to leave: per-customer {@link io.github.saasmetrics.health.HealthSignals}, a
 * re-weightable {@link io.github.saasmetrics.health.HealthModel} whose
 * {@link io.github.saasmetrics.health.HealthAssessment} traces every point of the score to a signal,
 * playbooks, the portfolio by band, back-testing against churn, and value experiments
 * (difference in differences). {@link io.github.saasmetrics.health.LedgerHealth} joins them with an
 * MRR ledger.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.health;
