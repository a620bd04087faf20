/**
 * Shared numeric results: {@link io.github.saasmetrics.stats.Ratio} (an exact numerator and
 * denominator, undefined rather than {@code NaN} when the denominator is zero),
 * {@link io.github.saasmetrics.stats.ConfidenceInterval}, and the normal, Student t and binomial
 * ({@link io.github.saasmetrics.stats.Binomial}, exact tails) distributions, implemented here without
 * dependencies.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.stats;
