package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The fold contract's short forms: an accumulator made a fold, and a fold of four functions. */
class LedgerAccumulatorTest {

    /** The package documentation's example, as an accumulator. */
    static final class SteepDrops implements LedgerAccumulator<SteepDrops, List<CustomerId>> {
        private final List<CustomerId> found = new ArrayList<>();

        @Override
        public void add(CustomerTimeline customer) {
            for (int i = 1; i < customer.paidMonthCount(); i++) {
                boolean next = customer.paidMonth(i) == customer.paidMonth(i - 1) + 1;
                if (next && 2 * customer.mrr(i) < customer.mrr(i - 1)) {
                    found.add(customer.id());
                    return;
                }
            }
        }

        @Override
        public void addAll(SteepDrops later) {
            found.addAll(later.found);
        }

        @Override
        public List<CustomerId> snapshot() {
            return List.copyOf(found);
        }
    }

    private static final LedgerFold<SteepDrops, List<CustomerId>> DROPS =
            LedgerFold.of("steep drops", ledger -> new SteepDrops());

    private static final LedgerFold<long[], Long> PAID_MONTHS = LedgerFold.of("paid customer-months",
            ledger -> new long[1],
            (count, customer) -> count[0] += customer.paidMonthCount(),
            (left, right) -> {
                left[0] += right[0];
                return left;
            },
            count -> count[0]);

    @Test
    void anAccumulatorIsAFoldOnAnyNumberOfSlices() {
        MrrLedger ledger = SteepDropsFoldTest.ledger();
        assertEquals(List.of(CustomerId.of("a"), CustomerId.of("d")), ledger.fold(DROPS));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int slices = 1; slices <= 7; slices++) {
                assertEquals(ledger.fold(DROPS), ledger.fold(DROPS, slices, pool));
                assertEquals(9L, ledger.fold(PAID_MONTHS, slices, pool));
            }
        } finally {
            pool.shutdown();
        }
        // The same as the fold written out in four methods.
        assertEquals(ledger.fold(new SteepDropsFoldTest.SteepDrops()), ledger.fold(DROPS));
    }

    @Test
    void aSnapshotLeavesTheAccumulatorUnchanged() {
        MrrLedger ledger = SteepDropsFoldTest.ledger();
        SteepDrops acc = DROPS.newAccumulator(ledger);
        List<CustomerId> before = DROPS.finish(acc);
        assertEquals(List.of(), before);
        FoldResults both = ledger.fold(CompositeFold.of(DROPS, PAID_MONTHS));
        assertEquals(List.of(CustomerId.of("a"), CustomerId.of("d")), both.get(DROPS));
        assertEquals(9L, both.get(PAID_MONTHS));
    }

    @Test
    void foldsAreNamedAndCheckTheirParts() {
        assertEquals("steep drops", DROPS.toString());
        assertEquals("paid customer-months", PAID_MONTHS.toString());
        assertEquals("name", assertThrows(NullPointerException.class,
                () -> LedgerFold.of(null, ledger -> new SteepDrops())).getMessage());
        assertEquals("newAccumulator", assertThrows(NullPointerException.class,
                () -> LedgerFold.<SteepDrops, List<CustomerId>>of("x", null)).getMessage());
        assertEquals("add", assertThrows(NullPointerException.class,
                () -> LedgerFold.of("x", l -> new long[1], null, (a, b) -> a, a -> a[0])).getMessage());
        assertEquals("merge", assertThrows(NullPointerException.class,
                () -> LedgerFold.of("x", l -> new long[1], (a, c) -> { }, null, a -> a[0])).getMessage());
        assertEquals("finish", assertThrows(NullPointerException.class,
                () -> LedgerFold.<long[], Long>of("x", l -> new long[1], (a, c) -> { }, (a, b) -> a, null))
                .getMessage());
        MrrLedger ledger = SteepDropsFoldTest.ledger();
        NullPointerException none = assertThrows(NullPointerException.class,
                () -> ledger.fold(LedgerFold.of("nothing", l -> null, (Object a, CustomerTimeline c) -> { },
                        (a, b) -> a, a -> a)));
        assertTrue(none.getMessage().contains("nothing"), none.getMessage());
        NullPointerException noResult = assertThrows(NullPointerException.class,
                () -> ledger.fold(LedgerFold.of("no result", l -> new long[1], (long[] a, CustomerTimeline c) -> { },
                        (a, b) -> a, a -> null)));
        assertEquals("finish of no result returned null", noResult.getMessage());
        NullPointerException noMerge = assertThrows(NullPointerException.class,
                () -> ledger.fold(LedgerFold.of("no merge", l -> new long[1], (long[] a, CustomerTimeline c) -> { },
                        (a, b) -> null, a -> a[0]), 3, Runnable::run));
        assertEquals("merge of no merge returned null", noMerge.getMessage());
    }
}
