package io.github.saasmetrics.ledger;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A metric computed in one pass over a ledger's customers: the one supported way to read an
 * {@link MrrLedger}.
 *
 * <p>A fold has four parts, as a {@link java.util.stream.Collector} has:
 * <ol>
 *   <li>{@link #newAccumulator(MrrLedger)}: a fresh, empty, mutable accumulator for one slice of
 *       the ledger's customers;</li>
 *   <li>{@link #add(Object, CustomerTimeline)}: adds one customer's timeline (every month-end at
 *       which the customer paid, its MRR and FX part, the first paid month, the months paid only
 *       between two month-ends). Within a slice customers arrive in ascending index order;</li>
 *   <li>{@link #merge(Object, Object)}: adds the accumulator of the slice that follows;</li>
 *   <li>{@link #finish(Object)}: turns the accumulator into the immutable result.</li>
 * </ol>
 *
 * <p>Customers are independent, so {@link MrrLedger#fold(LedgerFold, int, java.util.concurrent.Executor)}
 * may split them into consecutive slices, fold each on its own thread and merge the slices in
 * order; a fold whose merge adds exact sums (integers, {@code long} minor units) or concatenates
 * in customer order gives the same result, bit for bit, for any number of slices. The same
 * accumulators merge across the partitions of a cluster.
 *
 * <p>Implementations must be stateless (or immutable) and thread-safe: one fold instance serves
 * many slices at once. Accumulators are confined to one thread at a time and need no locking.
 * {@link CompositeFold} runs several folds in one scan.
 *
 * @param <A> the mutable accumulator type
 * @param <R> the result type
 */
public interface LedgerFold<A, R> {

    /**
     * A new, empty accumulator.
     *
     * @param ledger the ledger being folded, not null; use it for months and currency, never to
     *     read customers (they arrive through {@link #add})
     * @return the accumulator, not null
     */
    A newAccumulator(MrrLedger ledger);

    /**
     * Adds one customer. The timeline is valid only during this call: copy what you keep.
     *
     * @param accumulator the accumulator, not null
     * @param customer the customer's timeline, not null
     */
    void add(A accumulator, CustomerTimeline customer);

    /**
     * Merges the accumulator of the slice of customers that follows {@code left}'s slice.
     *
     * @param left the accumulator of the earlier customers, not null; may be modified and returned
     * @param right the accumulator of the later customers, not null; not used afterwards
     * @return the merged accumulator, not null
     */
    A merge(A left, A right);

    /**
     * The result of an accumulator.
     *
     * @param accumulator the accumulator, not null; not used afterwards
     * @return the result, not null
     */
    R finish(A accumulator);

    /**
     * A fold of four functions, as {@code Collector.of} makes a collector. Example: the number of
     * paid customer-months, on any number of slices.
     * <pre>{@code
     * LedgerFold<long[], Long> paidMonths = LedgerFold.of("paid customer-months",
     *         ledger -> new long[1],
     *         (count, customer) -> count[0] += customer.paidMonthCount(),
     *         (left, right) -> { left[0] += right[0]; return left; },
     *         count -> count[0]);
     * }</pre>
     *
     * @param <A> the mutable accumulator type
     * @param <R> the result type
     * @param name what the fold computes, for messages and {@code toString}, not null
     * @param newAccumulator a fresh accumulator for a ledger, not null; must not return null
     * @param add adds one customer, not null
     * @param merge merges the accumulator of the following slice into the first, returning the result, not null
     * @param finish the immutable result of an accumulator, not null; must not return null
     * @return the fold, not null, stateless if the functions are
     * @throws NullPointerException if an argument is null (the message names it)
     */
    static <A, R> LedgerFold<A, R> of(String name, Function<? super MrrLedger, ? extends A> newAccumulator,
            BiConsumer<? super A, ? super CustomerTimeline> add, BinaryOperator<A> merge,
            Function<? super A, ? extends R> finish) {
        return new NamedFold<>(name, newAccumulator, add, merge, finish);
    }

    /**
     * The fold of a {@link LedgerAccumulator}: {@code add}, {@code addAll} and {@code snapshot} as the
     * fold's add, merge and finish. Example:
     * {@code ledger.fold(LedgerFold.of("steep drops", ledger -> new SteepDrops()))}.
     *
     * @param <A> the accumulator type
     * @param <R> the result type
     * @param name what the fold computes, for messages and {@code toString}, not null
     * @param newAccumulator a fresh accumulator for a ledger, not null; must not return null
     * @return the fold, not null
     * @throws NullPointerException if an argument is null (the message names it)
     */
    static <A extends LedgerAccumulator<A, R>, R> LedgerFold<A, R> of(String name,
            Function<? super MrrLedger, ? extends A> newAccumulator) {
        return new AccumulatorFold<>(name, newAccumulator);
    }

    /**
     * This fold with one more finishing step, as {@code Collectors.collectingAndThen} does for a
     * collector: the same accumulators, add and merge, then {@code finisher} applied to this fold's
     * result. Example: {@code MrrMovements.bridgeFold(period).andThen(RevenueChurn::measure)}.
     *
     * @param <S> the new result type
     * @param finisher turns this fold's result into the new result, not null, stateless; must not
     *     return null
     * @return the fold, not null; a new instance on every call
     */
    default <S> LedgerFold<A, S> andThen(Function<? super R, ? extends S> finisher) {
        return new FinishedFold<>(this, Objects.requireNonNull(finisher, "finisher"));
    }
}
