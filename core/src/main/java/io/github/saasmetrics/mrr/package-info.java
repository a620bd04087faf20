/**
 * The MRR bridge: every change in MRR as new business, expansion, contraction, churn, reactivation
 * or FX, per month, per period and per customer ({@link io.github.saasmetrics.mrr.MrrMovements}),
 * with bridges that add up exactly and merge across customer groups, and the same movements split
 * by subscription line kind ({@link io.github.saasmetrics.mrr.LineKindSplit}).
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.mrr;
