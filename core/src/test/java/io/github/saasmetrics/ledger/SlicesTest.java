package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SlicesTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterAll
    static void shutDown() {
        POOL.shutdownNow();
    }

    @Test
    void resultsComeInPartOrderAndTheLastPartRunsOnTheCaller() {
        Thread caller = Thread.currentThread();
        List<String> out = Slices.run(4, p -> p + (Thread.currentThread() == caller ? "c" : "e"), POOL);
        assertEquals(List.of("0e", "1e", "2e", "3c"), out);
        assertEquals(List.of("0c"), Slices.run(1, p -> p + (Thread.currentThread() == caller ? "c" : "e"), POOL));
    }

    @Test
    void theLowestFailingPartIsThrownOnceEveryPartHasFinished() {
        AtomicInteger finished = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Slices.run(4, p -> {
            try {
                if (p == 0) {
                    Thread.sleep(50);
                }
                if (p == 1 || p == 3) {
                    throw new IllegalStateException("part " + p);
                }
                return p;
            } catch (InterruptedException ie) {
                throw new AssertionError(ie);
            } finally {
                finished.incrementAndGet();
            }
        }, POOL));
        assertEquals("part 1", e.getMessage());
        assertEquals(4, finished.get());
        StackOverflowError error = assertThrows(StackOverflowError.class, () -> Slices.run(2, p -> {
            if (p == 0) {
                throw new StackOverflowError("deep");
            }
            return p;
        }, POOL));
        assertEquals("deep", error.getMessage());
    }
}
