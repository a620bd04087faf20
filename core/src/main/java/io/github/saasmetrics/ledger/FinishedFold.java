package io.github.saasmetrics.ledger;

import java.util.Objects;
import java.util.function.Function;

/**
 * A fold followed by one more finishing step ({@link LedgerFold#andThen}).
 *
 * @param <A> the accumulator type of the fold
 * @param <R> the result type of the fold
 * @param <S> the result type after the finishing step
 */
final class FinishedFold<A, R, S> implements LedgerFold<A, S> {

    private final LedgerFold<A, R> fold;
    private final Function<? super R, ? extends S> finisher;

    FinishedFold(LedgerFold<A, R> fold, Function<? super R, ? extends S> finisher) {
        this.fold = fold;
        this.finisher = finisher;
    }

    @Override
    public A newAccumulator(MrrLedger ledger) {
        return fold.newAccumulator(ledger);
    }

    @Override
    public void add(A accumulator, CustomerTimeline customer) {
        fold.add(accumulator, customer);
    }

    @Override
    public A merge(A left, A right) {
        return fold.merge(left, right);
    }

    @Override
    public S finish(A accumulator) {
        return Objects.requireNonNull(finisher.apply(fold.finish(accumulator)), "the finisher returned null");
    }

    @Override
    public String toString() {
        return fold + ", then finished";
    }
}
