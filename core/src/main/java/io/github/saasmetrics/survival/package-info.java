/**
 * Lifetimes: the Kaplan–Meier estimator ({@link io.github.saasmetrics.survival.KaplanMeier}) of the
 * probability that a customer is still paying after {@code t} months, with Greenwood variances,
 * plain, log and log-log confidence intervals ({@link io.github.saasmetrics.survival.ConfidenceTransform}),
 * median and other quantiles with intervals ({@link io.github.saasmetrics.survival.SurvivalQuantile}) and
 * the restricted mean ({@link io.github.saasmetrics.survival.RestrictedMean}), from
 * {@link io.github.saasmetrics.survival.Tenure tenures}, with delayed entry (left truncation) from
 * {@link io.github.saasmetrics.survival.DelayedEntryTenure delayed-entry tenures}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.survival;
