package io.github.saasmetrics.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Computes a metric on slices of a ledger in parallel and merges the partial results.
 *
 * <p>Customers are independent, so a metric whose results merge with {@code plus} can be computed
 * on {@link MrrLedger#split(int) slices} and merged in slice order; the result is identical, bit
 * for bit, for any number of slices. Example:
 * {@code ParallelLedger.compute(ledger, 4, executor, MrrMovements::monthly, MrrBridgeTable::plus)}.
 *
 * <p>No thread is started here: slices run on the caller's {@link Executor} (or the common
 * fork-join pool), and the last slice runs on the calling thread. On a machine with {@code n}
 * cores the common pool has {@code n − 1} threads, so the default uses {@code n} slices.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ParallelLedger {

    private ParallelLedger() {
    }

    /**
     * Computes on as many slices as the common pool has threads plus one (the calling thread).
     *
     * @param <R> the result type
     * @param ledger the ledger, not null
     * @param metric the metric of one slice, not null, thread-safe
     * @param merge merges two partial results, not null
     * @return the merged result, not null
     */
    public static <R> R compute(MrrLedger ledger, Function<MrrLedger, R> metric, BinaryOperator<R> merge) {
        return compute(ledger, ForkJoinPool.getCommonPoolParallelism() + 1, ForkJoinPool.commonPool(), metric, merge);
    }

    /**
     * Computes on slices using an executor.
     *
     * @param <R> the result type
     * @param ledger the ledger, not null
     * @param parts the number of slices, at least 1
     * @param executor runs all slices but the last, not null
     * @param metric the metric of one slice, not null, thread-safe
     * @param merge merges two partial results in slice order, not null
     * @return the merged result, not null
     * @throws IllegalArgumentException if {@code parts} is less than 1
     */
    public static <R> R compute(MrrLedger ledger, int parts, Executor executor, Function<MrrLedger, R> metric,
            BinaryOperator<R> merge) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(merge, "merge");
        List<MrrLedger> slices = ledger.split(parts);
        List<CompletableFuture<R>> futures = new ArrayList<>(slices.size() - 1);
        for (int i = 0; i < slices.size() - 1; i++) {
            MrrLedger slice = slices.get(i);
            // Not supplyAsync: given a common pool of parallelism 1 it starts a new thread per task.
            CompletableFuture<R> future = new CompletableFuture<>();
            executor.execute(() -> {
                try {
                    future.complete(metric.apply(slice));
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                }
            });
            futures.add(future);
        }
        R last = metric.apply(slices.get(slices.size() - 1));
        R result = null;
        try {
            for (CompletableFuture<R> f : futures) {
                R part = f.join();
                result = result == null ? part : merge.apply(result, part);
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        return result == null ? last : merge.apply(result, last);
    }
}
