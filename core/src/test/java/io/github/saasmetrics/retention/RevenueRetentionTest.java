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
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class RevenueRetentionTest {

    static final Currency USD = Currency.getInstance("USD");
    static final ReportingPeriod FEB = ReportingPeriod.parse("2024-02");

    static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    /** The field guide: $100 at the start, $10 churn, $10 contraction, $10 expansion, plus a $25 newcomer. */
    static MrrLedger fieldGuide() {
        return MrrLedger.builder(USD)
                .add("a", "2024-01", "USD 10.00")
                .add("b", "2024-01", "USD 30.00").add("b", "2024-02", "USD 20.00")
                .add("c", "2024-01", "USD 30.00").add("c", "2024-02", "USD 40.00")
                .add("d", "2024-01", "USD 30.00").add("d", "2024-02", "USD 30.00")
                .add("new", "2024-02", "USD 25.00")
                .months(YearMonth.of(2024, 1), YearMonth.of(2024, 2))
                .build();
    }

    @Test
    void fieldGuideGrrNrrAndMrrChurn() {
        RevenueRetentionResult r = RevenueRetention.measure(fieldGuide(), FEB);
        assertEquals(Ratio.of(8000, 10000), r.grr());
        assertEquals(Ratio.of(9000, 10000), r.nrr());
        assertEquals(new RevenueRetentionResult(FEB, ReactivationInRetention.EXCLUDED, 4, 1, 1, 1, 0, usd("100.00"), usd("10.00"), usd("10.00"),
                usd("10.00"), usd("0.00"), usd("0.00"), usd("90.00")), r);
        assertEquals("2024-02: GRR 80.00% (USD 80.00 / USD 100.00), NRR 90.00% (USD 90.00 / USD 100.00) over 4 customers; "
                + "USD 100.00 + "
                + "expansion 10.00 − contraction 10.00 − churn 10.00 = USD 90.00", r.toString());
        RevenueChurnResult churn = RevenueChurn.measure(fieldGuide(), FEB);
        assertEquals(Ratio.of(2000, 10000), churn.gross());
        assertEquals(Ratio.of(1000, 10000), churn.net());
        assertEquals("2024-02: gross MRR churn 20.00% (USD 20.00 / USD 100.00), net 10.00% (USD 10.00 / USD 100.00); "
                + "start USD 100.00, "
                + "churn 10.00, contraction 0.00, expansion 10.00, reactivation 0.00".replace("contraction 0.00",
                        "contraction 10.00"), churn.toString());
        assertEquals(RevenueRetention.measure(fieldGuide(), FEB), RevenueRetention.monthly(fieldGuide(), YearMonth.of(2024, 2)));
    }

    @Test
    void contributionsTraceEveryAmountToACustomer() {
        List<RetentionContribution> rows = RevenueRetention.contributions(fieldGuide(), FEB);
        assertEquals(List.of("a USD 10.00 → USD 0.00 (churn 10.00)", "b USD 30.00 → USD 20.00 (contraction 10.00)",
                "c USD 30.00 → USD 40.00 (expansion 10.00)", "d USD 30.00 → USD 30.00"),
                rows.stream().map(Object::toString).toList());
        JsonRoundTrip.assertRoundTrips(rows.get(1), RetentionContribution.class);
    }

    @Test
    void netMrrChurnIsNegativeWhenExpansionWins() {
        MrrLedger ledger = MrrLedger.builder(USD).add("a", "2024-01", "USD 10.00").add("a", "2024-02", "USD 25.00")
                .add("b", "2024-01", "USD 10.00").add("b", "2024-02", "USD 5.00").build();
        RevenueChurnResult churn = RevenueChurn.measure(ledger, FEB);
        assertEquals(Ratio.of(-1000, 2000), churn.net());
        assertEquals(Ratio.of(500, 2000), churn.gross());
        assertEquals(Ratio.of(3000, 2000), RevenueRetention.measure(ledger, FEB).nrr());
    }

    /**
     * A quarter: x leaves in January and returns in March at $60; y dips from $100 to $50 in February and
     * recovers; z pays $40 throughout; w is new in February.
     */
    static MrrLedger quarter(MovementConventions conventions) {
        MrrLedgerBuilder b = MrrLedger.builder(USD).months(YearMonth.of(2023, 12), YearMonth.of(2024, 3))
                .movementConventions(conventions)
                .add("x", "2023-12", "USD 50.00").add("x", "2024-03", "USD 60.00")
                .add("y", "2023-12", "USD 100.00").add("y", "2024-01", "USD 100.00").add("y", "2024-02", "USD 50.00")
                .add("y", "2024-03", "USD 100.00")
                .add("w", "2024-02", "USD 70.00").add("w", "2024-03", "USD 70.00");
        for (YearMonth m = YearMonth.of(2023, 12); !m.isAfter(YearMonth.of(2024, 3)); m = m.plusMonths(1)) {
            b.add(CustomerId.of("z"), m, Money.parse("USD 40.00"));
        }
        return b.build();
    }

    @Test
    void aQuarterComparesEndWithStartAndReactivationIsAnOption() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        RevenueRetentionResult without = RevenueRetention.quarterly(quarter(MovementConventions.defaults()), 2024, 1);
        assertEquals(new RevenueRetentionResult(q1, ReactivationInRetention.EXCLUDED, 3, 0, 0, 1, 1, usd("190.00"), usd("0.00"), usd("0.00"),
                usd("50.00"), usd("60.00"), usd("0.00"), usd("200.00")), without);
        assertEquals(Ratio.of(14000, 19000), without.grr());
        assertEquals(Ratio.of(14000, 19000), without.nrr());
        RevenueRetentionResult with = RevenueRetention.measure(quarter(MovementConventions.defaults()), q1, ReactivationInRetention.INCLUDED);
        assertEquals(Ratio.of(14000, 19000), with.grr());
        assertEquals(Ratio.of(20000, 19000), with.nrr());
        // Lago's convention (reactivation as expansion) counts it by default.
        assertEquals(with, RevenueRetention.measure(quarter(MovementConventions.lago()), q1));
        assertEquals("2024-Q1: GRR 73.68% (USD 140.00 / USD 190.00), NRR 73.68% (USD 140.00 / USD 190.00) over 3 customers; "
                + "USD 190.00 + "
                + "expansion 0.00 − contraction 0.00 − churn 50.00 + reactivation 60.00 (not in NRR) = USD 200.00",
                without.toString());
        // The bridge of the same quarter sees y's dip as contraction and expansion.
        RevenueChurnResult churn = RevenueChurn.measure(quarter(MovementConventions.defaults()), q1);
        assertEquals(new RevenueChurnResult(q1, usd("190.00"), usd("50.00"), usd("50.00"), usd("50.00"), usd("60.00")),
                churn);
    }

    @Test
    void trailingTwelveMonthsComparesWithTheSameMonthAYearBefore() {
        MrrLedgerBuilder b = MrrLedger.builder(USD).months(YearMonth.of(2023, 1), YearMonth.of(2024, 6));
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2024, 6)); m = m.plusMonths(1)) {
            b.add(CustomerId.of("grows"), m, m.isBefore(YearMonth.of(2024, 1)) ? 10000 : 15000);
            if (m.isBefore(YearMonth.of(2023, 9))) {
                b.add(CustomerId.of("leaves"), m, 10000);
            }
            if (!m.isBefore(YearMonth.of(2023, 7))) {
                b.add(CustomerId.of("joins"), m, 99900);
            }
        }
        MrrLedger ledger = b.build();
        RevenueRetentionResult ttm = RevenueRetention.trailingTwelveMonths(ledger, YearMonth.of(2024, 6));
        assertEquals(ReportingPeriod.months(YearMonth.of(2023, 7), YearMonth.of(2024, 6)), ttm.period());
        assertEquals(2, ttm.customers());
        assertEquals(Ratio.of(10000, 20000), ttm.grr());
        assertEquals(Ratio.of(15000, 20000), ttm.nrr());
        assertEquals(ttm, RevenueRetention.trailingTwelveMonths(ledger, YearMonth.of(2024, 6), ReactivationInRetention.EXCLUDED));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertEquals(ttm, ledger.fold(RevenueRetention.trailingTwelveMonthsFold(YearMonth.of(2024, 6)), 3, pool));
        } finally {
            pool.shutdown();
        }
        assertEquals("trailing twelve months to 2023-12 compare 2022-12 with 2023-12, but the ledger holds "
                + "2023-01..2024-06", assertThrows(IllegalArgumentException.class,
                        () -> RevenueRetention.trailingTwelveMonths(ledger, YearMonth.of(2023, 12))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RevenueRetention.trailingTwelveMonths(ledger, YearMonth.of(2024, 7)));
        // A calendar year needs the December before it.
        assertThrows(IllegalArgumentException.class, () -> RevenueRetention.annual(ledger, 2023));
        assertEquals(RevenueRetention.measure(ledger, ReportingPeriod.quarter(2024, 2)),
                RevenueRetention.quarterly(ledger, 2024, 2));
    }

    @Test
    void exchangeRateChangesAreNeitherExpansionNorContraction() {
        ExchangeRates rates = ExchangeRates.builder(USD)
                .rate("EUR", LocalDate.of(2023, 1, 1), "1.10")
                .rate("EUR", LocalDate.of(2024, 3, 1), "1.20").build();
        Subscription sub = Subscription.builder("s", "c1").price("EUR 100.00").start(LocalDate.of(2023, 11, 1)).build();
        MrrLedger ledger = MrrLedger.fromSubscriptions(List.of(sub),
                ReportingPeriod.months(YearMonth.of(2024, 1), YearMonth.of(2024, 4)), MrrConventions.defaults(), rates);
        ReportingPeriod period = ReportingPeriod.months(YearMonth.of(2024, 2), YearMonth.of(2024, 4));
        RevenueRetentionResult r = RevenueRetention.measure(ledger, period);
        assertEquals(usd("110.00"), r.start());
        assertEquals(usd("120.00"), r.end());
        assertEquals(usd("10.00"), r.fx());
        assertEquals(usd("0.00"), r.expansion());
        assertEquals(Ratio.of(11000, 11000), r.nrr());
        assertEquals("c1 USD 110.00 → USD 120.00 (fx 10.00)",
                RevenueRetention.contributions(ledger, period).get(0).toString());
    }

    @Test
    void emptyLedgersAndBadPeriods() {
        MrrLedger empty = MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 2)).build();
        RevenueRetentionResult r = RevenueRetention.measure(empty, FEB);
        assertFalse(r.grr().defined());
        assertFalse(r.nrr().defined());
        assertFalse(RevenueChurn.measure(empty, FEB).gross().defined());
        assertEquals(List.of(), RevenueRetention.contributions(empty, FEB));
        assertEquals("period 2024-01 must be whole months within 2024-02..2024-02, the months this ledger can bridge "
                + "(2024-01 is its opening month)", assertThrows(IllegalArgumentException.class,
                        () -> RevenueRetention.measure(empty, ReportingPeriod.parse("2024-01"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RevenueChurn.measure(empty, ReportingPeriod.parse("2024-Q1")));
        assertThrows(IllegalArgumentException.class, () -> RevenueRetention.quarterly(empty, 2024, 5));
    }

    @Test
    void resultsMergeRoundTripAndRejectNonsense() {
        MrrLedger ledger = quarter(MovementConventions.defaults());
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        RevenueRetentionResult whole = RevenueRetention.measure(ledger, q1);
        RevenueRetentionResult merged = null;
        for (MrrLedger slice : LedgerView.slices(ledger, 4)) {
            RevenueRetentionResult part = RevenueRetention.measure(slice, q1);
            merged = merged == null ? part : merged.plus(part);
        }
        assertEquals(whole, merged);
        JsonRoundTrip.assertRoundTrips(whole, RevenueRetentionResult.class);
        JsonRoundTrip.assertRoundTrips(RevenueChurn.measure(ledger, q1), RevenueChurnResult.class);
        assertThrows(IllegalArgumentException.class, () -> whole.plus(RevenueRetention.measure(ledger, q1, ReactivationInRetention.INCLUDED)));
        assertThrows(IllegalArgumentException.class, () -> new RevenueRetentionResult(q1, ReactivationInRetention.EXCLUDED, 1, 0, 0, 0, 0,
                usd("10.00"), usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), usd("9.00")));
        assertThrows(IllegalArgumentException.class, () -> new RetentionContribution(CustomerId.of("a"), usd("10.00"),
                usd("0.00"), usd("0.00"), usd("10.00"), usd("10.00"), usd("0.00"), usd("10.00")));
        assertThrows(IllegalArgumentException.class, () -> new RevenueChurnResult(q1, usd("1.00"), usd("-1.00"),
                usd("0.00"), usd("0.00"), usd("0.00")));
    }
}
