package io.github.saasmetrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class CohortTableTest {

    static final Currency USD = Currency.getInstance("USD");

    static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    /** January: a at $10, b at $20; February: a leaves, b grows to $30; March: c joins at $5. */
    static MrrLedger example() {
        return MrrLedger.builder(USD)
                .add("a", "2024-01", "USD 10.00")
                .add("b", "2024-01", "USD 20.00").add("b", "2024-02", "USD 30.00").add("b", "2024-03", "USD 30.00")
                .add("c", "2024-03", "USD 5.00")
                .build();
    }

    @Test
    void theWorkedExample() {
        CohortTable t = CohortTable.of(example());
        assertEquals(2, t.cohorts().size());
        CohortRow jan = t.cohort(ReportingPeriod.parse("2024-01")).orElseThrow();
        assertEquals(new CohortRow(ReportingPeriod.parse("2024-01"), 2, List.of(
                new CohortCell(0, 2, usd("30.00"), usd("30.00")),
                new CohortCell(1, 1, usd("30.00"), usd("20.00")),
                new CohortCell(2, 1, usd("30.00"), usd("20.00")))), jan);
        assertEquals(Optional.of(Ratio.of(1, 2)), jan.logoRetention(1));
        assertEquals(Optional.of(Ratio.of(3000, 3000)), jan.netRevenueRetention(2));
        assertEquals(Optional.of(Ratio.of(2000, 3000)), jan.grossRevenueRetention(2));
        assertEquals(Optional.empty(), jan.logoRetention(3));
        CohortRow mar = t.cohort(ReportingPeriod.parse("2024-03")).orElseThrow();
        assertEquals(1, mar.cells().size());
        assertEquals(Optional.empty(), mar.cell(1));
        assertEquals(Optional.empty(), t.cohort(ReportingPeriod.parse("2024-02")));
        assertEquals(List.of(Ratio.of(3, 3), Ratio.of(1, 2), Ratio.of(1, 2)), t.averageLogoRetention());
        assertEquals(List.of(Ratio.of(3500, 3500), Ratio.of(3000, 3000), Ratio.of(3000, 3000)),
                t.averageNetRevenueRetention());
        assertEquals(List.of(Ratio.of(3500, 3500), Ratio.of(2000, 3000), Ratio.of(2000, 3000)),
                t.averageGrossRevenueRetention());
    }

    @Test
    void theTrianglePrintsFutureCellsBlank() {
        CohortTable t = CohortTable.of(example());
        assertEquals("""
                cohorts by first paid month, logo retention by age in months, 2023-12 to 2024-03
                cohort   customers      m0     m1     m2
                2024-01          2  100.0%  50.0%  50.0%
                2024-03          1  100.0%
                average          3  100.0%  50.0%  50.0%""", t.toString());
        assertEquals("""
                cohorts by first paid month, customers by age in months, 2023-12 to 2024-03
                cohort   customers  m0  m1  m2
                2024-01          2   2   1   1
                2024-03          1   1
                total            3   3   1   1""", t.toText(CohortMetric.CUSTOMERS));
        assertEquals("""
                cohorts by first paid month, gross revenue retention by age in months, 2023-12 to 2024-03

                | cohort | customers | m0 | m1 | m2 |
                |---|---:|---:|---:|---:|
                | 2024-01 | 2 | 100.0% | 66.7% | 66.7% |
                | 2024-03 | 1 | 100.0% |  |  |
                | average | 3 | 100.0% | 66.7% | 66.7% |
                """, t.toMarkdown(CohortMetric.GROSS_REVENUE_RETENTION));
        assertEquals(true, t.toText(CohortMetric.MRR).contains("2024-01          2  30.00  30.00  30.00"));
        assertEquals(true, t.toText(CohortMetric.NET_REVENUE_RETENTION).contains("2024-03          1  100.0%"));
        assertEquals(t.toMarkdown(CohortMetric.LOGO_RETENTION), t.toMarkdown());
    }

    @Test
    void quartersAgeEachCustomerFromItsOwnFirstMonth() {
        MrrLedger ledger = MrrLedger.builder(USD).months(YearMonth.of(2023, 12), YearMonth.of(2024, 9))
                .add("early", "2023-12", "USD 1.00")
                .add("p", "2024-01", "USD 10.00").add("p", "2024-04", "USD 10.00").add("p", "2024-07", "USD 10.00")
                .add("q", "2024-03", "USD 20.00").add("q", "2024-06", "USD 20.00")
                .add("r", "2024-04", "USD 5.00").add("r", "2024-07", "USD 5.00")
                .build();
        CohortTable t = CohortTable.of(ledger, CohortGrouping.QUARTER);
        assertEquals(1, t.customersBeforeLedger());
        CohortRow q1 = t.cohort(ReportingPeriod.quarter(2024, 1)).orElseThrow();
        assertEquals(List.of(new CohortCell(0, 2, usd("30.00"), usd("30.00")),
                new CohortCell(1, 2, usd("30.00"), usd("30.00")),
                new CohortCell(2, 1, usd("10.00"), usd("10.00"))), q1.cells());
        assertEquals(2, t.cohort(ReportingPeriod.quarter(2024, 2)).orElseThrow().cells().size());
        assertEquals("""
                cohorts by first paid quarter, logo retention by age in quarters, 2023-12 to 2024-09
                cohort   customers      q0      q1     q2
                2024-Q1          2  100.0%  100.0%  50.0%
                2024-Q2          1  100.0%  100.0%
                average          3  100.0%  100.0%  50.0%
                1 customer whose cohort begins before 2023-12 not shown""", t.toString());
        CohortTable years = CohortTable.of(ledger, CohortGrouping.YEAR);
        assertEquals(1, years.cohorts().size());
        assertEquals(List.of(), years.cohorts().get(0).cells());
        assertEquals(1, years.customersBeforeLedger());
    }

    @Test
    void customersBeforeTheLedgerAndWithoutPaymentAreCountedNotHidden() {
        MrrLedger ledger = MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 3))
                .add("old", "2024-02", "USD 10.00").firstPaid(CustomerId.of("old"), YearMonth.of(2023, 6))
                .add("free", "2024-02", "USD 0.00")
                .add("new", "2024-02", "USD 10.00")
                .paidBetween(CustomerId.of("flash"), YearMonth.of(2024, 2))
                .build();
        CohortTable t = CohortTable.of(ledger);
        assertEquals(1, t.customersBeforeLedger());
        assertEquals(1, t.customersNeverPaid());
        CohortRow feb = t.cohorts().get(0);
        // "flash" paid only inside February: in the cohort, not paying at age 0.
        assertEquals(2, feb.size());
        assertEquals(Optional.of(Ratio.of(1, 2)), feb.logoRetention(0));
        assertEquals(true, t.toString().endsWith("""
                1 customer whose cohort begins before 2024-01 not shown
                1 customer without any payment not shown"""));
    }

    @Test
    void segmentsSlicesAndParallelMerge() {
        MrrLedger ledger = example();
        CohortTable whole = CohortTable.of(ledger);
        CohortTable a = CohortTable.of(ledger, CohortGrouping.MONTH, id -> id.value().equals("a"));
        CohortTable rest = CohortTable.of(ledger, CohortGrouping.MONTH, id -> !id.value().equals("a"));
        assertEquals(1, a.cohorts().size());
        assertEquals(whole, a.plus(rest));
        assertEquals(whole, rest.plus(a));
        assertEquals(CohortTable.of(ledger.filter(id -> id.value().equals("a"))), a);
        CohortTable merged = null;
        for (MrrLedger slice : LedgerView.slices(ledger, 3)) {
            merged = merged == null ? CohortTable.of(slice) : merged.plus(CohortTable.of(slice));
        }
        assertEquals(whole, merged);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertEquals(whole, ledger.fold(CohortTable.fold(CohortGrouping.MONTH), 3, pool));
            assertEquals(a, ledger.fold(CohortTable.fold(CohortGrouping.MONTH, id -> id.value().equals("a")), 3, pool));
        } finally {
            pool.shutdown();
        }
        assertThrows(IllegalArgumentException.class, () -> whole.plus(CohortTable.of(ledger, CohortGrouping.QUARTER)));
    }

    @Test
    void overflowingCellsNameTheCohortAndTheAge() {
        long big = Long.MAX_VALUE / 2 + 1;
        MrrLedger ledger = MrrLedger.builder(USD).months(YearMonth.of(2023, 12), YearMonth.of(2024, 3))
                .add(CustomerId.of("a"), YearMonth.of(2024, 1), big).add(CustomerId.of("a"), YearMonth.of(2024, 2), 1)
                .add(CustomerId.of("b"), YearMonth.of(2024, 1), big)
                .build();
        ArithmeticException one = assertThrows(ArithmeticException.class, () -> CohortTable.of(ledger));
        assertEquals("cohort table by month: the MRR of cohort 2024-01 at age 0 overflows a long of minor units of USD",
                one.getMessage());
        ArithmeticException merged = assertThrows(ArithmeticException.class,
                () -> ledger.fold(CohortTable.fold(CohortGrouping.QUARTER), 2, Runnable::run));
        assertEquals("cohort table by quarter: the MRR of cohort 2024-Q1 at age 0 overflows a long of minor units of USD",
                merged.getMessage());
        CohortTable a = CohortTable.of(ledger, CohortGrouping.MONTH, id -> id.value().equals("a"));
        CohortTable b = CohortTable.of(ledger, CohortGrouping.MONTH, id -> id.value().equals("b"));
        ArithmeticException plus = assertThrows(ArithmeticException.class, () -> a.plus(b));
        assertEquals("cohort 2024-01 at age 0: a count or an amount overflows a long", plus.getMessage());
    }

    @Test
    void roundTripsThroughJsonWithAbsentCellsLeftOut() {
        CohortTable t = CohortTable.of(example());
        String json = JsonRoundTrip.assertRoundTrips(t, CohortTable.class);
        assertEquals(true, json.contains("\"cohort\":\"2024-03\",\"size\":1,\"cells\":[{\"age\":0,"), json);
        JsonRoundTrip.assertRoundTrips(t.cohorts().get(0), CohortRow.class);
    }

    @Test
    void anEmptyLedgerHasNoCohorts() {
        CohortTable t = CohortTable.of(MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 3)).build());
        assertEquals(List.of(), t.cohorts());
        assertEquals(List.of(), t.averageLogoRetention());
        assertEquals("cohorts by first paid month, logo retention by age in months, 2024-01 to 2024-03\n"
                + "cohort  customers", t.toString());
    }

    @Test
    void inconsistentTablesAreRejected() {
        ReportingPeriod months = ReportingPeriod.months(YearMonth.of(2024, 1), YearMonth.of(2024, 3));
        CohortRow feb = new CohortRow(ReportingPeriod.parse("2024-02"), 1,
                List.of(new CohortCell(0, 1, usd("1.00"), usd("1.00")), new CohortCell(1, 1, usd("1.00"), usd("1.00"))));
        new CohortTable(CohortGrouping.MONTH, months, List.of(feb), 0, 0);
        assertEquals("cohort 2024-02 must have 1 observed ages in the months 2024-01..2024-02 but had 2",
                assertThrows(IllegalArgumentException.class, () -> new CohortTable(CohortGrouping.MONTH,
                        ReportingPeriod.months(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), List.of(feb), 0, 0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new CohortTable(CohortGrouping.QUARTER, months, List.of(feb), 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new CohortTable(CohortGrouping.MONTH, months, List.of(feb, feb), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CohortRow(ReportingPeriod.parse("2024-02"), 0,
                List.of(new CohortCell(0, 1, usd("1.00"), usd("1.00")))));
        assertThrows(IllegalArgumentException.class, () -> new CohortRow(ReportingPeriod.parse("2024-02"), 1,
                List.of(new CohortCell(1, 1, usd("1.00"), usd("1.00")))));
        assertThrows(IllegalArgumentException.class, () -> new CohortCell(0, 1, usd("1.00"), usd("2.00")));
    }
}
