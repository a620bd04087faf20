package io.github.saasmetrics.subscription;

import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationReporting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MovementType;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per convention: what it changes, on a small example. */
class MrrConventionsTest {

    static final Currency USD = Currency.getInstance("USD");
    static final CustomerId C1 = CustomerId.of("c1");

    static MrrLedger ledger(MrrConventions conventions, Subscription... subs) {
        return MrrLedger.fromSubscriptions(List.of(subs), ReportingPeriod.months(YearMonth.of(2024, 1),
                YearMonth.of(2024, 12)), conventions, USD);
    }

    static Money mrr(MrrLedger ledger, int month) {
        return ledger.mrr(C1, YearMonth.of(2024, month));
    }

    /** Monthly $100 from Jan 10, cancellation requested Mar 5, effective Mar 20. */
    static Subscription cancelled() {
        return Subscription.builder("s1", "c1").price("USD 100.00").start(LocalDate.of(2024, 1, 10))
                .cancelRequestedAt(LocalDate.of(2024, 3, 5)).end(LocalDate.of(2024, 3, 20)).build();
    }

    @Test
    void defaultsAreDocumented() {
        MrrConventions d = MrrConventions.defaults();
        assertEquals(ChurnRecognition.AT_PERIOD_END, d.churnRecognition());
        assertEquals(MeasurementInstant.LAST_DAY, d.measurementInstant());
        assertEquals(30, d.pastDueGraceDays());
        assertTrue(d.discountReducesMrr(Discount.Duration.FOREVER));
        assertTrue(d.discountReducesMrr(Discount.Duration.REPEATING));
        assertFalse(d.discountReducesMrr(Discount.Duration.ONCE));
        assertEquals(FxRateConvention.SERVICE_PERIOD_START, d.fxRateConvention());
        JsonRoundTrip.assertRoundTrips(d, MrrConventions.class);
        JsonRoundTrip.assertRoundTrips(MrrConventions.chartMogul(), MrrConventions.class);
    }

    @Test
    void churnRecognitionMovesTheChurnMonth() {
        // Paid period Mar 10 – Apr 10 contains the end date Mar 20.
        MrrLedger periodEnd = ledger(MrrConventions.defaults(), cancelled());
        assertEquals(Money.parse("USD 100.00"), mrr(periodEnd, 3));
        assertEquals(Money.parse("USD 0.00"), mrr(periodEnd, 4));
        MrrLedger atEnd = ledger(MrrConventions.defaults().withChurnRecognition(ChurnRecognition.AT_CANCELLATION)
                .withMeasurementInstant(MeasurementInstant.FIRST_DAY), cancelled());
        assertEquals(Money.parse("USD 100.00"), mrr(atEnd, 3));
        assertEquals(Money.parse("USD 0.00"), mrr(atEnd, 4));
        // Measured on the last day, a Mar 20 cancellation is out of March's MRR under AT_CANCELLATION.
        MrrLedger atEndLastDay = ledger(MrrConventions.defaults().withChurnRecognition(ChurnRecognition.AT_CANCELLATION),
                cancelled());
        assertEquals(Money.parse("USD 0.00"), mrr(atEndLastDay, 3));
        assertEquals(Money.parse("USD 100.00"), mrr(atEndLastDay, 2));
        MrrLedger atRequest = ledger(MrrConventions.defaults().withChurnRecognition(ChurnRecognition.AT_REQUEST)
                .withMeasurementInstant(MeasurementInstant.FIRST_DAY), cancelled());
        assertEquals(Money.parse("USD 100.00"), mrr(atRequest, 3));
        MrrLedger atRequestMid = MrrLedger.fromSubscriptions(List.of(cancelled()), ReportingPeriod.months(
                YearMonth.of(2024, 1), YearMonth.of(2024, 4)), MrrConventions.defaults()
                .withChurnRecognition(ChurnRecognition.AT_REQUEST), USD);
        assertEquals(Money.parse("USD 0.00"), atRequestMid.mrr(C1, YearMonth.of(2024, 3)));
    }

