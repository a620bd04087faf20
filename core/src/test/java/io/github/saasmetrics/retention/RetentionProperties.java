package io.github.saasmetrics.retention;

import io.github.saasmetrics.cohort.CohortCell;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.ledger.ReactivationReporting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.lifecycle.AfterContainer;

class RetentionProperties {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth START = YearMonth.of(2023, 12);
    static final int MONTHS = 15;
    static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutDown() {
        POOL.shutdown();
    }

    /** A customer-month row; amount 0 registers the customer without MRR; {@code during} marks paid-inside-only. */
    record Row(String customer, int month, long minor, boolean during) { }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                Arbitraries.integers().between(0, 12).map(i -> "c" + i),
                Arbitraries.integers().between(0, MONTHS - 1),
                Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(0L)),
                        Tuple.of(8, Arbitraries.longs().between(1, 100_000))),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(12, Arbitraries.just(false))))
                .as(Row::new);
        return row.list().ofMaxSize(100);
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Combinators.combine(Arbitraries.integers().between(1, MONTHS - 1),
                Arbitraries.integers().between(0, MONTHS - 2))
                .as((first, length) -> ReportingPeriod.months(START.plusMonths(first),
                        START.plusMonths(Math.min(MONTHS - 1, first + length))));
    }

    static MrrLedger build(List<Row> rows, long scale, MovementConventions conventions) {
        var b = MrrLedger.builder(USD).months(START, START.plusMonths(MONTHS - 1)).movementConventions(conventions);
        java.util.Set<String> paying = new java.util.HashSet<>();
        for (Row r : rows) {
            if (!r.during() && r.minor() != 0) {
                paying.add(r.customer() + "@" + r.month());
            }
        }
        for (Row r : rows) {
            if (r.during() && paying.contains(r.customer() + "@" + r.month())) {
                // A customer with MRR at a month's end was not active during that month only.
                continue;
            }
            if (r.during()) {
                b.paidBetween(CustomerId.of(r.customer()), START.plusMonths(r.month()));
            } else {
                b.add(CustomerId.of(r.customer()), START.plusMonths(r.month()), r.minor() * scale);
            }
        }
        return b.build();
    }

    static MrrLedger build(List<Row> rows) {
        return build(rows, 1, MovementConventions.defaults());
    }

    // ---- The one-pass calculators agree with the definitions, computed the slow way. ----

    @Property
    void churnCountsFollowTheirDefinition(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period,
            @ForAll JoinAndChurn count) {
        MrrLedger ledger = build(rows);
        assertEquals(naiveChurn(ledger, period, count), CustomerChurn.measure(ledger, period, count));
    }

    static ChurnResult naiveChurn(MrrLedger ledger, ReportingPeriod period, JoinAndChurn count) {
        int first = ledger.monthIndex(period.firstMonth());
        int last = ledger.monthIndex(period.lastMonth());
        long s = 0;
        long e = 0;
        long retained = 0;
        long joined = 0;
        long events = 0;
        long churned = 0;
        long jc = 0;
        long exposure = 0;
        long[] stepStart = new long[last - first + 1];
        long[] stepChurned = new long[last - first + 1];
        LedgerView view = LedgerView.of(ledger);
        for (int c = 0; c < ledger.customerCount(); c++) {
            boolean atStart = view.mrr(c, first - 1) > 0;
            boolean atEnd = view.mrr(c, last) > 0;
            boolean inside = false;
            long ownEvents = 0;
            long ownExposure = 0;
            for (int m = first; m <= last; m++) {
                boolean before = view.mrr(c, m - 1) > 0;
                boolean after = view.mrr(c, m) > 0;
                int days = ledger.month(m).lengthOfMonth();
                inside |= after || view.paidBetween(c, m);
                if (before && !after) {
                    ownEvents++;
                }
                if (!before && !after && view.paidBetween(c, m)) {
                    ownEvents++;
                    ownExposure += days;
                }
                ownExposure += (before ? days : 0) + (after ? days : 0);
            }
            if (!atStart && !inside) {
                continue;
            }
            boolean joinAndChurn = !atStart && !atEnd;
            jc += joinAndChurn ? 1 : 0;
            if (joinAndChurn && count == JoinAndChurn.EXCLUDED) {
                continue;
            }
            for (int m = first; m <= last; m++) {
                if (view.mrr(c, m - 1) > 0) {
                    stepStart[m - first]++;
                    if (view.mrr(c, m) == 0) {
                        stepChurned[m - first]++;
                    }
                }
            }
            s += atStart ? 1 : 0;
            e += atEnd ? 1 : 0;
            retained += atStart && atEnd ? 1 : 0;
            joined += atStart ? 0 : 1;
            events += ownEvents;
            churned += ownEvents > 0 ? 1 : 0;
            exposure += ownExposure;
        }
        List<Ratio> steps = new ArrayList<>();
        for (int i = 0; i < stepStart.length; i++) {
            steps.add(stepStart[i] == 0 ? Ratio.UNDEFINED : Ratio.of(stepChurned[i], stepStart[i]));
        }
        return new ChurnResult(period, count, s, e, retained, joined, events, churned, jc, exposure, new RatioSum(steps));
    }

    @Property
    void revenueRetentionFollowsItsDefinition(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period) {
        MrrLedger ledger = build(rows);
        int first = ledger.monthIndex(period.firstMonth());
        int last = ledger.monthIndex(period.lastMonth());
        List<RetentionContribution> expected = new ArrayList<>();
        LedgerView view = LedgerView.of(ledger);
        for (int c = 0; c < ledger.customerCount(); c++) {
            long start = view.mrr(c, first - 1);
            if (start == 0) {
                continue;
            }
            long end = view.mrr(c, last);
            boolean throughout = true;
            for (int m = first; m <= last; m++) {
                throughout &= view.mrr(c, m) > 0;
            }
            long up = throughout ? Math.max(end - start, 0) : 0;
            long down = throughout ? Math.max(start - end, 0) : 0;
            expected.add(new RetentionContribution(ledger.customer(c), usd(start), usd(end), usd(up), usd(down),
                    usd(throughout ? 0 : start), usd(throughout ? 0 : end), usd(0)));
        }
        List<RetentionContribution> actual = RevenueRetention.contributions(ledger, period);
        assertEquals(expected, actual);
        RevenueRetentionResult r = RevenueRetention.measure(ledger, period);
        assertEquals(actual.size(), r.customers());
        assertEquals(actual.stream().map(RetentionContribution::start).reduce(usd(0), (a, b) -> a.plus(b)), r.start());
        assertEquals(actual.stream().map(RetentionContribution::end).reduce(usd(0), (a, b) -> a.plus(b)), r.end());
        assertEquals(actual.stream().map(RetentionContribution::churn).reduce(usd(0), (a, b) -> a.plus(b)), r.churn());
        assertEquals(actual.stream().map(RetentionContribution::expansion).reduce(usd(0), (a, b) -> a.plus(b)),
                r.expansion());
        assertEquals(actual.stream().map(RetentionContribution::reactivation).reduce(usd(0), (a, b) -> a.plus(b)),
                r.reactivation());
    }

    static io.github.saasmetrics.money.Money usd(long minor) {
        return io.github.saasmetrics.money.Money.ofMinor(USD, minor);
    }

    @Property
    void monthlyCohortCellsFollowTheirDefinition(@ForAll("rows") List<Row> rows) {
        MrrLedger ledger = build(rows);
        CohortTable t = CohortTable.of(ledger);
        LedgerView view = LedgerView.of(ledger);
        long placed = 0;
        for (CohortRow row : t.cohorts()) {
            int f = ledger.monthIndex(row.cohort().firstMonth());
            long size = 0;
            for (int c = 0; c < ledger.customerCount(); c++) {
                size += view.firstPaid(c) == f ? 1 : 0;
            }
            assertEquals(size, row.size());
            placed += size;
            assertEquals(MONTHS - f, row.cells().size());
            for (CohortCell cell : row.cells()) {
                long paying = 0;
                long mrr = 0;
                long kept = 0;
                for (int c = 0; c < ledger.customerCount(); c++) {
                    long v = view.firstPaid(c) == f ? view.mrr(c, f + cell.age()) : 0;
                    paying += v > 0 ? 1 : 0;
                    mrr += v;
                    kept += Math.min(v, view.firstPaid(c) == f ? view.mrr(c, f) : 0);
                }
                assertEquals(new CohortCell(cell.age(), paying, usd(mrr), usd(kept)), cell);
            }
        }
        assertEquals(ledger.customerCount(), placed + t.customersBeforeLedger() + t.customersNeverPaid());
    }

    /**
     * Every grouping against its definition, walked customer by customer: a cohort holds the
     * customers whose first payment falls in its period; age {@code k} of a customer is the month
     * {@code k} periods after that customer's own first payment, observed while the cohort's whole
     * {@code k}-th period lies inside the ledger. Holds the monthly fast path and the grouped path
     * equal to one generic walk.
     */
    @Property
    void everyGroupingsCellsFollowTheirDefinition(@ForAll("rows") List<Row> rows) {
        MrrLedger ledger = build(rows);
        LedgerView view = LedgerView.of(ledger);
        int last = ledger.monthCount() - 1;
        for (CohortGrouping g : CohortGrouping.values()) {
            int unit = g.months();
            CohortTable t = CohortTable.of(ledger, g);
            for (CohortRow row : t.cohorts()) {
                int from = ledger.monthIndex(row.cohort().firstMonth());
                int to = from + unit - 1;
                assertEquals(to > last ? 0 : (last - to) / unit + 1, row.cells().size(), row.cohort()::toString);
                long size = 0;
                for (int c = 0; c < ledger.customerCount(); c++) {
                    int f = view.firstPaid(c);
                    size += f >= from && f <= to ? 1 : 0;
                }
                assertEquals(size, row.size(), row.cohort()::toString);
                for (CohortCell cell : row.cells()) {
                    long paying = 0;
                    long mrr = 0;
                    long kept = 0;
                    for (int c = 0; c < ledger.customerCount(); c++) {
                        int f = view.firstPaid(c);
                        if (f < from || f > to || f + cell.age() * unit > last) {
                            continue;
                        }
                        long v = view.mrr(c, f + cell.age() * unit);
                        paying += v > 0 ? 1 : 0;
                        mrr += v;
                        kept += Math.min(v, view.mrr(c, f));
                    }
                    assertEquals(new CohortCell(cell.age(), paying, usd(mrr), usd(kept)), cell,
                            () -> g + " " + row.cohort());
                }
            }
        }
    }

    // ---- Bounds and orderings. ----

    @Property
    void grrNeverExceedsOneHundredPercentAndNrrIsAtLeastGrr(@ForAll("rows") List<Row> rows,
            @ForAll("periods") ReportingPeriod period, @ForAll ReactivationInRetention countReactivation) {
        RevenueRetentionResult r = RevenueRetention.measure(build(rows), period, countReactivation);
        if (r.grr().defined()) {
            assertTrue(r.grr().numerator() >= 0 && r.grr().numerator() <= r.grr().denominator(), r::toString);
            assertEquals(r.grr().denominator(), r.nrr().denominator());
            assertTrue(r.nrr().numerator() >= r.grr().numerator(), r::toString);
        } else {
            assertEquals(0, r.customers());
        }
        for (CohortGrouping g : CohortGrouping.values()) {
            for (CohortRow row : CohortTable.of(build(rows), g).cohorts()) {
                for (int k = 0; k < row.cells().size(); k++) {
                    Ratio grr = row.grossRevenueRetention(k).orElseThrow();
                    if (grr.defined()) {
                        assertTrue(grr.numerator() <= grr.denominator());
                        assertTrue(row.netRevenueRetention(k).orElseThrow().numerator() >= grr.numerator());
                    }
                }
            }
        }
    }

    @Property
    void leavingOutJoinAndChurnNeverRaisesChurn(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period) {
        MrrLedger ledger = build(rows);
        ChurnResult counted = CustomerChurn.measure(ledger, period, JoinAndChurn.COUNTED);
        ChurnResult left = CustomerChurn.measure(ledger, period, JoinAndChurn.EXCLUDED);
        assertTrue(left.churnEvents() <= counted.churnEvents());
        assertEquals(counted.customersAtStart(), left.customersAtStart());
        assertEquals(counted.customersAtEnd(), left.customersAtEnd());
        assertEquals(counted.joinAndChurnCustomers(), left.joinAndChurnCustomers());
        assertEquals(counted.joinedCustomers() - counted.joinAndChurnCustomers(), left.joinedCustomers());
        assertEquals(counted.retention(), left.retention());
    }

    @Property
    void churnAgreesWithTheBridge(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period) {
        MrrLedger ledger = build(rows);
        ChurnResult r = CustomerChurn.measure(ledger, period, JoinAndChurn.COUNTED);
        MrrBridge bridge = MrrMovements.bridge(ledger, period);
        assertEquals(bridge.customersAtStart(), r.customersAtStart());
        assertEquals(bridge.customersAtEnd(), r.customersAtEnd());
        assertEquals(bridge.joinedAndChurnedCustomers(), r.joinAndChurnCustomers());
        assertEquals(bridge.churnedCustomers(), r.monthlyChurn().terms().stream().mapToLong(Ratio::numerator).sum());
        assertEquals(CustomerRetention.rate(ledger, period), r.retention());
    }

    @Property
    void oneMonthOfRetentionIsTheCohortPartOfTheBridge(@ForAll("rows") List<Row> rows,
            @ForAll @IntRange(min = 1, max = MONTHS - 1) int month) {
        MrrLedger ledger = build(rows);
        ReportingPeriod period = ReportingPeriod.month(START.plusMonths(month));
        RevenueRetentionResult r = RevenueRetention.measure(ledger, period);
        MrrBridge bridge = MrrMovements.bridge(ledger, period);
        assertEquals(bridge.start(), r.start());
        assertEquals(bridge.churn(), r.churn());
        assertEquals(bridge.contraction(), r.contraction());
        assertEquals(bridge.expansion(), r.expansion());
        assertEquals(bridge.customersAtStart(), r.customers());
        RevenueChurnResult churn = RevenueChurn.measure(ledger, period);
        if (r.grr().defined() && bridge.reactivation().zero()) {
            assertEquals(r.grr().denominator() - r.grr().numerator(), churn.gross().numerator());
            assertEquals(r.nrr().denominator() - r.nrr().numerator(), churn.net().numerator());
        }
    }

    @Property
    void aCohortWithoutChangesRetainsEverything(@ForAll @IntRange(min = 1, max = 30) int customers,
            @ForAll @IntRange(min = 1, max = 10_000) int price, @ForAll("periods") ReportingPeriod period) {
        var b = MrrLedger.builder(USD).months(START, START.plusMonths(MONTHS - 1));
        for (int c = 0; c < customers; c++) {
            for (int m = 0; m < MONTHS; m++) {
                b.add(CustomerId.of("c" + c), START.plusMonths(m), (long) price * (c + 1));
            }
        }
        MrrLedger ledger = b.build();
        RevenueRetentionResult r = RevenueRetention.measure(ledger, period);
        assertEquals(1.0, r.nrr().value());
        assertEquals(1.0, r.grr().value());
        assertEquals(Ratio.of(0, customers), CustomerChurn.rate(ledger, period));
        assertEquals(Ratio.of(customers, customers), CustomerRetention.rate(ledger, period));
        for (Ratio nrr : CohortTable.of(ledger).averageNetRevenueRetention()) {
            assertEquals(1.0, nrr.value());
        }
    }

    @Property
    void scalingEveryPriceChangesNoRate(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period,
            @ForAll @IntRange(min = 2, max = 1000) int k) {
        MrrLedger base = build(rows, 1, MovementConventions.defaults());
        MrrLedger scaled = build(rows, k, MovementConventions.defaults());
        assertEquals(CustomerChurn.measure(base, period), CustomerChurn.measure(scaled, period));
        RevenueRetentionResult a = RevenueRetention.measure(base, period);
        RevenueRetentionResult b = RevenueRetention.measure(scaled, period);
        assertEquals(a.start().times(k), b.start());
        assertEquals(a.grr().numerator() * k, b.grr().numerator());
        assertEquals(a.nrr().numerator() * k, b.nrr().numerator());
    }

    // ---- Merging, splitting, order. ----

    @Property
    void resultsOfCustomerPartsMergeIntoTheWhole(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period,
            @ForAll @IntRange(min = 1, max = 5) int parts) {
        MrrLedger whole = build(rows, 1, MovementConventions.chartMogul());
        assertEquals(CustomerChurn.measure(whole, period), merge(whole, parts, l -> CustomerChurn.measure(l, period), ChurnResult::plus));
        assertEquals(RevenueRetention.measure(whole, period),
                merge(whole, parts, l -> RevenueRetention.measure(l, period), RevenueRetentionResult::plus));
        assertEquals(RevenueChurn.measure(whole, period),
                merge(whole, parts, l -> RevenueChurn.measure(l, period), RevenueChurnResult::plus));
        for (CohortGrouping g : CohortGrouping.values()) {
            assertEquals(CohortTable.of(whole, g), merge(whole, parts, l -> CohortTable.of(l, g), CohortTable::plus));
            assertEquals(CohortTable.of(whole, g), whole.fold(CohortTable.fold(g), parts, POOL));
            // Any partition, not only consecutive slices: by a hash of the identifier.
            CohortTable byHash = null;
            for (int p = 0; p < parts; p++) {
                int part = p;
                CohortTable t = CohortTable.of(whole, g, id -> Math.floorMod(id.value().hashCode(), parts) == part);
                byHash = byHash == null ? t : byHash.plus(t);
            }
            assertEquals(CohortTable.of(whole, g), byHash);
        }
        assertEquals(CustomerChurn.measure(whole, period), whole.fold(CustomerChurn.fold(period), parts, POOL));
        assertEquals(RevenueRetention.measure(whole, period), whole.fold(RevenueRetention.fold(period), parts, POOL));
        YearMonth last = START.plusMonths(MONTHS - 1);
        assertEquals(RevenueRetention.trailingTwelveMonths(whole, last),
                whole.fold(RevenueRetention.trailingTwelveMonthsFold(last), parts, POOL));
    }

    @Property
    void cohortTablesAndRevenueChurnAreBitIdenticalOnAnyNumberOfSlices(@ForAll("rows") List<Row> rows,
            @ForAll("periods") ReportingPeriod period, @ForAll CohortGrouping grouping,
            @ForAll @IntRange(min = 1, max = 7) int slices) {
        MrrLedger ledger = build(rows, 1, MovementConventions.chartMogul());
        List<LedgerFold<?, ?>> folds = List.of(CohortTable.fold(grouping),
                CohortTable.fold(grouping, id -> Math.floorMod(id.value().hashCode(), 3) != 0),
                RevenueChurn.fold(period));
        for (LedgerFold<?, ?> fold : folds) {
            assertEquals(ledger.fold(fold), ledger.fold(fold, slices, POOL), fold::toString);
        }
        assertEquals(CohortTable.of(ledger, grouping), ledger.fold(CohortTable.fold(grouping), slices, POOL));
        assertEquals(RevenueChurn.measure(MrrMovements.bridge(ledger, period)), ledger.fold(RevenueChurn.fold(period)));
    }

    static <R> R merge(MrrLedger ledger, int parts, Function<MrrLedger, R> metric, java.util.function.BinaryOperator<R> plus) {
        R result = null;
        for (MrrLedger slice : LedgerView.slices(ledger, parts)) {
            R part = metric.apply(slice);
            result = result == null ? part : plus.apply(result, part);
        }
        return result;
    }

    @Property
    void inputOrderNeverChangesAnyResult(@ForAll("rows") List<Row> rows, @ForAll("periods") ReportingPeriod period,
            @ForAll long seed) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        MrrLedger a = build(rows);
        MrrLedger b = build(shuffled);
        assertEquals(CustomerChurn.measure(a, period), CustomerChurn.measure(b, period));
        assertEquals(RevenueRetention.contributions(a, period), RevenueRetention.contributions(b, period));
        assertEquals(RevenueChurn.measure(a, period), RevenueChurn.measure(b, period));
        assertEquals(CohortTable.of(a, CohortGrouping.QUARTER), CohortTable.of(b, CohortGrouping.QUARTER));
    }

    // ---- Conversions. ----

    @Property
    void churnConversionsAreInverse(@ForAll @DoubleRange(min = 0, max = 0.999) @Scale(6) double rate) {
        assertEquals(rate, ChurnConversions.annualChurn(ChurnConversions.monthlyChurn(rate)), 1e-12);
        // Above about 50 % monthly churn the annual survival (1 − annual) is below 1e-4 and a double
        // holding the annual rate keeps too few of its digits to invert exactly.
        if (rate <= 0.5) {
            assertEquals(rate, ChurnConversions.monthlyChurn(ChurnConversions.annualChurn(rate)), 1e-12);
        }
        assertTrue(ChurnConversions.annualChurn(rate) >= rate);
        assertTrue(ChurnConversions.monthlyChurn(rate) <= rate);
    }

    @Property
    void discountConversionsAreInverse(@ForAll @DoubleRange(min = -0.5, max = 2) double rate) {
        assertEquals(rate, ChurnConversions.monthlyDiscountRate(ChurnConversions.annualDiscountRate(rate)), 1e-9);
        assertEquals(rate, ChurnConversions.annualDiscountRate(ChurnConversions.monthlyDiscountRate(rate)), 1e-9);
    }

    @Property
    void lifetimeTimesChurnIsOne(@ForAll @DoubleRange(min = 0.0001, max = 1) @Scale(6) double churn) {
        assertEquals(1.0, ChurnConversions.averageLifetime(churn).orElseThrow() * churn, 1e-12);
    }
}
