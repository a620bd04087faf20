/**
 * MRR per customer per month: {@link io.github.saasmetrics.ledger.MrrLedger}, the columnar input of
 * every revenue metric, built from subscriptions under named conventions or from rows you already
 * have, with snapshots, slices and parallel evaluation over customer ranges.
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.ledger;