    @Test
    void pastDueKeepsMrrForTheGraceWindowThenChurns() {
        Subscription s = Subscription.builder("s1", "c1").price("USD 50.00").start(LocalDate.of(2024, 1, 1))
                .status(LocalDate.of(2024, 3, 15), SubscriptionStatus.PAST_DUE)
                .status(LocalDate.of(2024, 6, 2), SubscriptionStatus.ACTIVE).build();
        MrrLedger baremetrics = ledger(MrrConventions.baremetrics(), s);
        assertEquals(Money.parse("USD 50.00"), mrr(baremetrics, 3));   // Mar 31: 16 days past due
        assertEquals(Money.parse("USD 0.00"), mrr(baremetrics, 4));    // Apr 30: 46 days: churned
        assertEquals(Money.parse("USD 50.00"), mrr(baremetrics, 6));   // active again
        List<MrrMovement> moves = MrrMovements.movements(baremetrics, ReportingPeriod.months(YearMonth.of(2024, 2),
                YearMonth.of(2024, 12)));
        assertEquals(List.of(MovementType.CHURN, MovementType.REACTIVATION), moves.stream().map(MrrMovement::type).toList());
        MrrLedger strict = ledger(MrrConventions.defaults().withPastDueGraceDays(0), s);
        assertEquals(Money.parse("USD 0.00"), mrr(strict, 3));
        MrrLedger lenient = ledger(MrrConventions.defaults().withPastDueGraceDays(90), s);
        assertEquals(Money.parse("USD 50.00"), mrr(lenient, 5));
    }

    @Test
    void pausedSubscriptionsCarryNoMrr() {
        Subscription s = Subscription.builder("s1", "c1").price("USD 50.00").start(LocalDate.of(2024, 1, 1))
                .status(LocalDate.of(2024, 4, 10), SubscriptionStatus.PAUSED)
                .status(LocalDate.of(2024, 7, 1), SubscriptionStatus.ACTIVE).build();
        MrrLedger l = ledger(MrrConventions.defaults(), s);
        assertEquals(Money.parse("USD 0.00"), mrr(l, 4));
        assertEquals(Money.parse("USD 50.00"), mrr(l, 7));
    }

    @Test
    void discountKindsReduceMrrAsConfigured() {
        Subscription s = Subscription.builder("s1", "c1").price("USD 100.00").start(LocalDate.of(2024, 1, 15))
                .discount(Discount.percentRepeating(new BigDecimal("20"), 3))
                .discount(Discount.amountOnce(Money.parse("USD 30.00"))).build();
        MrrLedger l = ledger(MrrConventions.defaults(), s);
        assertEquals(Money.parse("USD 80.00"), mrr(l, 1));
        assertEquals(Money.parse("USD 80.00"), mrr(l, 3));
        assertEquals(Money.parse("USD 100.00"), mrr(l, 4));   // discount ended Apr 15: expansion
        List<MrrMovement> april = MrrMovements.movements(l, YearMonth.of(2024, 4));
        assertEquals(MovementType.EXPANSION, april.get(0).type());
        MrrLedger withOnce = ledger(MrrConventions.defaults()
                .withDiscountsReducingMrr(java.util.EnumSet.allOf(Discount.Duration.class)), s);
        assertEquals(Money.parse("USD 50.00"), mrr(withOnce, 1));  // 100 × 0.8 − 30 in the first period
        assertEquals(Money.parse("USD 80.00"), mrr(withOnce, 2));
        MrrLedger none = ledger(MrrConventions.defaults().withDiscountsReducingMrr(java.util.Set.of()), s);
        assertEquals(Money.parse("USD 100.00"), mrr(none, 1));
        MrrLedger onlyForever = ledger(MrrConventions.defaults()
                .withDiscountsReducingMrr(java.util.Set.of(Discount.Duration.FOREVER)), s);
        assertEquals(Money.parse("USD 100.00"), mrr(onlyForever, 1));   // the repeating 20 % no longer counts
        assertEquals(MrrConventions.defaults(), MrrConventions.defaults().withDiscountsReducingMrr(
                java.util.Set.of(Discount.Duration.FOREVER, Discount.Duration.REPEATING)));
    }

    @Test
    void trialsAndFreePlansCarryNoMrr() {
        Subscription trial = Subscription.builder("t", "c1").price("USD 40.00").start(LocalDate.of(2024, 1, 20))
                .trialEnd(LocalDate.of(2024, 2, 3)).build();
        MrrLedger l = ledger(MrrConventions.defaults(), trial);
        assertEquals(Money.parse("USD 0.00"), mrr(l, 1));
        assertEquals(Money.parse("USD 40.00"), mrr(l, 2));
        assertEquals(MovementType.NEW_BUSINESS, MrrMovements.movements(l, YearMonth.of(2024, 2)).get(0).type());
        Subscription free = Subscription.builder("f", "c1").price("USD 0.00").start(LocalDate.of(2024, 1, 1))
                .end(LocalDate.of(2024, 3, 1)).build();
        Subscription paid = Subscription.builder("p", "c1").price("USD 30.00").start(LocalDate.of(2024, 3, 1))
                .end(LocalDate.of(2024, 6, 1)).build();
        Subscription backToFree = Subscription.builder("f2", "c1").price("USD 0.00").start(LocalDate.of(2024, 6, 1)).build();
        MrrLedger f = ledger(MrrConventions.defaults(), free, paid, backToFree);
        List<MrrMovement> moves = MrrMovements.movements(f, ReportingPeriod.months(YearMonth.of(2024, 1),
                YearMonth.of(2024, 12)));
        assertEquals(List.of(MovementType.NEW_BUSINESS, MovementType.CHURN), moves.stream().map(MrrMovement::type).toList());
        assertEquals(YearMonth.of(2024, 6), moves.get(1).month());
    }

