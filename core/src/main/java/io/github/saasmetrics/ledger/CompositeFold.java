package io.github.saasmetrics.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several {@link LedgerFold folds} run in one scan of a ledger, which costs less than one scan per
 * fold: the engine reads the customers in blocks of a few hundred, and every fold takes the whole
 * block in customer order before the next fold starts, so the ledger's arrays pass from memory
 * into the cache once. (Nested in another composite, a composite hands each customer to its folds
 * in turn.)
 *
 * <p>Example, the monthly bridge and a year's churn in one pass:
 * <pre>{@code
 * var bridge = MrrMovements.monthlyFold();
 * var churn = CustomerChurn.fold(ReportingPeriod.year(2024));
 * FoldResults results = ledger.fold(CompositeFold.of(bridge, churn));
 * MrrBridgeTable table = results.get(bridge);
 * ChurnResult churned = results.get(churn);
 * }</pre>
 *
 * <p>The result of each fold is exactly what {@code ledger.fold(thatFold)} returns. This class is
 * immutable and thread-safe.
 */
public final class CompositeFold implements LedgerFold<Object[], FoldResults> {

    private final List<LedgerFold<?, ?>> folds;

    private CompositeFold(List<LedgerFold<?, ?>> folds) {
        this.folds = folds;
    }

    /**
     * Combines folds.
     *
     * @param folds the folds, not null, at least one, no nulls, each at most once
     * @return the composite, not null
     * @throws IllegalArgumentException if there is no fold or a fold appears twice
     * @throws NullPointerException if {@code folds} or one of them is null (the message names which)
     */
    public static CompositeFold of(LedgerFold<?, ?>... folds) {
        return of(Arrays.asList(Objects.requireNonNull(folds, "folds")));
    }

    /**
     * Combines folds.
     *
     * @param folds the folds, not null, at least one, no nulls, each at most once
     * @return the composite, not null
     * @throws IllegalArgumentException if there is no fold or a fold appears twice
     * @throws NullPointerException if {@code folds} or one of them is null (the message names which)
     */
    public static CompositeFold of(List<? extends LedgerFold<?, ?>> folds) {
        Objects.requireNonNull(folds, "folds");
        for (int i = 0; i < folds.size(); i++) {
            Objects.requireNonNull(folds.get(i), "folds[" + i + "]");
        }
        List<LedgerFold<?, ?>> copy = List.copyOf(folds);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a composite fold needs at least one fold");
        }
        Map<LedgerFold<?, ?>, Boolean> seen = new IdentityHashMap<>();
        for (LedgerFold<?, ?> f : copy) {
            if (seen.put(f, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("fold " + f + " appears twice in a composite fold");
            }
        }
        return new CompositeFold(copy);
    }

    /**
     * The folds, in the order given.
     *
     * @return the folds, not null, unmodifiable
     */
    public List<LedgerFold<?, ?>> folds() {
        return folds;
    }

    @Override
    public Object[] newAccumulator(MrrLedger ledger) {
        Object[] accs = new Object[folds.size()];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = Objects.requireNonNull(folds.get(i).newAccumulator(ledger),
                    "the fold's newAccumulator returned null");
        }
        return accs;
    }

    @Override
    public void add(Object[] accumulator, CustomerTimeline customer) {
        for (int i = 0; i < accumulator.length; i++) {
            addTo(folds.get(i), accumulator[i], customer);
        }
    }

    @Override
    public Object[] merge(Object[] left, Object[] right) {
        for (int i = 0; i < left.length; i++) {
            left[i] = mergeIn(folds.get(i), left[i], right[i]);
        }
        return left;
    }

    @Override
    public FoldResults finish(Object[] accumulator) {
        Map<LedgerFold<?, ?>, Object> results = new IdentityHashMap<>();
        List<Object> ordered = new ArrayList<>(accumulator.length);
        for (int i = 0; i < accumulator.length; i++) {
            Object r = finishOne(folds.get(i), accumulator[i]);
            results.put(folds.get(i), r);
            ordered.add(r);
        }
        return new FoldResults(Collections.unmodifiableMap(results), List.copyOf(ordered));
    }

    @SuppressWarnings("unchecked")
    private static <A> void addTo(LedgerFold<A, ?> fold, Object acc, CustomerTimeline customer) {
        fold.add((A) acc, customer);
    }

    @SuppressWarnings("unchecked")
    private static <A> Object mergeIn(LedgerFold<A, ?> fold, Object left, Object right) {
        return fold.merge((A) left, (A) right);
    }

    @SuppressWarnings("unchecked")
    private static <A> Object finishOne(LedgerFold<A, ?> fold, Object acc) {
        return fold.finish((A) acc);
    }

    @Override
    public String toString() {
        return "CompositeFold" + folds;
    }
}
