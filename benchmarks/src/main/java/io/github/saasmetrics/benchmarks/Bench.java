package io.github.saasmetrics.benchmarks;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** Settings shared by every benchmark. */
final class Bench {

    /** The business every benchmark measures (with its size as parameter). */
    static final long SEED = 20240101L;
    /** The permutation that makes the rows unsorted. */
    static final long SHUFFLE_SEED = 7L;

    /** Heap flags of measurement forks: fixed heap, touched up front (see README). */
    static final String XMS = "-Xms6g";
    static final String XMX = "-Xmx6g";
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    /**
     * The common pool, behind an executor that is not {@code ForkJoinPool.commonPool()} itself:
     * {@code CompletableFuture.supplyAsync(task, commonPool())} runs each task on a new thread
     * instead when the pool's parallelism is 1 (as on 2 cores); through this wrapper it runs on
     * the pool's worker.
     */
    static final Executor COMMON_POOL_WORKER = task -> ForkJoinPool.commonPool().execute(task);

    private Bench() {
    }

    /**
     * The number of slices of the parallel paths: {@code saasmetrics.parts} if set, else what the
     * library's default uses (the common pool's threads plus the calling thread).
     */
    static int parts() {
        return Integer.getInteger("saasmetrics.parts", ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    static void log(String message) {
        System.out.println("[saasmetrics] " + message);
    }
}
