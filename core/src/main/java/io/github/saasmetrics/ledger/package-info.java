/**
 * MRR per customer per month: {@link io.github.saasmetrics.ledger.MrrLedger}, the columnar input of
 * every revenue metric, built from subscriptions under named conventions or from rows you already
 * have, and the one supported way to read it, a {@link io.github.saasmetrics.ledger.LedgerFold fold}.
 *
 * <p><b>Reading a ledger: one pass, many folds.</b> The ledger's storage is private to this
 * package. A metric is a {@code LedgerFold<A, R>}: a fresh accumulator {@code A} per slice of
 * customers, {@code add} once per customer with its {@link io.github.saasmetrics.ledger.CustomerTimeline
 * timeline} (the month-ends it paid at, its MRR and FX part there, its first paid month, the months
 * it paid only between month-ends), {@code merge} of consecutive slices and {@code finish} to the
 * immutable result {@code R}. {@link io.github.saasmetrics.ledger.MrrLedger#fold(LedgerFold)} runs a
 * fold on the calling thread, {@link io.github.saasmetrics.ledger.MrrLedger#fold(LedgerFold, int,
 * java.util.concurrent.Executor)} on customer slices in parallel (bit-identical results), and
 * {@link io.github.saasmetrics.ledger.CompositeFold} runs several in one scan. Example: the
 * customers whose MRR fell by more than half from one month-end to the next, as a
 * {@link io.github.saasmetrics.ledger.LedgerAccumulator} (add a customer, add the accumulator of
 * the customers that follow, snapshot the result) made a fold by
 * {@link io.github.saasmetrics.ledger.LedgerFold#of(String, java.util.function.Function)}.
 * <pre>{@code
 * final class SteepDrops implements LedgerAccumulator<SteepDrops, List<CustomerId>> {
 *     private final List<CustomerId> found = new ArrayList<>();
 *     public void add(CustomerTimeline customer) {
 *         for (int i = 1; i < customer.paidMonthCount(); i++) {
 *             boolean next = customer.paidMonth(i) == customer.paidMonth(i - 1) + 1;
 *             if (next && 2 * customer.mrr(i) < customer.mrr(i - 1)) {
 *                 found.add(customer.id());
 *                 return;
 *             }
 *         }
 *     }
 *     public void addAll(SteepDrops later) {
 *         found.addAll(later.found);       // slices arrive in customer order
 *     }
 *     public List<CustomerId> snapshot() {
 *         return List.copyOf(found);
 *     }
 * }
 * List<CustomerId> dropped = ledger.fold(LedgerFold.of("steep drops", ledger -> new SteepDrops()));
 * }</pre>
 * (A drop to zero is churn, not a fall: a month-end without MRR has no paid entry.) The calculators
 * of {@code mrr}, {@code retention}, {@code cohort}, {@code ltv} and {@code health} are folds of
 * this kind, each offered as {@code X.fold(..)} beside its one-call form.
 *
 * <p>How folds classify movements is the ledger's {@link io.github.saasmetrics.ledger.MovementConventions}
 * (returning customers as reactivation or expansion, {@link io.github.saasmetrics.ledger.ReactivationReporting};
 * whether they count in retention, {@link io.github.saasmetrics.ledger.ReactivationInRetention};
 * customers who joined and left inside a month, {@link io.github.saasmetrics.ledger.JoinAndChurn}):
 * they live here, beside the folds that read them, while how MRR itself is measured stays with
 * subscriptions ({@code MrrConventions}).
 */
@javax.annotation.ParametersAreNonnullByDefault
@io.github.saasmetrics.ReturnValuesAreNonnullByDefault
package io.github.saasmetrics.ledger;
