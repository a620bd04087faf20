package io.github.saasmetrics.benchmarks;

import java.util.List;

/** Checks that two engines agree before any time is reported. */
public final class SameResults {

    private SameResults() {
    }

    /**
     * Requires two result lists to be equal, naming the first difference.
     *
     * @param <T> the row type
     * @param what what is compared, for the message
     * @param ours our rows, not null
     * @param theirs the peer's rows, not null
     * @throws IllegalStateException if they differ
     */
    public static <T> void require(String what, List<T> ours, List<T> theirs) {
        if (ours.equals(theirs)) {
            return;
        }
        int n = Math.min(ours.size(), theirs.size());
        for (int i = 0; i < n; i++) {
            if (!ours.get(i).equals(theirs.get(i))) {
                throw new IllegalStateException(what + " differ at row " + i + ":\n  ours:   " + ours.get(i)
                        + "\n  theirs: " + theirs.get(i));
            }
        }
        throw new IllegalStateException(what + " differ in length: ours " + ours.size() + ", theirs " + theirs.size());
    }
}
