/**
 * Exact amounts: {@link io.github.saasmetrics.money.Money} (an ISO-4217 currency and a {@code long}
 * of minor units, overflow-checked), {@link io.github.saasmetrics.money.CurrencyMismatchException}
 * and {@link io.github.saasmetrics.money.ExchangeRates}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.money;
