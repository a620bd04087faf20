package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LedgerFoldTest {

    static MrrLedger ledger(int customers) {
        MrrLedgerBuilder b = MrrLedger.builder(Currency.getInstance("USD"))
                .months(YearMonth.of(2023, 12), YearMonth.of(2024, 12));
        for (int c = 0; c < customers; c++) {
            CustomerId id = CustomerId.of(String.format("c%03d", c));
            for (int m = c % 5; m < 12; m += 1 + c % 3) {
                b.add(id, YearMonth.of(2024, 1 + m), 100 + c * 7L + m);
            }
            if (c % 4 == 0) {
                b.paidBetween(id, YearMonth.of(2023, 12));
            }
        }
        return b.build();
    }

    /** What a fold saw: each customer's identifier, paid months, MRR and months paid between month-ends, and the threads. */
    static final class Seen {
        final List<String> customers = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        long mrr;
    }

    /** Records every customer it is given, in order, and the thread of each slice. */
    static class Recording implements LedgerFold<Seen, Seen> {
        @Override
        public Seen newAccumulator(MrrLedger ledger) {
            Seen s = new Seen();
            s.threads.add(Thread.currentThread().getName());
            return s;
        }

        @Override
        public void add(Seen seen, CustomerTimeline t) {
            StringBuilder sb = new StringBuilder(t.id().value()).append('#').append(t.index()).append(':')
                    .append(t.firstPaidMonth());
            for (int i = 0; i < t.paidMonthCount(); i++) {
                sb.append(' ').append(t.paidMonth(i)).append('=').append(t.mrr(i)).append('/').append(t.fx(i));
                seen.mrr = Math.addExact(seen.mrr, t.mrr(i));
            }
            for (int j = 0; j < t.paidBetweenCount(); j++) {
                sb.append(" during ").append(t.paidBetweenMonth(j));
            }
            seen.customers.add(sb.toString());
        }

        @Override
        public Seen merge(Seen left, Seen right) {
            left.customers.addAll(right.customers);
            left.threads.addAll(right.threads);
            left.mrr = Math.addExact(left.mrr, right.mrr);
            return left;
        }

        @Override
        public Seen finish(Seen seen) {
            return seen;
        }
    }

    @Test
    void slicesOfAnyCountSeeEveryCustomerOnceInOrderAsTheSequentialFoldDoes() {
        MrrLedger ledger = ledger(40);
        Seen sequential = ledger.fold(new Recording());
        assertEquals(40, sequential.customers.size());
        assertEquals(List.of(Thread.currentThread().getName()), sequential.threads);
        long total = 0;
        for (YearMonth m : ledger.months()) {
            total += ledger.total(m).minorUnits();
        }
        assertEquals(total, sequential.mrr);
        assertTrue(sequential.customers.get(0).startsWith("c000#0:"));
        assertTrue(sequential.customers.get(0).endsWith(" during 0"), sequential.customers.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int slices : new int[] {1, 2, 3, 7}) {
                Seen parallel = ledger.fold(new Recording(), slices, pool);
                assertEquals(sequential.customers, parallel.customers, "on " + slices + " slices");
                assertEquals(sequential.mrr, parallel.mrr);
                assertEquals(slices, parallel.threads.size());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void slicesRunOnlyOnTheExecutorAndTheCallingThread() {
        MrrLedger ledger = ledger(200);
        String caller = Thread.currentThread().getName();
        AtomicInteger tasks = new AtomicInteger();
        for (int round = 0; round < 5; round++) {
            Seen seen = ledger.fold(new Recording(), 4, task -> {
                tasks.incrementAndGet();
                ForkJoinPool.commonPool().execute(task);
            });
            assertEquals(4, seen.threads.size());
            // The last slice runs on the calling thread, the others on the executor.
            assertEquals(caller, seen.threads.get(3));
            for (String name : seen.threads.subList(0, 3)) {
                assertTrue(name.equals(caller) || name.startsWith("ForkJoinPool.commonPool-worker"),
                        "a slice ran on " + name);
            }
        }
        assertEquals(15, tasks.get());
        Seen inline = ledger.fold(new Recording(), 7, Runnable::run);
        assertEquals(List.of(caller, caller, caller, caller, caller, caller, caller), inline.threads);
    }

    @Test
    void fewerCustomersThanSlicesAndAnEmptyLedgerGiveTheSequentialResult() {
        MrrLedger three = ledger(3);
        assertEquals(three.fold(new Recording()).customers, three.fold(new Recording(), 7, Runnable::run).customers);
        assertEquals(3, three.fold(new Recording(), 7, Runnable::run).threads.size());
        MrrLedger empty = ledger(0);
        Seen none = empty.fold(new Recording(), 3, Runnable::run);
        assertEquals(List.of(), none.customers);
        assertEquals(1, none.threads.size());
    }

    @Test
    void failuresOnAnySliceSurfaceUnwrapped() {
        MrrLedger ledger = ledger(50);
        for (String failing : new String[] {"c001", "c049"}) {
            LedgerFold<Seen, Seen> fold = new Recording() {
                @Override
                public void add(Seen seen, CustomerTimeline t) {
                    if (t.id().value().equals(failing)) {
                        throw new IllegalStateException("boom at " + failing);
                    }
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ledger.fold(fold, 3, ForkJoinPool.commonPool()));
            assertEquals("boom at " + failing, e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ledger.fold(new Recording(), 0, Runnable::run));
        assertThrows(NullPointerException.class, () -> ledger.fold(new Recording(), 2, null));
        assertThrows(NullPointerException.class, () -> ledger.fold(null));
    }

    @Test
    void aCompositeGivesEachFoldItsOwnResultAndAFinishingStepMapsOne() {
        MrrLedger ledger = ledger(30);
        Recording a = new Recording();
        LedgerFold<?, Integer> count = new Recording().andThen(seen -> seen.customers.size());
        FoldResults results = ledger.fold(CompositeFold.of(a, count), 3, Runnable::run);
        assertEquals(ledger.fold(new Recording()).customers, results.get(a).customers);
        assertEquals(30, results.get(count));
        assertSame(results.get(a), results.all().get(0));
        assertThrows(IllegalArgumentException.class, () -> CompositeFold.of(a, a));
        assertThrows(IllegalArgumentException.class, () -> results.get(new Recording()));
        assertThrows(NullPointerException.class, () -> ledger.fold(new Recording().andThen(seen -> null)));
    }
}
