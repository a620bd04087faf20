/**
 * Logos and revenue kept: customer churn under every common denominator, retention from the
 * ledger and the textbook formula, gross and net MRR churn, GRR and NRR (including trailing twelve
 * months), churn and discount-rate conversions, churn by reason
 * ({@link io.github.saasmetrics.retention.ChurnReasons}), churn alerts against a trailing baseline
 * ({@link io.github.saasmetrics.retention.ChurnAlerts}) and churn benchmarks by company age
 * ({@link io.github.saasmetrics.retention.ChurnBenchmarks}). Every result is a ratio of counts that
 * merges across customer partitions. Cohort tables have their own package,
 * {@code io.github.saasmetrics.cohort}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.retention;
