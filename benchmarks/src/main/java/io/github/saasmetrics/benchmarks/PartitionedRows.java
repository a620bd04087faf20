package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The parallel path from unsorted rows: rows are scattered by a hash of the customer's identifier
 * into {@code parts} partitions (as a shuffle stage would), each partition builds its own ledger
 * and computes its partial result, and the partial results merge with {@code plus}. Every customer
 * lands in exactly one partition, so the merged result equals the single-ledger one.
 *
 * <p>All partitions but the last run on the caller's executor; the last runs on the calling thread.
 */
public final class PartitionedRows {

    private PartitionedRows() {
    }

    /**
     * The row indices of each partition, in input order.
     *
     * @param rows the rows, not null
     * @param parts the number of partitions, 1 to 127
     * @return {@code parts} arrays of row indices, not null
     */
    public static int[][] partition(CustomerMonthRows rows, int parts) {
        if (parts < 1 || parts > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("parts must be 1 to 127 but was " + parts);
        }
        int n = rows.size();
        byte[] part = new byte[n];
        int[] counts = new int[parts];
        for (int i = 0; i < n; i++) {
            int p = Math.floorMod(rows.customer(i).hashCode(), parts);
            part[i] = (byte) p;
            counts[p]++;
        }
        int[][] out = new int[parts][];
        for (int p = 0; p < parts; p++) {
            out[p] = new int[counts[p]];
        }
        int[] at = new int[parts];
        for (int i = 0; i < n; i++) {
            int p = part[i];
            out[p][at[p]++] = i;
        }
        return out;
    }

    /**
     * Builds one ledger per partition, in parallel.
     *
     * @param rows the rows, not null
     * @param parts the number of partitions, 1 to 127
     * @param executor runs all partitions but the last, not null
     * @return the ledgers, not null
     */
    public static List<MrrLedger> ledgers(CustomerMonthRows rows, int parts, Executor executor) {
        int[][] partitions = partition(rows, parts);
        return run(parts, executor, p -> build(rows, partitions[p]), null);
    }

    /**
     * The monthly MRR bridge from unsorted rows: partition, build, bridge, merge.
     *
     * @param rows the rows, not null
     * @param parts the number of partitions, 1 to 127
     * @param executor runs all partitions but the last, not null
     * @return the bridge table, not null
     */
    public static MrrBridgeTable monthlyBridge(CustomerMonthRows rows, int parts, Executor executor) {
        int[][] partitions = partition(rows, parts);
        return run(parts, executor, p -> MrrMovements.monthly(build(rows, partitions[p])), MrrBridgeTable::plus)
                .get(0);
    }

    private static MrrLedger build(CustomerMonthRows rows, int[] indices) {
        return rows.addTo(MrrLedger.builder(rows.source().currency()), indices, indices.length).build();
    }

    /** Runs the parts and either returns them all ({@code merge} null) or their merge as one element. */
    static <R> List<R> run(int parts, Executor executor, IntFunction<R> work, BinaryOperator<R> merge) {
        Objects.requireNonNull(executor, "executor");
        List<CompletableFuture<R>> futures = new ArrayList<>(parts - 1);
        for (int p = 0; p < parts - 1; p++) {
            int part = p;
            // Not CompletableFuture.supplyAsync(task, executor): when the common pool has
            // parallelism 1 (2 cores), it swaps the common pool for a new thread per task.
            CompletableFuture<R> f = new CompletableFuture<>();
            executor.execute(() -> {
                try {
                    f.complete(work.apply(part));
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
            futures.add(f);
        }
        R last = work.apply(parts - 1);
        List<R> all = new ArrayList<>(parts);
        try {
            for (CompletableFuture<R> f : futures) {
                all.add(f.join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        all.add(last);
        if (merge == null) {
            return all;
        }
        R merged = all.get(0);
        for (int i = 1; i < all.size(); i++) {
            merged = merge.apply(merged, all.get(i));
        }
        return List.of(merged);
    }

    /**
     * Applies a function to groups of items in parallel, the way {@link #ledgers} does for rows.
     *
     * @param <T> the item type
     * @param <R> the result type
     * @param groups the groups, not null, at least one
     * @param executor runs all groups but the last, not null
     * @param work the function, not null, thread-safe
     * @return one result per group, in group order, not null
     */
    public static <T, R> List<R> each(List<T> groups, Executor executor, Function<T, R> work) {
        return run(groups.size(), executor, p -> work.apply(groups.get(p)), null);
    }
}
