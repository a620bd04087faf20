/**
 * Proving value: difference-in-differences of a KPI between a target group that received an
 * intervention and a control group that did not
 * ({@link io.github.saasmetrics.experiment.DifferenceInDifferences}), from per-unit before/after
 * changes ({@link io.github.saasmetrics.experiment.KpiChanges}) that merge across partitions.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.experiment;
