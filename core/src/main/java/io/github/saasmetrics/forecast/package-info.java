/**
 * What-if projections: MRR, revenue and the value of new business projected from monthly growth
 * rates ({@link io.github.saasmetrics.forecast.GrowthRates}, taken from an MRR bridge table or
 * given), for a baseline and a scenario side by side
 * ({@link io.github.saasmetrics.forecast.WhatIf}), with the closed forms and the steady state.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.forecast;