    @Test
    void reactivationCanBeFoldedIntoExpansion() {
        Subscription first = Subscription.builder("a", "c1").price("USD 10.00").start(LocalDate.of(2024, 1, 1))
                .end(LocalDate.of(2024, 3, 1)).build();
        Subscription again = Subscription.builder("b", "c1").price("USD 20.00").start(LocalDate.of(2024, 6, 1)).build();
        MrrBridge separate = MrrMovements.bridge(ledger(MrrConventions.defaults(), first, again), ReportingPeriod.year(2024));
        assertEquals(Money.parse("USD 20.00"), separate.reactivation());
        assertEquals(1, separate.reactivatedCustomers());
        MrrBridge lago = MrrMovements.bridge(ledger(MrrConventions.lago(), first, again)
                .withMovementConventions(MovementConventions.lago()), ReportingPeriod.year(2024));
        // The ledger's convention and an explicit option on the metric agree.
        assertEquals(lago, ledger(MrrConventions.defaults(), first, again)
                .fold(MrrMovements.bridgeFold(ReportingPeriod.year(2024), ReactivationReporting.AS_EXPANSION)));
        assertEquals(Money.parse("USD 0.00"), lago.reactivation());
        assertEquals(Money.parse("USD 20.00"), lago.expansion());
        assertEquals(1, lago.reactivatedCustomers());
        assertEquals(0, lago.expandedCustomers());
    }

    @Test
    void shortGapsCanBeBridged() {
        Subscription first = Subscription.builder("a", "c1").price("USD 10.00").start(LocalDate.of(2024, 1, 1))
                .end(LocalDate.of(2024, 3, 25)).build();
        Subscription again = Subscription.builder("b", "c1").price("USD 10.00").start(LocalDate.of(2024, 4, 3)).build();
        MrrConventions atCancel = MrrConventions.defaults().withChurnRecognition(ChurnRecognition.AT_CANCELLATION);
        MrrBridge plain = MrrMovements.bridge(ledger(atCancel, first, again), ReportingPeriod.year(2024));
        assertEquals(1, plain.churnedCustomers());
        assertEquals(1, plain.reactivatedCustomers());
        MrrBridge bridged = MrrMovements.bridge(ledger(atCancel.withReactivationGapDays(14), first, again),
                ReportingPeriod.year(2024));
        assertEquals(0, bridged.churnedCustomers());
        assertEquals(0, bridged.reactivatedCustomers());
        assertEquals(Money.parse("USD 10.00"), bridged.end());
    }

    @Test
    void joinAndChurnInsideAMonthIsKept() {
        Subscription brief = Subscription.builder("a", "c1").price("USD 10.00").start(LocalDate.of(2024, 5, 3))
                .end(LocalDate.of(2024, 5, 10)).build();
        MrrLedger l = ledger(MrrConventions.stripe(), brief);
        assertTrue(LedgerView.of(l).paidBetween(0, l.monthIndex(YearMonth.of(2024, 5))));
        MrrBridge may = MrrMovements.monthly(l, ReportingPeriod.month(YearMonth.of(2024, 5))).get(0);
        assertEquals(1, may.joinedAndChurnedCustomers());
        assertEquals(0, may.newCustomers());
        assertEquals(1, MrrMovements.bridge(l, ReportingPeriod.quarter(2024, 2)).joinedAndChurnedCustomers());
    }

    @Test
    void badOptionsAreRejected() {
        assertEquals("pastDueGraceDays must be 0 to 3650 but was -1", assertThrows(IllegalArgumentException.class,
                () -> MrrConventions.defaults().withPastDueGraceDays(-1)).getMessage());
    }

    @Test
    void conventionsSurviveJavaSerialization() throws Exception {
        MrrConventions conventions = MrrConventions.chartMogul().withPastDueGraceDays(7).withReactivationGapDays(14);
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(conventions);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(conventions, in.readObject());
        }
    }
}
