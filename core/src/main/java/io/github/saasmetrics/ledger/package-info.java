/**
 * MRR per customer per month: {@link io.github.saasmetrics.ledger.MrrLedger}, the columnar input of
 * every revenue metric, built from subscriptions under named conventions or from rows you already
 * have, with snapshots, and read by metrics through
 * {@link io.github.saasmetrics.ledger.LedgerFold ledger folds}: one pass over each customer's
 * {@link io.github.saasmetrics.ledger.CustomerTimeline timeline}, on the calling thread or over
 * customer slices on the caller's executor, several folds in one scan with
 * {@link io.github.saasmetrics.ledger.CompositeFold}.
 */
package io.github.saasmetrics.ledger;
