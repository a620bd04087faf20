package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MovementType;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.FxRateConvention;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MrrLedgerTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);

    @Test
    void builderRowsAddUpAndStartWithAnOpeningMonth() {
        MrrLedger l = MrrLedger.builder(USD)
                .add("b", "2024-02", "USD 20.00")
                .add("a", "2024-01", "USD 10.00")
                .add("a", "2024-01", "USD 5.00")
                .add("c", "2024-02", "USD 0.00")
                .build();
        assertEquals(YearMonth.of(2023, 12), l.firstMonth());
        assertEquals(List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c")), l.customers());
        assertEquals(Money.parse("USD 15.00"), l.mrr(CustomerId.of("a"), JAN));
        assertEquals(Money.parse("USD 0.00"), l.mrr(CustomerId.of("c"), JAN.plusMonths(1)));
        assertEquals(Money.parse("USD 20.00"), l.total(JAN.plusMonths(1)));
        assertEquals(2, l.rowCount());
        assertEquals(Optional.of(JAN), l.firstPaidMonth(CustomerId.of("a")));
        assertEquals(Optional.empty(), l.firstPaidMonth(CustomerId.of("c")));
        assertEquals("MrrLedger[USD, 2023-12..2024-02, 3 customers, 2 rows]", l.toString());
        MrrBridgeTable t = MrrMovements.monthly(l);
        assertEquals(2, t.size());
        assertEquals(Money.parse("USD 15.00"), t.get(0).newBusiness());
        assertEquals(Money.parse("USD 15.00"), t.get(1).churn());
        assertEquals(Money.parse("USD 20.00"), t.get(1).newBusiness());
    }

    @Test
    void firstPaymentHintsMakeReturnsReactivations() {
        MrrLedger l = MrrLedger.builder(USD).months(JAN, JAN.plusMonths(2))
                .add("a", "2024-02", "USD 10.00")
                .firstPaid(CustomerId.of("a"), YearMonth.of(2022, 5))
                .build();
        assertEquals(Money.parse("USD 10.00"), MrrMovements.monthly(l).get(0).reactivation());
        assertThrows(IllegalArgumentException.class, () -> MrrLedger.builder(USD).add("a", "2024-02", "USD 1.00")
                .firstPaid(CustomerId.of("a"), YearMonth.of(2024, 3)).build());
    }

    @Test
    void badRowsAreRejectedNamingCustomerAndMonth() {
        assertEquals("MRR of customer a in 2024-01 must not be negative but was USD -1.00",
                assertThrows(IllegalArgumentException.class,
                        () -> MrrLedger.builder(USD).add("a", "2024-01", "USD -1.00")).getMessage());
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> MrrLedger.builder(USD).add("a", "2024-01", "EUR 1.00"));
        assertEquals("currency mismatch in customer a, month 2024-01: expected USD but got EUR", e.getMessage());
        assertEquals("row of customer a in 2025-01 is outside the ledger's months 2024-01..2024-12",
                assertThrows(IllegalArgumentException.class, () -> MrrLedger.builder(USD)
                        .months(JAN, YearMonth.of(2024, 12)).add("a", "2025-01", "USD 1.00").build()).getMessage());
        assertThrows(IllegalStateException.class, () -> MrrLedger.builder(USD).build());
        assertEquals("customer a has MRR in 2024-01, so it cannot also be marked as active during that month only",
                assertThrows(IllegalArgumentException.class, () -> MrrLedger.builder(USD).add("a", "2024-01", "USD 1.00")
                        .paidBetween(CustomerId.of("a"), JAN).build()).getMessage());
        MrrLedger l = MrrLedger.builder(USD).add("a", "2024-01", "USD 1.00").build();
        assertEquals("month 2025-01 is outside the ledger's months 2023-12..2024-01",
                assertThrows(IllegalArgumentException.class, () -> l.total(YearMonth.of(2025, 1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MrrMovements.bridge(l, ReportingPeriod.year(2024)));
    }

    @Test
    void badSubscriptionsAreRejectedNamingTheSubscription() {
        assertEquals("end of subscription s1 (2024-01-01) is before its start (2024-02-01)",
                assertThrows(IllegalArgumentException.class, () -> Subscription.builder("s1", "c1").price("USD 1.00")
                        .start(LocalDate.of(2024, 2, 1)).end(LocalDate.of(2024, 1, 1)).build()).getMessage());
        assertEquals("quantity of subscription s1 must not be negative but was -2",
                assertThrows(IllegalArgumentException.class, () -> Subscription.builder("s1", "c1").price("USD 1.00")
                        .quantity(-2).start(LocalDate.of(2024, 2, 1)).build()).getMessage());
        assertEquals("unitPrice of subscription s1 must not be negative but was USD -1.00",
                assertThrows(IllegalArgumentException.class, () -> Subscription.builder("s1", "c1").price("USD -1.00")
                        .start(LocalDate.of(2024, 2, 1)).build()).getMessage());
        assertEquals("interval count must be at least 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> BillingInterval.every(0, BillingInterval.Unit.MONTH))
                        .getMessage());
        Subscription s = Subscription.builder("s1", "c1").price("USD 1.00").start(LocalDate.of(2024, 2, 1)).build();
        Subscription t = Subscription.builder("s1", "c2").price("USD 1.00").start(LocalDate.of(2024, 2, 1)).build();
        assertEquals("subscription id 's1' appears twice (customers c1 and c2)",
                assertThrows(IllegalArgumentException.class, () -> MrrLedger.fromSubscriptions(List.of(s, t),
                        ReportingPeriod.year(2024), MrrConventions.defaults(), USD)).getMessage());
        Subscription eur = Subscription.builder("e1", "c3").price("EUR 10.00").start(LocalDate.of(2024, 2, 1)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MrrLedger.fromSubscriptions(
                List.of(eur), ReportingPeriod.year(2024), MrrConventions.defaults(), USD));
        assertEquals("subscription e1 of customer c3: no exchange rate from EUR to USD in effect on 2024-02-01",
                e.getMessage());
    }

    @Test
    void aFirstPaymentAfterTheLedgerIsNotAFirstPaymentInIt() {
        Subscription late = Subscription.builder("t", "late").price("USD 10.00").start(LocalDate.of(2024, 12, 20))
                .trialEnd(LocalDate.of(2025, 1, 3)).build();
        MrrLedger l = MrrLedger.fromSubscriptions(List.of(late), ReportingPeriod.year(2024), MrrConventions.defaults(), USD);
        assertEquals(List.of(CustomerId.of("late")), l.customers());
        assertEquals(CustomerTimeline.NEVER_PAID, Timelines.firstPaidMonth(l, CustomerId.of("late")));
        assertEquals(Optional.empty(), l.firstPaidMonth(CustomerId.of("late")));
        assertThrows(IllegalArgumentException.class, () -> MrrLedger.builder(USD).months(JAN, JAN.plusMonths(1))
                .firstPaid(CustomerId.of("x"), JAN.plusMonths(2)).build());
    }

    @Test
    void exchangeRateChangesGoToTheFxLine() {
        ExchangeRates rates = ExchangeRates.builder(USD)
                .rate("EUR", LocalDate.of(2023, 1, 1), "1.10")
                .rate("EUR", LocalDate.of(2024, 3, 1), "1.20").build();
        Subscription monthly = Subscription.builder("m", "c1").price("EUR 100.00").start(LocalDate.of(2024, 1, 1)).build();
        Subscription annual = Subscription.builder("a", "c2").price("EUR 1200.00").interval(BillingInterval.annual())
                .start(LocalDate.of(2023, 6, 1)).build();
        ReportingPeriod period = ReportingPeriod.months(JAN, YearMonth.of(2024, 7));
        MrrLedger l = MrrLedger.fromSubscriptions(List.of(monthly, annual), period, MrrConventions.defaults(), rates);
        assertTrue(l.hasFx());
        assertEquals(Money.parse("USD 110.00"), l.mrr(CustomerId.of("c1"), YearMonth.of(2024, 2)));
        assertEquals(Money.parse("USD 120.00"), l.mrr(CustomerId.of("c1"), YearMonth.of(2024, 3)));
        // The annual plan keeps its service-period rate until it renews on 2024-06-01.
        assertEquals(Money.parse("USD 110.00"), l.mrr(CustomerId.of("c2"), YearMonth.of(2024, 5)));
        assertEquals(Money.parse("USD 120.00"), l.mrr(CustomerId.of("c2"), YearMonth.of(2024, 6)));
        MrrBridgeTable t = MrrMovements.monthly(l);
        MrrBridge march = t.get(2);
        assertEquals(Money.parse("USD 10.00"), march.fx());
        assertEquals(Money.parse("USD 0.00"), march.expansion());
        assertEquals(Money.parse("USD 10.00"), t.get(5).fx());
        assertEquals(List.of(new MrrMovement(CustomerId.of("c1"), YearMonth.of(2024, 3), MovementType.FX,
                Money.parse("USD 10.00"), Money.parse("USD 110.00"), Money.parse("USD 120.00"))),
                MrrMovements.movements(l, YearMonth.of(2024, 3)));
        MrrLedger monthlyRates = MrrLedger.fromSubscriptions(List.of(annual), period,
                MrrConventions.defaults().withFxRateConvention(FxRateConvention.MONTH_START), rates);
        assertEquals(Money.parse("USD 120.00"), monthlyRates.mrr(CustomerId.of("c2"), YearMonth.of(2024, 3)));
    }

    @Test
    void segmentsAreFilteredLedgers() {
        MrrLedger l = MrrLedger.builder(USD).add("pro-1", "2024-01", "USD 100.00").add("basic-1", "2024-01", "USD 10.00")
                .add("pro-2", "2024-02", "USD 100.00").paidBetween(CustomerId.of("basic-2"), JAN).build();
        MrrLedger pro = l.filter(id -> id.value().startsWith("pro"));
        assertEquals(List.of(CustomerId.of("pro-1"), CustomerId.of("pro-2")), pro.customers());
        assertEquals(Money.parse("USD 200.00"), pro.total(YearMonth.of(2024, 2)).plus(pro.total(JAN)));
        MrrLedger basic = l.filter(id -> id.value().startsWith("basic"));
        assertTrue(Timelines.paidBetween(basic, CustomerId.of("basic-2"), JAN));
        assertFalse(Timelines.paidBetween(pro, CustomerId.of("pro-1"), YearMonth.of(2024, 2)));
    }

    @Test
    void snapshotsAndBridgesRoundTripThroughJson() {
        MrrLedger l = MrrLedger.builder(USD).add("a", "2024-01", "USD 10.00").add("b", "2024-01", "USD 2.50")
                .add("a", "2024-02", "USD 12.00").build();
        MrrSnapshot snap = l.snapshot(JAN);
        assertEquals(Money.parse("USD 12.50"), snap.total());
        JsonRoundTrip.assertRoundTrips(snap, MrrSnapshot.class);
        MrrBridgeTable t = MrrMovements.monthly(l);
        JsonRoundTrip.assertRoundTrips(t.get(1), MrrBridge.class);
        JsonRoundTrip.assertRoundTrips(t, MrrBridgeTable.class);
        JsonRoundTrip.assertRoundTrips(MrrMovements.movements(l, YearMonth.of(2024, 2)).get(0), MrrMovement.class);
        MrrBridge between = MrrMovements.between(snap, l.snapshot(JAN.plusMonths(1)));
        assertEquals(t.get(1), between);
        Map<CustomerId, Money> m = new TreeMap<>(Map.of(CustomerId.of("x"), Money.parse("USD 0.00")));
        assertThrows(IllegalArgumentException.class, () -> new MrrSnapshot(JAN, USD, new TreeMap<>(m)));
    }

    @Test
    void customerByIndexChecksTheIndex() {
        MrrLedger ledger = MrrLedger.builder(java.util.Currency.getInstance("USD")).add("a", "2024-01", "USD 1.00")
                .add("b", "2024-01", "USD 2.00").build();
        assertEquals(CustomerId.of("b"), ledger.customer(1));
        assertThrows(IndexOutOfBoundsException.class, () -> ledger.customer(2));
        assertThrows(IndexOutOfBoundsException.class, () -> ledger.customer(-1));
    }

    @Test
    void movementConventionsAreKeptAndCompared() {
        MrrLedger ledger = MrrLedger.builder(java.util.Currency.getInstance("USD")).add("a", "2024-01", "USD 1.00").build();
        MrrLedger chartMogul = ledger.withMovementConventions(io.github.saasmetrics.ledger.MovementConventions.chartMogul());
        assertEquals(io.github.saasmetrics.ledger.MovementConventions.chartMogul(), chartMogul.movementConventions());
        assertFalse(ledger.equals(chartMogul));
        assertEquals(ledger, chartMogul.withMovementConventions(io.github.saasmetrics.ledger.MovementConventions.defaults()));
        assertTrue(ledger == ledger.withMovementConventions(io.github.saasmetrics.ledger.MovementConventions.defaults()));
    }
}
