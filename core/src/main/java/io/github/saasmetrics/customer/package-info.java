/**
 * Who pays: {@link io.github.saasmetrics.customer.CustomerId} (an account identifier) and
 * {@link io.github.saasmetrics.customer.Customer} (first paid date and segment attributes, used to
 * filter and break down metrics).
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.customer;
