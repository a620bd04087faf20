package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.ledger.ReactivationReporting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class CustomerChurnTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final YearMonth FEB = YearMonth.of(2024, 2);
    static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);

    /** 100 pay in January, 10 of them stop in February, and one customer joins and leaves inside February. */
    static MrrLedger chartMogulExample(MovementConventions conventions) {
        MrrLedgerBuilder b = MrrLedger.builder(USD).months(JAN, FEB).movementConventions(conventions);
        for (int i = 0; i < 100; i++) {
            String id = String.format("c%03d", i);
            b.add(id, "2024-01", "USD 50.00");
            if (i >= 10) {
                b.add(id, "2024-02", "USD 50.00");
            }
        }
        return b.paidBetween(CustomerId.of("passing"), FEB).build();
    }

    @Test
    void chartMogulLeavesOutTheCustomerWhoJoinedAndChurnedInTheMonth() {
        ReportingPeriod feb = ReportingPeriod.month(FEB);
        assertEquals(Ratio.of(10, 100), CustomerChurn.rate(chartMogulExample(MovementConventions.chartMogul()), feb));
        assertEquals(Ratio.of(11, 100), CustomerChurn.rate(chartMogulExample(MovementConventions.defaults()), feb));
        // The per-call option overrides the ledger's convention, both ways.
        assertEquals(Ratio.of(11, 100), CustomerChurn.measure(chartMogulExample(MovementConventions.chartMogul()), feb, JoinAndChurn.COUNTED).rate());
        assertEquals(Ratio.of(10, 100), CustomerChurn.measure(chartMogulExample(MovementConventions.defaults()), feb, JoinAndChurn.EXCLUDED).rate());
        ChurnResult left = CustomerChurn.measure(chartMogulExample(MovementConventions.chartMogul()), feb);
        assertEquals(1, left.joinAndChurnCustomers());
        assertEquals(0, left.joinedCustomers());
        assertEquals(Ratio.of(10, 100), left.rate(ChurnDenominator.START_PLUS_NEW));
        ChurnResult counted = CustomerChurn.measure(chartMogulExample(MovementConventions.defaults()), feb);
        assertEquals(Ratio.of(11, 101), counted.rate(ChurnDenominator.START_PLUS_NEW));
        // The bridge agrees: 10 churned customers, and one who joined and churned inside the month.
        MrrBridge bridge = MrrMovements.bridge(chartMogulExample(MovementConventions.defaults()), feb);
        assertEquals(10, bridge.churnedCustomers());
        assertEquals(1, bridge.joinedAndChurnedCustomers());
    }

    /** The denominators' worked example: a 30-day month, 100 at the start, 10 leave, none join. */
    @Test
    void everyDenominatorOfTheThirtyDayMonthExample() {
        MrrLedgerBuilder b = MrrLedger.builder(USD).months(YearMonth.of(2024, 3), YearMonth.of(2024, 4));
        for (int i = 0; i < 100; i++) {
            String id = String.format("c%03d", i);
            b.add(id, "2024-03", "USD 10.00");
            if (i >= 10) {
                b.add(id, "2024-04", "USD 10.00");
            }
        }
        ChurnResult r = CustomerChurn.measure(b.build(), ReportingPeriod.parse("2024-04"));
        assertEquals(Ratio.of(10, 100), r.rate(ChurnDenominator.START));
        assertEquals(Ratio.of(10, 100), r.rate(ChurnDenominator.START_PLUS_NEW));
        assertEquals(Ratio.of(20, 190), r.rate(ChurnDenominator.AVERAGE));
        assertEquals(new BigDecimal("2850"), r.customerDays());
        assertEquals(Ratio.of(600, 5700), r.rate(ChurnDenominator.CUSTOMER_DAYS));
        assertEquals(new RatioSum(List.of(Ratio.of(10, 100))), r.dailySum());
        assertEquals(0.1, r.value(ChurnDenominator.DAILY_SUM), 1e-15);
        assertEquals(Ratio.of(90, 100), r.retention());
    }

    /**
     * A quarter (April to June 2024, March opening) in which every rule shows:
     * a pays throughout; b leaves in April, returns in May, leaves again in June; c leaves in May;
     * d joins in April and stays; e joins in May and leaves in June; f pays only inside April;
     * g leaves in April and returns in June.
     */
    static MrrLedger quarter(MovementConventions conventions) {
        return MrrLedger.builder(USD).months(YearMonth.of(2024, 3), YearMonth.of(2024, 6)).movementConventions(conventions)
                .add("a", "2024-03", "USD 10.00").add("a", "2024-04", "USD 10.00").add("a", "2024-05", "USD 10.00")
                .add("a", "2024-06", "USD 10.00")
                .add("b", "2024-03", "USD 10.00").add("b", "2024-05", "USD 10.00")
                .add("c", "2024-03", "USD 10.00").add("c", "2024-04", "USD 10.00")
                .add("d", "2024-04", "USD 10.00").add("d", "2024-05", "USD 10.00").add("d", "2024-06", "USD 10.00")
                .add("e", "2024-05", "USD 10.00")
                .paidBetween(CustomerId.of("f"), YearMonth.of(2024, 4))
                .add("g", "2024-03", "USD 10.00").add("g", "2024-06", "USD 10.00")
                .build();
    }

    @Test
    void aQuarterCountsChurnEventsNotCustomers() {
        ChurnResult r = CustomerChurn.measure(quarter(MovementConventions.defaults()), Q2);
        assertEquals(new ChurnResult(Q2, JoinAndChurn.COUNTED, 4, 3, 2, 3, 6, 5, 2, 667,
                new RatioSum(List.of(Ratio.of(2, 4), Ratio.of(1, 3), Ratio.of(2, 4)))), r);
        assertEquals(Ratio.of(6, 4), r.rate());
        assertEquals(Ratio.of(6, 7), r.rate(ChurnDenominator.START_PLUS_NEW));
        assertEquals(Ratio.of(12, 7), r.rate(ChurnDenominator.AVERAGE));
        assertEquals(Ratio.of(2 * 6 * 91, 667), r.rate(ChurnDenominator.CUSTOMER_DAYS));
        assertEquals("133.33% (2/4 + 1/3 + 2/4)", r.dailySum().toString());
        assertEquals(Ratio.of(2, 4), r.retention());
        // The bridge counts the same events at month-ends; f is the one it sees only inside April.
        MrrBridge bridge = MrrMovements.bridge(quarter(MovementConventions.defaults()), Q2);
        assertEquals(5, bridge.churnedCustomers());
        assertEquals(2, bridge.joinedAndChurnedCustomers());
    }

    @Test
    void leavingOutJoinAndChurnRemovesThoseCustomersFromEveryCount() {
        ChurnResult r = CustomerChurn.measure(quarter(MovementConventions.chartMogul()), Q2);
        assertEquals(new ChurnResult(Q2, JoinAndChurn.EXCLUDED, 4, 3, 2, 1, 4, 3, 2, 576,
                new RatioSum(List.of(Ratio.of(2, 4), Ratio.of(1, 3), Ratio.of(1, 3)))), r);
        assertEquals(Ratio.of(4, 4), r.rate());
        assertEquals(Ratio.of(4, 5), r.rate(ChurnDenominator.START_PLUS_NEW));
        assertEquals(Ratio.of(2 * 4 * 91, 576), r.rate(ChurnDenominator.CUSTOMER_DAYS));
    }

    @Test
    void ledgerRetentionDiffersFromTheTextbookWhenACustomerLeavesAndReturns() {
        // Ten customers pay all quarter, except c0, who leaves in January and returns in March.
        MrrLedgerBuilder b = MrrLedger.builder(USD).months(YearMonth.of(2023, 12), YearMonth.of(2024, 3));
        for (int i = 0; i < 10; i++) {
            for (int m = 0; m < 4; m++) {
                if (i != 0 || m == 0 || m == 3) {
                    b.add(CustomerId.of("c" + i), YearMonth.of(2023, 12).plusMonths(m), 1000);
                }
            }
        }
        MrrLedger ledger = b.build();
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        MrrBridge bridge = MrrMovements.bridge(ledger, q1);
        long acquired = bridge.newCustomers() + bridge.reactivatedCustomers();
        assertEquals(Ratio.of(9, 10), CustomerRetention.rate(bridge.customersAtStart(), bridge.customersAtEnd(), acquired));
        assertEquals(Ratio.of(10, 10), CustomerRetention.rate(ledger, q1));
        assertEquals(Ratio.of(1, 10), CustomerChurn.rate(ledger, q1));
    }

    @Test
    void periodsOutsideTheLedgerAreRejectedNamingTheMonths() {
        MrrLedger ledger = quarter(MovementConventions.defaults());
        String expected = "period 2024-03 must be whole months within 2024-04..2024-06, the months this ledger can "
                + "bridge (2024-03 is its opening month)";
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> CustomerChurn.measure(ledger, ReportingPeriod.parse("2024-03"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CustomerChurn.measure(ledger, ReportingPeriod.parse("2024-Q3")));
        assertThrows(IllegalArgumentException.class,
                () -> CustomerChurn.measure(ledger, ReportingPeriod.parse("2024-04-15/2024-05-15")));
        assertThrows(IllegalArgumentException.class, () -> CustomerRetention.rate(ledger, ReportingPeriod.parse("2024")));
        assertThrows(IllegalArgumentException.class, () -> CustomerChurn.measure(ledger, Q2).rate(ChurnDenominator.DAILY_SUM));
        assertThrows(NullPointerException.class, () -> CustomerChurn.measure(null, Q2));
    }

    @Test
    void anEmptyLedgerGivesUndefinedRates() {
        MrrLedger empty = MrrLedger.builder(USD).months(JAN, FEB).build();
        ChurnResult r = CustomerChurn.measure(empty, ReportingPeriod.month(FEB));
        for (ChurnDenominator d : List.of(ChurnDenominator.START, ChurnDenominator.START_PLUS_NEW,
                ChurnDenominator.AVERAGE, ChurnDenominator.CUSTOMER_DAYS)) {
            assertFalse(r.rate(d).defined(), d::name);
        }
        assertFalse(r.dailySum().defined());
        assertFalse(r.retention().defined());
        assertThrows(IllegalStateException.class, () -> r.value(ChurnDenominator.DAILY_SUM));
        assertEquals("undefined (0/0)", r.dailySum().toString());
    }

    @Test
    void customersWhoAllJoinAndLeaveHaveNoStartSoTheRateIsUndefined() {
        MrrLedger ledger = MrrLedger.builder(USD).months(JAN, YearMonth.of(2024, 3))
                .add("x", "2024-02", "USD 5.00").build();
        ChurnResult r = CustomerChurn.measure(ledger, ReportingPeriod.months(FEB, YearMonth.of(2024, 3)));
        assertEquals(1, r.churnEvents());
        assertFalse(r.rate().defined());
        assertEquals(Ratio.of(1, 1), r.rate(ChurnDenominator.START_PLUS_NEW));
    }

    @Test
    void slicesMergeAndParallelEqualsSequential() {
        MrrLedger ledger = quarter(MovementConventions.defaults());
        ChurnResult whole = CustomerChurn.measure(ledger, Q2);
        ChurnResult merged = null;
        for (MrrLedger slice : LedgerView.slices(ledger, 3)) {
            ChurnResult part = CustomerChurn.measure(slice, Q2);
            merged = merged == null ? part : merged.plus(part);
        }
        assertEquals(whole, merged);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertEquals(whole, ledger.fold(CustomerChurn.fold(Q2), 4, pool));
        } finally {
            pool.shutdown();
        }
        assertThrows(IllegalArgumentException.class,
                () -> whole.plus(CustomerChurn.measure(quarter(MovementConventions.chartMogul()), Q2)));
    }

    @Test
    void roundTripsThroughJsonAndPrintsEveryDenominator() {
        ChurnResult r = CustomerChurn.measure(quarter(MovementConventions.defaults()), Q2);
        JsonRoundTrip.assertRoundTrips(r, ChurnResult.class);
        JsonRoundTrip.assertRoundTrips(r.dailySum(), RatioSum.class);
        assertEquals("""
                customer churn 2024-Q2: 4 at start, 3 at end, 2 retained, 3 customers joined (new or returning), 6 churn events by 5 customers, \
                333.5 customer-days; 2 joined and churned inside the period (counted)
                denominator                  rate          counted
                start                     150.00%              6/4
                start plus new             85.71%              6/7
                average of start and end  171.43%             12/7
                customer-days             163.72%        1,092/667
                sum of monthly rates      133.33%  2/4 + 1/3 + 2/4""", r.toString());
        assertEquals(true, r.toMarkdown().contains("| start | 150.00% | 6/4 |"));
    }

    @Test
    void longSumsPrintTheirTermsBelowTheTable() {
        MrrLedger ledger = quarter(MovementConventions.defaults());
        ChurnResult r = CustomerChurn.measure(ledger, ReportingPeriod.months(YearMonth.of(2024, 4), YearMonth.of(2024, 6)));
        assertFalse(r.toString().contains("monthly ratios"));
        MrrLedger longer = MrrLedger.builder(USD).add("a", "2024-01", "USD 1.00").add("a", "2024-02", "USD 1.00")
                .add("b", "2024-01", "USD 1.00").add("b", "2024-04", "USD 1.00").build();
        ChurnResult year = CustomerChurn.measure(longer, ReportingPeriod.months(JAN, YearMonth.of(2024, 4)));
        assertEquals(List.of("sum of monthly rates        150.00%  sum of 4 monthly ratios",
                "monthly ratios: 0/0 + 1/2 + 1/1 + 0/0"), year.toString().lines().skip(6).toList());
        assertEquals(true, year.toMarkdown().endsWith("| sum of monthly rates | 150.00% | sum of 4 monthly ratios |\n\n"
                + "monthly ratios: 0/0 + 1/2 + 1/1 + 0/0\n"));
    }

    @Test
    void inconsistentCountsAreRejected() {
        RatioSum one = new RatioSum(List.of(Ratio.UNDEFINED));
        ReportingPeriod jan = ReportingPeriod.month(JAN);
        assertEquals("retainedCustomers (3) must not exceed customersAtStart (2) or customersAtEnd (5)",
                assertThrows(IllegalArgumentException.class,
                        () -> new ChurnResult(jan, JoinAndChurn.COUNTED, 2, 5, 3, 0, 0, 0, 0, 0, one)).getMessage());
        assertEquals("churnEvents must not be negative but was -1", assertThrows(IllegalArgumentException.class,
                () -> new ChurnResult(jan, JoinAndChurn.COUNTED, 2, 5, 1, 0, -1, 0, 0, 0, one)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChurnResult(jan, JoinAndChurn.COUNTED, 2, 5, 1, 0, 1, 2, 0, 0, one));
        assertThrows(IllegalArgumentException.class,
                () -> new ChurnResult(ReportingPeriod.quarter(2024, 1), JoinAndChurn.COUNTED, 2, 5, 1, 0, 1, 1, 0, 0, one));
    }
}
