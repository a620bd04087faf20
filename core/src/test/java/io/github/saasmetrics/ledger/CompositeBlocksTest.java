package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The engine runs a composite block of customers by block, each fold taking the whole block in
 * turn: every fold must still see exactly the timelines, in exactly the order, that a fold of its
 * own sees, wherever the blocks and slices are cut.
 */
class CompositeBlocksTest {

    /** Every customer's whole timeline as text, in the order the fold was handed them. */
    static final class Recorder extends ListFold<String> {
        @Override
        public void add(List<String> acc, CustomerTimeline t) {
            StringBuilder sb = new StringBuilder().append(t.index()).append(' ').append(t.id())
                    .append(" first ").append(t.firstPaidMonth()).append(':');
            for (int i = 0; i < t.paidMonthCount(); i++) {
                sb.append(' ').append(t.paidMonth(i)).append('=').append(t.mrr(i)).append('/').append(t.fx(i));
            }
            sb.append(" between");
            for (int j = 0; j < t.paidBetweenCount(); j++) {
                sb.append(' ').append(t.paidBetweenMonth(j));
            }
            acc.add(sb.toString());
        }
    }

    @Provide
    Arbitrary<MrrLedger> ledgers() {
        return RandomLedgers.any();
    }

    @Property
    void everyFoldOfACompositeSeesWhatItWouldAlone(@ForAll("ledgers") MrrLedger ledger,
            @ForAll @IntRange(min = 1, max = 5) int block) {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        var bridge = MrrMovements.monthlyFold();
        var steepDrops = new SteepDropsFoldTest.SteepDrops();
        CompositeFold composite = CompositeFold.of(first, bridge, steepDrops, second);

        FoldResults results = composite.finish(FoldEngine.accumulate(ledger, composite, 0, ledger.customerCount(),
                block));

        List<String> alone = ledger.fold(new Recorder());
        assertEquals(alone, results.get(first));
        assertEquals(alone, results.get(second));
        assertEquals(ledger.fold(bridge), results.get(bridge));
        assertEquals(ledger.fold(steepDrops), results.get(steepDrops));
    }

    @Property
    void blocksInsideASliceStartAtTheSlice(@ForAll("ledgers") MrrLedger ledger,
            @ForAll @IntRange(min = 1, max = 4) int block, @ForAll @IntRange(min = 0, max = 13) int cut) {
        int n = ledger.customerCount();
        int from = Math.min(cut, n);
        Recorder recorder = new Recorder();
        CompositeFold composite = CompositeFold.of(recorder);

        FoldResults head = composite.finish(FoldEngine.accumulate(ledger, composite, 0, from, block));
        FoldResults tail = composite.finish(FoldEngine.accumulate(ledger, composite, from, n, block));

        List<String> all = new ArrayList<>(head.get(recorder));
        all.addAll(tail.get(recorder));
        assertEquals(ledger.fold(new Recorder()), all);
    }

    /** Thousands of customers, so the default blocks are cut many times, with paid-between months. */
    @Test
    void aLargeLedgerGivesTheSameResultsInOneCompositeOnAnySlices() throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        YearMonth opening = YearMonth.of(2023, 1);
        MrrLedgerBuilder b = MrrLedger.builder(Currency.getInstance("USD")).months(opening, opening.plusMonths(23));
        for (int c = 0; c < 3_000; c++) {
            CustomerId id = CustomerId.of("c" + c);
            int start = random.nextInt(24);
            int end = Math.min(23, start + random.nextInt(30));
            for (int m = start; m <= end; m++) {
                if (random.nextInt(20) == 0) {
                    b.paidBetween(id, opening.plusMonths(m));
                } else {
                    b.add(id, opening.plusMonths(m), 1_000 + random.nextInt(50_000));
                }
            }
        }
        MrrLedger ledger = b.build();
        Recorder recorder = new Recorder();
        var bridge = MrrMovements.monthlyFold();
        var churn = CustomerChurn.fold(ReportingPeriod.year(2024));
        var cohorts = CohortTable.fold(CohortGrouping.QUARTER);
        CompositeFold composite = CompositeFold.of(recorder, bridge, churn, cohorts);
        List<String> alone = ledger.fold(new Recorder());
        assertEquals(3_000, alone.size());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int slices : new int[] {1, 2, 7}) {
                FoldResults results = slices == 1 ? ledger.fold(composite) : ledger.fold(composite, slices, pool);
                assertEquals(alone, results.get(recorder), "slices " + slices);
                assertEquals(MrrMovements.monthly(ledger), results.get(bridge), "slices " + slices);
                assertEquals(CustomerChurn.measure(ledger, ReportingPeriod.year(2024)), results.get(churn));
                assertEquals(CohortTable.of(ledger, CohortGrouping.QUARTER), results.get(cohorts));
            }
        } finally {
            pool.shutdown();
        }
    }
}
