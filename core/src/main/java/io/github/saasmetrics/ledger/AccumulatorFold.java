package io.github.saasmetrics.ledger;

import java.util.Objects;
import java.util.function.Function;

/**
 * The fold of a {@link LedgerAccumulator} ({@link LedgerFold#of(String, Function)}): add, merge and
 * finish call the accumulator's {@code add}, {@code addAll} and {@code snapshot} directly, one call
 * per customer as a hand-written fold makes.
 *
 * @param <A> the accumulator type
 * @param <R> the result type
 */
final class AccumulatorFold<A extends LedgerAccumulator<A, R>, R> implements LedgerFold<A, R> {

    private final String name;
    private final Function<? super MrrLedger, ? extends A> newAccumulator;

    AccumulatorFold(String name, Function<? super MrrLedger, ? extends A> newAccumulator) {
        this.name = Objects.requireNonNull(name, "name");
        this.newAccumulator = Objects.requireNonNull(newAccumulator, "newAccumulator");
    }

    @Override
    public A newAccumulator(MrrLedger ledger) {
        return Objects.requireNonNull(newAccumulator.apply(ledger), () -> "newAccumulator of " + name + " returned null");
    }

    @Override
    public void add(A accumulator, CustomerTimeline customer) {
        accumulator.add(customer);
    }

    @Override
    public A merge(A left, A right) {
        left.addAll(right);
        return left;
    }

    @Override
    public R finish(A accumulator) {
        return Objects.requireNonNull(accumulator.snapshot(), () -> "snapshot of " + name + " returned null");
    }

    @Override
    public String toString() {
        return name;
    }
}
