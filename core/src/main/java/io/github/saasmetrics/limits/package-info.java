/**
 * The library's bounds on input, in one place: {@link io.github.saasmetrics.limits.Limits} names
 * every size and range a caller can run into (months a ledger spans, the longest text an error
 * message quotes) and quotes a caller's text or number in a message without ever copying more than a
 * short prefix of it, so that the cost of refusing bad input is bounded by a constant, never by the
 * input's size or value.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.limits;
