package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.RandomLedgers;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.survival.KaplanMeier;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

class LedgerLifetimesProperties {

    static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutDown() {
        POOL.shutdown();
    }

    @Provide
    Arbitrary<MrrLedger> ledgers() {
        return RandomLedgers.any();
    }

    @Property
    void tenuresAndCohortsFollowTheirDefinition(@ForAll("ledgers") MrrLedger ledger) {
        LedgerView view = LedgerView.of(ledger);
        int last = ledger.monthCount() - 1;
        KaplanMeier.Accumulator expected = KaplanMeier.accumulator();
        long before = 0;
        SortedMap<YearMonth, CohortLtv> cohorts = new TreeMap<>();
        for (int c = 0; c < ledger.customerCount(); c++) {
            int first = view.firstPaid(c);
            if (first < 0) {
                before++;
                continue;
            }
            if (first == CustomerTimeline.NEVER_PAID) {
                continue;
            }
            // The first unbroken run of paid month-ends from the first paid month.
            int run = 0;
            while (first + run <= last && view.mrr(c, first + run) > 0) {
                run++;
            }
            expected.add(run, first + run <= last || run == 0);
            List<Money> revenue = new ArrayList<>();
            for (int m = first; m <= last; m++) {
                revenue.add(Money.ofMinor(ledger.currency(), view.mrr(c, m)));
            }
            CohortLtv one = new CohortLtv(1, revenue);
            cohorts.merge(ledger.month(first), one, CohortLtv::plus);
        }
        KaplanMeier.Accumulator actual = LedgerLifetimes.tenures(ledger);
        assertEquals(expected.count(), actual.count());
        if (expected.count() > 0) {
            assertEquals(expected.toCurve(), actual.toCurve());
            assertEquals(expected.toCurve(), LedgerLifetimes.survival(ledger));
        }
        assertEquals(before, LedgerLifetimes.customersBeforeLedger(ledger));
        assertEquals(cohorts, LedgerLifetimes.cohorts(ledger));
    }

    @Property
    void everyFoldIsBitIdenticalOnAnyNumberOfSlices(@ForAll("ledgers") MrrLedger ledger,
            @ForAll @IntRange(min = 1, max = 7) int slices) {
        KaplanMeier.Accumulator whole = ledger.fold(LedgerLifetimes.tenuresFold());
        KaplanMeier.Accumulator sliced = ledger.fold(LedgerLifetimes.tenuresFold(), slices, POOL);
        assertEquals(whole.count(), sliced.count());
        if (whole.count() > 0) {
            assertEquals(whole.toCurve(), sliced.toCurve());
            assertEquals(ledger.fold(LedgerLifetimes.survivalFold()),
                    ledger.fold(LedgerLifetimes.survivalFold(), slices, POOL));
        }
        assertEquals(ledger.fold(LedgerLifetimes.customersBeforeLedgerFold()),
                ledger.fold(LedgerLifetimes.customersBeforeLedgerFold(), slices, POOL));
        assertEquals(ledger.fold(LedgerLifetimes.cohortsFold()), ledger.fold(LedgerLifetimes.cohortsFold(), slices, POOL));
    }

    @Property
    void resultsOfCustomerPartsMergeIntoTheWhole(@ForAll("ledgers") MrrLedger ledger,
            @ForAll @IntRange(min = 1, max = 5) int parts) {
        KaplanMeier.Accumulator tenures = KaplanMeier.accumulator();
        long before = 0;
        SortedMap<YearMonth, CohortLtv> cohorts = new TreeMap<>();
        for (MrrLedger slice : LedgerView.slices(ledger, parts)) {
            tenures.addAll(LedgerLifetimes.tenures(slice));
            before += LedgerLifetimes.customersBeforeLedger(slice);
            LedgerLifetimes.cohorts(slice).forEach((month, ltv) -> cohorts.merge(month, ltv, CohortLtv::plus));
        }
        KaplanMeier.Accumulator whole = LedgerLifetimes.tenures(ledger);
        assertEquals(whole.count(), tenures.count());
        if (whole.count() > 0) {
            assertEquals(whole.toCurve(), tenures.toCurve());
        }
        assertEquals(LedgerLifetimes.customersBeforeLedger(ledger), before);
        assertEquals(LedgerLifetimes.cohorts(ledger), cohorts);
    }
}
