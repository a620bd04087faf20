package io.github.saasmetrics.examples.service;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a call so that a regression fails fast instead of exhausting the test JVM: the call runs on
 * its own daemon thread, must finish within {@link #TIME_LIMIT_MILLIS} and may allocate at most
 * {@link #ALLOCATION_LIMIT_BYTES} on that thread. The JVM's per-thread allocation counter is polled
 * while the call runs, so a request that would list a million years of months is stopped and failed
 * long before the heap runs out, and one that loops is failed on the clock.
 *
 * <p>The limits are guards against runaway cost, not performance goals: refusing a request takes
 * microseconds and kilobytes. (The same idea as core's hostile-input harness, kept here so that the
 * examples do not depend on core's tests.)
 */
final class BoundedCall {

    /** A call still running after this long is a regression. */
    static final long TIME_LIMIT_MILLIS = 5_000;

    /** A call that allocates more than this on its thread is a regression. */
    static final long ALLOCATION_LIMIT_BYTES = 64L << 20;

    private BoundedCall() {
    }

    /**
     * Runs a call within the limits.
     *
     * @return what the call returned
     * @throws AssertionError if the call ran too long, allocated too much or threw
     */
    static <T> T run(String name, Callable<T> call) throws InterruptedException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicLong allocated = new AtomicLong();
        Thread thread = new Thread(() -> {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            try {
                result.set(call.call());
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                allocated.set(threads.getThreadAllocatedBytes(id) - before);
            }
        }, "bounded " + name);
        thread.setDaemon(true);
        long started = System.nanoTime();
        thread.start();
        while (thread.isAlive()) {
            thread.join(10);
            long sofar = threads.getThreadAllocatedBytes(thread.getId());
            boolean tooLong = System.nanoTime() - started > TIME_LIMIT_MILLIS * 1_000_000;
            if (thread.isAlive() && (tooLong || sofar > ALLOCATION_LIMIT_BYTES)) {
                stop(thread);
                fail(name + (tooLong ? ": still running after " + TIME_LIMIT_MILLIS + " ms"
                        : ": allocating without bound (" + sofar + " bytes so far)"));
            }
        }
        assertTrue(allocated.get() <= ALLOCATION_LIMIT_BYTES, () -> name + ": allocated " + allocated.get() + " bytes");
        if (thrown.get() != null) {
            fail(name + ": threw " + thrown.get(), thrown.get());
        }
        return result.get();
    }

    /** Stops a runaway call where the JVM still can (JDK 17); later JDKs leave it to die with the fork. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.stop();
        } catch (UnsupportedOperationException laterJdk) {
            // Nothing more can be done: the thread is a daemon and the failure is reported.
        }
    }
}
