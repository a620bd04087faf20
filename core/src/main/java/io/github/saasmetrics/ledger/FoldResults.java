package io.github.saasmetrics.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of a {@link CompositeFold}, looked up by the fold that computed them.
 *
 * <p>This class is immutable and thread-safe (as far as the results themselves are).
 */
public final class FoldResults {

    private final Map<LedgerFold<?, ?>, Object> byFold;
    private final List<Object> ordered;

    FoldResults(Map<LedgerFold<?, ?>, Object> byFold, List<Object> ordered) {
        this.byFold = byFold;
        this.ordered = ordered;
    }

    /**
     * The result of one of the composite's folds.
     *
     * @param <R> the result type
     * @param fold the fold, not null, one of the composite's (the same instance)
     * @return its result, not null
     * @throws IllegalArgumentException if the fold was not part of the composite
     */
    @SuppressWarnings("unchecked")
    public <R> R get(LedgerFold<?, R> fold) {
        Object r = byFold.get(Objects.requireNonNull(fold, "fold"));
        if (r == null) {
            throw new IllegalArgumentException("fold " + fold + " was not part of the composite fold");
        }
        return (R) r;
    }

    /**
     * The results in the order of the composite's folds.
     *
     * @return the results, not null, unmodifiable
     */
    public List<Object> all() {
        return ordered;
    }

    @Override
    public String toString() {
        return "FoldResults" + ordered;
    }
}
