package io.github.saasmetrics.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/**
 * Runs a task per part of a ledger's work (customer slices of a fold, hash buckets of an assembly):
 * every part but the last on the caller's executor, the last on the calling thread, so that no
 * thread is started here and one part costs no hand-off.
 */
final class Slices {

    private Slices() {
    }

    /**
     * The results of {@code task.apply(0)} to {@code task.apply(parts − 1)}, in part order, once
     * every part has finished. If parts fail, the failure of the lowest-numbered one is thrown, as it
     * was thrown (a {@link RuntimeException} or {@link Error}), after the others have finished, so
     * that no part still runs when the caller sees the failure.
     *
     * @param <T> the result of a part
     * @param parts the number of parts, at least 1
     * @param task computes one part, not null; must not return null
     * @param executor runs every part but the last, not null
     * @return the results, not null, in part order
     */
    static <T> List<T> run(int parts, IntFunction<T> task, Executor executor) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(executor, "executor");
        List<CompletableFuture<T>> futures = new ArrayList<>(parts - 1);
        for (int p = 0; p < parts - 1; p++) {
            int part = p;
            // Not supplyAsync: given a common pool of parallelism 1 it starts a new thread per task.
            CompletableFuture<T> future = new CompletableFuture<>();
            executor.execute(() -> {
                try {
                    future.complete(task.apply(part));
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                }
            });
            futures.add(future);
        }
        Object[] results = new Object[parts];
        Throwable[] failures = new Throwable[parts];
        try {
            results[parts - 1] = task.apply(parts - 1);
        } catch (RuntimeException | Error e) {
            failures[parts - 1] = e;
        }
        for (int p = 0; p < parts - 1; p++) {
            try {
                results[p] = futures.get(p).join();
            } catch (CompletionException e) {
                failures[p] = e.getCause() != null ? e.getCause() : e;
            }
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            if (failure != null) {
                throw new CompletionException(failure);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }
}
