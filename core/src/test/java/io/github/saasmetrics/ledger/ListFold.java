package io.github.saasmetrics.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A test fold that collects one entry per customer into a list, in customer order: subclasses say
 * what {@link #add} appends; slices merge by concatenation.
 *
 * @param <T> the entry type
 */
abstract class ListFold<T> implements LedgerFold<List<T>, List<T>> {

    @Override
    public List<T> newAccumulator(MrrLedger ledger) {
        return new ArrayList<>();
    }

    @Override
    public List<T> merge(List<T> left, List<T> right) {
        left.addAll(right);
        return left;
    }

    @Override
    public List<T> finish(List<T> acc) {
        return List.copyOf(acc);
    }
}
