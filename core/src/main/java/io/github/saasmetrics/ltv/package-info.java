/**
 * Value and lifetime: simple and discounted LTV, cohort LTV, LTV:CAC and payback
 * ({@link io.github.saasmetrics.ltv.Ltv}), Kaplan–Meier survival with Greenwood intervals
 * ({@link io.github.saasmetrics.ltv.KaplanMeier}), and the shifted-beta-geometric model of Fader and
 * Hardie ({@link io.github.saasmetrics.ltv.ShiftedBetaGeometric}).
 */
package io.github.saasmetrics.ltv;
