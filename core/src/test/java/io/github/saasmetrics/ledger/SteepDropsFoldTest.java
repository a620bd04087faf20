package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The package documentation's example fold, end to end: a new metric written only against the fold API. */
class SteepDropsFoldTest {

    /** Customers whose MRR fell by more than half from one month-end to the next. */
    static final class SteepDrops implements LedgerFold<List<CustomerId>, List<CustomerId>> {
        @Override
        public List<CustomerId> newAccumulator(MrrLedger ledger) {
            return new ArrayList<>();
        }

        @Override
        public void add(List<CustomerId> acc, CustomerTimeline customer) {
            for (int i = 1; i < customer.paidMonthCount(); i++) {
                boolean next = customer.paidMonth(i) == customer.paidMonth(i - 1) + 1;
                if (next && 2 * customer.mrr(i) < customer.mrr(i - 1)) {
                    acc.add(customer.id());
                    return;
                }
            }
        }

        @Override
        public List<CustomerId> merge(List<CustomerId> left, List<CustomerId> right) {
            left.addAll(right);
            return left;
        }

        @Override
        public List<CustomerId> finish(List<CustomerId> acc) {
            return List.copyOf(acc);
        }
    }

    static MrrLedger ledger() {
        return MrrLedger.builder(Currency.getInstance("USD"))
                .add("a", "2024-01", "USD 100.00").add("a", "2024-02", "USD 40.00")   // fell by 60 %
                .add("b", "2024-01", "USD 100.00").add("b", "2024-02", "USD 50.00")   // exactly half: not more
                .add("c", "2024-01", "USD 100.00").add("c", "2024-03", "USD 10.00")   // churned and returned: no fall
                .add("d", "2024-02", "USD 90.00").add("d", "2024-03", "USD 30.00")    // fell by two thirds
                .add("e", "2024-01", "USD 10.00")                                      // churned: not a fall
                .build();
    }

    @Test
    void findsTheCustomersWhoseMrrFellByMoreThanHalf() {
        assertEquals(List.of(CustomerId.of("a"), CustomerId.of("d")), ledger().fold(new SteepDrops()));
    }

    @Test
    void slicesOnAnExecutorGiveTheSameAnswer() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int slices = 1; slices <= 7; slices++) {
                assertEquals(ledger().fold(new SteepDrops()), ledger().fold(new SteepDrops(), slices, pool));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void runsBesideOtherFoldsInOneScan() {
        SteepDrops drops = new SteepDrops();
        SteepDrops again = new SteepDrops();
        FoldResults results = ledger().fold(CompositeFold.of(drops, again));
        assertEquals(ledger().fold(drops), results.get(drops));
        assertEquals(results.get(drops), results.get(again));
        assertEquals(2, results.all().size());
        assertThrows(IllegalArgumentException.class, () -> CompositeFold.of(drops, drops));
        assertThrows(IllegalArgumentException.class, () -> results.get(new SteepDrops()));
        assertThrows(IllegalArgumentException.class, () -> ledger().fold(drops, 0, Runnable::run));
    }

    @Test
    void aTimelineShowsOneCustomer() {
        List<String> seen = new ArrayList<>();
        ledger().fold(new LedgerFold<List<String>, List<String>>() {
            @Override
            public List<String> newAccumulator(MrrLedger ledger) {
                return seen;
            }

            @Override
            public void add(List<String> acc, CustomerTimeline c) {
                acc.add(c.index() + ":" + c + " first=" + c.firstPaidMonth() + " at2=" + c.mrrAt(2));
            }

            @Override
            public List<String> merge(List<String> left, List<String> right) {
                left.addAll(right);
                return left;
            }

            @Override
            public List<String> finish(List<String> acc) {
                return acc;
            }
        });
        assertEquals(List.of(
                "0:CustomerTimeline[a: 2024-01=10000, 2024-02=4000] first=1 at2=4000",
                "1:CustomerTimeline[b: 2024-01=10000, 2024-02=5000] first=1 at2=5000",
                "2:CustomerTimeline[c: 2024-01=10000, 2024-03=1000] first=1 at2=0",
                "3:CustomerTimeline[d: 2024-02=9000, 2024-03=3000] first=2 at2=9000",
                "4:CustomerTimeline[e: 2024-01=1000] first=1 at2=0"), seen);
        assertEquals(YearMonth.of(2023, 12), ledger().firstMonth());
    }
}
