package io.github.saasmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.github.saasmetrics.ledger.CompositeFold;
import io.github.saasmetrics.ledger.FoldResults;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.RandomLedgers;
import io.github.saasmetrics.ltv.CohortLtv;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Several ledger folds in one scan give exactly what each gives alone, on one thread or on slices. */
class FoldProperties {

    static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutDown() {
        POOL.shutdown();
    }

    @Provide
    Arbitrary<MrrLedger> ledgers() {
        return RandomLedgers.any();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return RandomLedgers.periods();
    }

    @Property
    void aCompositeGivesExactlyTheResultsOfTheSeparateFolds(@ForAll("ledgers") MrrLedger ledger,
            @ForAll("periods") ReportingPeriod period, @ForAll CohortGrouping grouping) {
        YearMonth last = ledger.lastMonth();
        LedgerFold<?, MrrBridgeTable> bridge = MrrMovements.monthlyFold();
        LedgerFold<?, ChurnResult> churn = CustomerChurn.fold(period);
        LedgerFold<?, RevenueRetentionResult> revenue = RevenueRetention.fold(period);
        LedgerFold<?, RevenueRetentionResult> trailing = RevenueRetention.trailingTwelveMonthsFold(last);
        LedgerFold<?, CohortTable> cohorts = CohortTable.fold(grouping);
        LedgerFold<?, KaplanMeier.Accumulator> tenures = LedgerLifetimes.tenuresFold();
        LedgerFold<?, SortedMap<YearMonth, CohortLtv>> cohortsLtv = LedgerLifetimes.cohortsFold();
        CompositeFold all = CompositeFold.of(bridge, churn, revenue, trailing, cohorts, tenures, cohortsLtv);

        MrrBridgeTable bridges = ledger.fold(bridge);
        ChurnResult churned = ledger.fold(churn);
        RevenueRetentionResult retained = ledger.fold(revenue);
        RevenueRetentionResult trailingRetained = ledger.fold(trailing);
        CohortTable table = ledger.fold(cohorts);
        KaplanMeier.Accumulator lifetimes = ledger.fold(tenures);
        SortedMap<YearMonth, CohortLtv> values = ledger.fold(cohortsLtv);
        // The separate folds are the calculators' own answers.
        assertEquals(MrrMovements.monthly(ledger), bridges);
        assertEquals(CustomerChurn.measure(ledger, period), churned);
        assertEquals(RevenueRetention.measure(ledger, period), retained);
        assertEquals(RevenueRetention.trailingTwelveMonths(ledger, last), trailingRetained);
        assertEquals(CohortTable.of(ledger, grouping), table);
        assertEquals(LedgerLifetimes.cohorts(ledger), values);

        for (FoldResults results : List.of(ledger.fold(all), ledger.fold(all, 3, POOL))) {
            assertEquals(bridges, results.get(bridge));
            assertEquals(churned, results.get(churn));
            assertEquals(retained, results.get(revenue));
            assertEquals(trailingRetained, results.get(trailing));
            assertEquals(table, results.get(cohorts));
            assertSameTenures(lifetimes, results.get(tenures));
            assertEquals(values, results.get(cohortsLtv));
            assertEquals(7, results.all().size());
        }
    }

    static void assertSameTenures(KaplanMeier.Accumulator expected, KaplanMeier.Accumulator actual) {
        assertNotSame(expected, actual);
        assertEquals(expected.count(), actual.count());
        if (expected.count() > 0) {
            assertEquals(expected.toCurve(), actual.toCurve());
        }
    }
}
