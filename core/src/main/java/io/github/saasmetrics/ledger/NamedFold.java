package io.github.saasmetrics.ledger;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A fold made of four functions and a name ({@link LedgerFold#of}), as {@code Collector.of} makes
 * a collector.
 *
 * @param <A> the accumulator type
 * @param <R> the result type
 */
final class NamedFold<A, R> implements LedgerFold<A, R> {

    private final String name;
    private final Function<? super MrrLedger, ? extends A> newAccumulator;
    private final BiConsumer<? super A, ? super CustomerTimeline> add;
    private final BinaryOperator<A> merge;
    private final Function<? super A, ? extends R> finish;

    NamedFold(String name, Function<? super MrrLedger, ? extends A> newAccumulator,
            BiConsumer<? super A, ? super CustomerTimeline> add, BinaryOperator<A> merge,
            Function<? super A, ? extends R> finish) {
        this.name = Objects.requireNonNull(name, "name");
        this.newAccumulator = Objects.requireNonNull(newAccumulator, "newAccumulator");
        this.add = Objects.requireNonNull(add, "add");
        this.merge = Objects.requireNonNull(merge, "merge");
        this.finish = Objects.requireNonNull(finish, "finish");
    }

    @Override
    public A newAccumulator(MrrLedger ledger) {
        return Objects.requireNonNull(newAccumulator.apply(ledger), () -> "newAccumulator of " + name + " returned null");
    }

    @Override
    public void add(A accumulator, CustomerTimeline customer) {
        add.accept(accumulator, customer);
    }

    @Override
    public A merge(A left, A right) {
        return Objects.requireNonNull(merge.apply(left, right), () -> "merge of " + name + " returned null");
    }

    @Override
    public R finish(A accumulator) {
        return Objects.requireNonNull(finish.apply(accumulator), () -> "finish of " + name + " returned null");
    }

    @Override
    public String toString() {
        return name;
    }
}
