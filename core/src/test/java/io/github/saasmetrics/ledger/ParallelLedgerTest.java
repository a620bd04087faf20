package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ParallelLedgerTest {

    static MrrLedger ledger(int customers) {
        MrrLedgerBuilder b = MrrLedger.builder(Currency.getInstance("USD"));
        for (int c = 0; c < customers; c++) {
            b.add(CustomerId.of("c" + c), YearMonth.of(2024, 1 + c % 12), 100 + c);
        }
        return b.build();
    }

    @Test
    void slicesRunOnlyOnTheExecutorAndTheCallingThread() {
        MrrLedger ledger = ledger(200);
        String caller = Thread.currentThread().getName();
        for (int round = 0; round < 5; round++) {
            String names = ParallelLedger.compute(ledger, 4, ForkJoinPool.commonPool(),
                    slice -> Thread.currentThread().getName(), (a, b) -> a + "," + b);
            for (String name : names.split(",")) {
                assertTrue(name.equals(caller) || name.startsWith("ForkJoinPool.commonPool-worker"),
                        "a slice ran on " + name);
            }
        }
    }

    @Test
    void mergedSlicesCoverEveryCustomerOnceAndFailuresSurface() {
        MrrLedger ledger = ledger(50);
        long total = ParallelLedger.compute(ledger, 3, ForkJoinPool.commonPool(),
                slice -> (long) slice.customerCount(), Long::sum);
        assertEquals(50, total);
        String ids = ParallelLedger.compute(ledger, 7, Runnable::run, slice -> String.join(" ",
                slice.customers().stream().map(CustomerId::value).toList()), (a, b) -> a + " " + b);
        assertEquals(ledger.customers().stream().map(CustomerId::value).toList(), Arrays.asList(ids.split(" ")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelLedger.compute(ledger, 3,
                ForkJoinPool.commonPool(), slice -> {
                    throw new IllegalStateException("boom");
                }, (a, b) -> a));
        assertEquals("boom", e.getMessage());
    }
}
