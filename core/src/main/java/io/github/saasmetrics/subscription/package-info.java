/**
 * What customers pay for: {@link io.github.saasmetrics.subscription.Subscription} with its
 * {@link io.github.saasmetrics.subscription.BillingInterval}, discounts, status history and
 * {@link io.github.saasmetrics.subscription.LineKind} (plan or add-on line), and
 * {@link io.github.saasmetrics.subscription.MrrConventions}: the named choices on which billing
 * vendors disagree, with defaults and vendor presets.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.subscription;
