package io.github.saasmetrics.ledger;

/**
 * The mutable half of a ledger metric, in the shape of Guava's {@code StatsAccumulator}: customers
 * are {@link #add added} one at a time, the accumulator of the slice of customers that follows is
 * {@link #addAll added whole}, and {@link #snapshot()} gives the immutable result at any moment.
 * {@link LedgerFold#of(String, java.util.function.Function)} turns an accumulator into a fold.
 *
 * <p>Example: the customers whose MRR fell by more than half from one month-end to the next.
 * <pre>{@code
 * final class SteepDrops implements LedgerAccumulator<SteepDrops, List<CustomerId>> {
 *     private final List<CustomerId> found = new ArrayList<>();
 *
 *     public void add(CustomerTimeline customer) {
 *         for (int i = 1; i < customer.paidMonthCount(); i++) {
 *             boolean next = customer.paidMonth(i) == customer.paidMonth(i - 1) + 1;
 *             if (next && 2 * customer.mrr(i) < customer.mrr(i - 1)) {
 *                 found.add(customer.id());
 *                 return;
 *             }
 *         }
 *     }
 *
 *     public void addAll(SteepDrops later) {
 *         found.addAll(later.found);          // slices arrive in customer order
 *     }
 *
 *     public List<CustomerId> snapshot() {
 *         return List.copyOf(found);
 *     }
 * }
 * List<CustomerId> dropped = ledger.fold(LedgerFold.of("steep drops", ledger -> new SteepDrops()));
 * }</pre>
 *
 * <p>Accumulators are not thread-safe: the fold engine confines each to one thread at a time.
 *
 * @param <A> the accumulator's own type, whose instances it merges
 * @param <R> the immutable result type
 */
public interface LedgerAccumulator<A extends LedgerAccumulator<A, R>, R> {

    /**
     * Adds one customer. Within a slice customers arrive in ascending index order. The timeline is
     * valid only during this call: copy what you keep.
     *
     * @param customer the customer's timeline, not null
     */
    void add(CustomerTimeline customer);

    /**
     * Adds the accumulator of the slice of customers that follows this one's.
     *
     * @param later the accumulator of the later customers, not null; not used afterwards
     */
    void addAll(A later);

    /**
     * The result of the customers added so far. Leaves the accumulator unchanged, so it may be
     * called again after more customers are added.
     *
     * @return the immutable result, not null
     */
    R snapshot();
}
