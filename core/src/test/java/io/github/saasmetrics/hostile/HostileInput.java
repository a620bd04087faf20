package io.github.saasmetrics.hostile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs hostile cases so that a regression fails fast instead of exhausting the test JVM: each call
 * runs on its own daemon thread, must finish within {@link #TIME_LIMIT_MILLIS} and may allocate at
 * most {@link #ALLOCATION_LIMIT_BYTES} on that thread. The JVM's per-thread allocation counter is
 * polled while the call runs, so a call that would build a billion-character message or a month list
 * of a million years is stopped and failed long before the heap runs out, and one that loops is
 * failed on the clock.
 *
 * <p>The limits are generous guards against runaway cost, not performance goals: a well-behaved
 * refusal takes microseconds and a few kilobytes.
 */
final class HostileInput {

    /** A call still running after this long is a regression (refusals take microseconds). */
    static final long TIME_LIMIT_MILLIS = 5_000;

    /** A call that allocates more than this on its thread is a regression. */
    static final long ALLOCATION_LIMIT_BYTES = 64L << 20;

    /** Messages longer than this copied too much of the caller's input. */
    static final int MESSAGE_LIMIT = 1_000;

    private HostileInput() {
    }

    static Stream<DynamicTest> tests(Stream<HostileCase> cases) {
        return cases.map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    static void check(HostileCase c) throws InterruptedException {
        Throwable thrown = run(c);
        assertNotNull(thrown, c + ": returned normally");
        if (c.expected() != thrown.getClass()) {
            AssertionError error = new AssertionError(c + ": expected " + c.expected().getName() + " but threw "
                    + thrown.getClass().getName() + ": " + thrown.getMessage());
            error.initCause(thrown);
            throw error;
        }
        String message = thrown.getMessage();
        assertNotNull(message, c + ": no message");
        assertTrue(message.length() <= MESSAGE_LIMIT, () -> c + ": message of " + message.length()
                + " characters: " + message.substring(0, 200));
        for (String fragment : c.named()) {
            assertTrue(message.contains(fragment), () -> c + ": message does not name '" + fragment + "': " + message);
        }
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

    private static Throwable run(HostileCase c) throws InterruptedException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicLong allocated = new AtomicLong();
        Thread thread = new Thread(() -> {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            try {
                c.call().run();
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                allocated.set(threads.getThreadAllocatedBytes(id) - before);
            }
        }, "hostile " + c.door());
        thread.setDaemon(true);
        long started = System.nanoTime();
        thread.start();
        while (thread.isAlive()) {
            thread.join(10);
            long sofar = threads.getThreadAllocatedBytes(thread.getId());
            boolean tooLong = System.nanoTime() - started > TIME_LIMIT_MILLIS * 1_000_000;
            if (thread.isAlive() && (tooLong || sofar > ALLOCATION_LIMIT_BYTES)) {
                stop(thread);
                fail(c + (tooLong ? ": still running after " + TIME_LIMIT_MILLIS + " ms" : ": allocating without bound"));
            }
        }
        assertTrue(allocated.get() <= ALLOCATION_LIMIT_BYTES, () -> c + ": allocated " + allocated.get() + " bytes");
        if (thrown.get() instanceof OutOfMemoryError) {
            fail(c + ": ran out of memory", thrown.get());
        }
        return thrown.get();
    }
}
