/**
 * Value: simple and discounted LTV, cohort LTV, LTV:CAC and payback
 * ({@link io.github.saasmetrics.ltv.Ltv}), lifetimes read from a ledger
 * ({@link io.github.saasmetrics.ltv.LedgerLifetimes}), and the shifted-beta-geometric model of Fader and
 * Hardie ({@link io.github.saasmetrics.ltv.ShiftedBetaGeometric}). Survival curves live in
 * {@link io.github.saasmetrics.survival}.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.ltv;
