/**
 * MRR per customer per month: {@link io.github.saasmetrics.ledger.MrrLedger}, the columnar input of
 * every revenue metric, built from subscriptions under named conventions or from rows you already
 * have, with snapshots, slices and parallel evaluation over customer ranges.
 */
package io.github.saasmetrics.ledger;
