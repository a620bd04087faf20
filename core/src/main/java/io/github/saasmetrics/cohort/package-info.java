/**
 * Cohort tables: customers grouped by the month, quarter or year of their first payment
 * ({@link io.github.saasmetrics.cohort.CohortGrouping}) and followed at each age since it, with logo
 * retention, net and gross revenue retention per cell ({@link io.github.saasmetrics.cohort.CohortTable},
 * {@link io.github.saasmetrics.cohort.CohortRow}, {@link io.github.saasmetrics.cohort.CohortCell}),
 * average curves weighted by what each ratio counts, and the heat-map values
 * ({@link io.github.saasmetrics.cohort.CohortMetric}). A table is a fold over the ledger and merges
 * across customer partitions.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.cohort;
