package io.github.saasmetrics.ledger;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Runs a {@link LedgerFold} over a ledger's arrays: sequentially, or over consecutive customer
 * slices on a caller's executor, merged in slice order.
 */
final class FoldEngine {

    private FoldEngine() {
    }

    /**
     * Customers per block of a composite fold: each fold in turn reads the block's rows, which are
     * still in the cache from the previous fold (about 3 000 rows, 30 KB, at 12 rows a customer).
     */
    static final int COMPOSITE_BLOCK = 256;

    /** Folds customers {@code [fromCustomer, toCustomer)} into a new accumulator. */
    static <A> A accumulate(MrrLedger ledger, LedgerFold<A, ?> fold, int fromCustomer, int toCustomer) {
        return accumulate(ledger, fold, fromCustomer, toCustomer, COMPOSITE_BLOCK);
    }

    /** As above, with composites in blocks of {@code compositeBlock} customers (tests vary it). */
    static <A> A accumulate(MrrLedger ledger, LedgerFold<A, ?> fold, int fromCustomer, int toCustomer,
            int compositeBlock) {
        A acc = Objects.requireNonNull(fold.newAccumulator(ledger), "the fold's newAccumulator returned null");
        // A composite's folds take the customers block by block. A single fold keeps its own loop: run as
        // a composite of one, the bridge's ratio to the plain kernel was higher in three runs of four
        // (benchmarks/README.md), inside the error bars, for no gain.
        if (fold instanceof CompositeFold composite) {
            accumulateByBlocks(ledger, composite, (Object[]) acc, fromCustomer, toCustomer, compositeBlock);
            return acc;
        }
        LedgerColumns columns = ledger.columns();
        int[] offsets = columns.offsets();
        int[] firstPaid = columns.firstPaid();
        long[] between = columns.paidBetween();
        CustomerTimeline timeline = timeline(ledger, columns);
        int d = lowerBound(between, MrrLedger.key(fromCustomer, 0));
        for (int c = fromCustomer; c < toCustomer; c++) {
            int dEnd = endOfCustomer(between, d, c);
            timeline.moveTo(c, offsets[c], offsets[c + 1], firstPaid[c], d, dEnd);
            fold.add(acc, timeline);
            d = dEnd;
        }
        return acc;
    }

    /**
     * A composite's folds, block of customers by block: every fold takes the whole block before the
     * next fold starts. Each fold still sees the customers in order, and the block's rows are read
     * from memory once. One fold at a time also keeps the call into the fold the same for a whole
     * block, which the processor predicts, where alternating folds per customer it would not.
     */
    private static void accumulateByBlocks(MrrLedger ledger, CompositeFold composite, Object[] accs,
            int fromCustomer, int toCustomer, int blockSize) {
        List<LedgerFold<?, ?>> folds = composite.folds();
        LedgerColumns columns = ledger.columns();
        int[] offsets = columns.offsets();
        int[] firstPaid = columns.firstPaid();
        long[] between = columns.paidBetween();
        CustomerTimeline timeline = timeline(ledger, columns);
        int[] betweenBounds = new int[blockSize + 1];
        int d = lowerBound(between, MrrLedger.key(fromCustomer, 0));
        for (int block = fromCustomer, blockEnd; block < toCustomer; block = blockEnd) {
            blockEnd = block + Math.min(blockSize, toCustomer - block);
            betweenBounds[0] = d;
            for (int c = block; c < blockEnd; c++) {
                d = endOfCustomer(between, d, c);
                betweenBounds[c - block + 1] = d;
            }
            for (int k = 0; k < accs.length; k++) {
                addBlock(folds.get(k), accs[k], timeline, offsets, firstPaid,
                        betweenBounds, block, blockEnd);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <A> void addBlock(LedgerFold<A, ?> fold, Object acc, CustomerTimeline timeline, int[] offsets,
            int[] firstPaid, int[] betweenBounds, int block, int blockEnd) {
        A a = (A) acc;
        for (int c = block; c < blockEnd; c++) {
            int i = c - block;
            timeline.moveTo(c, offsets[c], offsets[c + 1], firstPaid[c], betweenBounds[i], betweenBounds[i + 1]);
            fold.add(a, timeline);
        }
    }

    /** A timeline over the ledger's rows, moved to each customer in turn. */
    private static CustomerTimeline timeline(MrrLedger ledger, LedgerColumns columns) {
        return new CustomerTimeline(ledger, columns.months(), columns.mrr(), columns.fx(), columns.paidBetween());
    }

    /** The end of customer {@code c}'s paid-between-instants keys, which start at {@code d}. */
    private static int endOfCustomer(long[] between, int d, int c) {
        int end = d;
        while (end < between.length && (int) (between[end] >>> 32) == c) {
            end++;
        }
        return end;
    }

    static <A, R> R fold(MrrLedger ledger, LedgerFold<A, R> fold) {
        Objects.requireNonNull(fold, "fold");
        return fold.finish(accumulate(ledger, fold, 0, ledger.customerCount()));
    }

    static <A, R> R fold(MrrLedger ledger, LedgerFold<A, R> fold, int slices, Executor executor) {
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(executor, "executor");
        int[] bounds = bounds(ledger, slices);
        List<A> parts = Slices.run(bounds.length - 1, s -> accumulate(ledger, fold, bounds[s], bounds[s + 1]),
                executor);
        A result = parts.get(0);
        for (int s = 1; s < parts.size(); s++) {
            result = fold.merge(result, parts.get(s));
        }
        return fold.finish(result);
    }

    /**
     * Slice boundaries by customer index, {@code slices + 1} or fewer, cutting where the rows divide
     * evenly; every slice but that of an empty ledger holds at least one customer.
     */
    static int[] bounds(MrrLedger ledger, int slices) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1 but was " + slices);
        }
        int n = ledger.customerCount();
        if (slices == 1 || n <= 1) {
            return new int[] {0, n};
        }
        int[] offsets = ledger.columns().offsets();
        int parts = Math.min(slices, n);
        int[] out = new int[parts + 1];
        long rows = offsets[n];
        int count = 1;
        int from = 0;
        for (int p = 1; p < parts; p++) {
            long target = rows * p / parts;
            int to = java.util.Arrays.binarySearch(offsets, from + 1, n + 1, (int) target);
            to = to < 0 ? -to - 1 : to;
            to = Math.max(from + 1, Math.min(to, n - (parts - p)));
            out[count++] = to;
            from = to;
        }
        out[count++] = n;
        return java.util.Arrays.copyOf(out, count);
    }

    private static int lowerBound(long[] keys, long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
