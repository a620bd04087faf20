package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineKindSplitTest {

    private static final Currency USD = Currency.getInstance("USD");
    static final ReportingPeriod PERIOD = ReportingPeriod.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5));

    private static Subscription line(String id, String customer, String price, LineKind kind, String start, String end) {
        return Subscription.builder(id, customer).price(price).lineKind(kind).start(LocalDate.parse(start))
                .end(end == null ? null : LocalDate.parse(end)).build();
    }

    /** acme: a plan and an add-on moving in opposite directions; beta: a plan upgrade and no add-on. */
    static final List<Subscription> SUBSCRIPTIONS = List.of(
            line("acme-plan-1", "acme", "USD 100.00", LineKind.PLAN, "2024-01-01", "2024-03-01"),
            line("acme-plan-2", "acme", "USD 80.00", LineKind.PLAN, "2024-03-01", "2024-04-01"),
            line("acme-plan-3", "acme", "USD 100.00", LineKind.PLAN, "2024-04-01", null),
            line("acme-addon-1", "acme", "USD 30.00", LineKind.ADD_ON, "2024-02-01", "2024-03-01"),
            line("acme-addon-2", "acme", "USD 60.00", LineKind.ADD_ON, "2024-03-01", "2024-04-01"),
            line("beta-plan-1", "beta", "USD 50.00", LineKind.PLAN, "2024-01-01", "2024-03-01"),
            line("beta-plan-2", "beta", "USD 80.00", LineKind.PLAN, "2024-03-01", null));

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    @Test
    void workedExample() {
        LineKindBreakdown b = LineKindSplit.measure(SUBSCRIPTIONS, PERIOD, MrrConventions.defaults(), USD);
        assertEquals(List.of(LineKind.PLAN, LineKind.ADD_ON), b.kinds());
        YearMonth march = YearMonth.of(2024, 3);
        YearMonth april = YearMonth.of(2024, 4);
        // March: acme's plan −20 and add-on +30 net to +10, all add-on; beta's upgrade +30 is plan.
        assertEquals(usd("10.00"), b.amount(march, MovementType.EXPANSION, LineKind.ADD_ON));
        assertEquals(usd("30.00"), b.amount(march, MovementType.EXPANSION, LineKind.PLAN));
        assertEquals(usd("0.00"), b.amount(march, MovementType.CONTRACTION, LineKind.PLAN));
        // April: add-on −60 and plan +20 net to −40, all add-on.
        assertEquals(usd("40.00"), b.amount(april, MovementType.CONTRACTION, LineKind.ADD_ON));
        assertEquals(usd("0.00"), b.amount(april, MovementType.EXPANSION, LineKind.PLAN));
        assertEquals(usd("150.00"), b.amount(MovementType.NEW_BUSINESS, LineKind.PLAN));
        assertEquals(usd("70.00"), b.amount(MovementType.EXPANSION, LineKind.PLAN).plus(
                b.amount(MovementType.EXPANSION, LineKind.ADD_ON)));
        // acme 80 + 60 and beta 80.
        assertEquals(usd("220.00"), b.mrr(march, LineKind.PLAN).plus(b.mrr(march, LineKind.ADD_ON)));
        assertEquals(usd("60.00"), b.mrr(march, LineKind.ADD_ON));
        var ledger = io.github.saasmetrics.ledger.MrrLedger.fromSubscriptions(SUBSCRIPTIONS, PERIOD,
                MrrConventions.defaults(), USD);
        for (MrrBridge bridge : MrrMovements.monthly(ledger)) {
            YearMonth m = bridge.period().firstMonth();
            assertEquals(bridge.expansion(), b.total(m, MovementType.EXPANSION));
            assertEquals(bridge.contraction(), b.total(m, MovementType.CONTRACTION));
            assertEquals(bridge.newBusiness(), b.total(m, MovementType.NEW_BUSINESS));
        }
        assertEquals(List.of("2024-02 acme EXPANSION ADD_ON USD 30.00", "2024-03 acme EXPANSION ADD_ON USD 10.00",
                "2024-03 beta EXPANSION PLAN USD 30.00", "2024-04 acme CONTRACTION ADD_ON USD 40.00"),
                b.movements().stream().filter(m -> m.type() == MovementType.EXPANSION
                        || m.type() == MovementType.CONTRACTION).map(LineKindMovement::toString).toList());
        assertEquals("""
                line kind 2024-01-01/2024-06-01 (USD)  MRR 2024-05     new  expansion  contraction  churn  reactivation  expanding  contracting
                PLAN                                        180.00  150.00      30.00         0.00   0.00          0.00          1            0
                ADD_ON                                        0.00    0.00      40.00        40.00   0.00          0.00          2            1
                total                                       180.00  150.00      70.00        40.00   0.00          0.00
                (expanding, contracting: customer-months with a part of that kind)""", b.toString());
        assertEquals(2, b.customerMonths(MovementType.EXPANSION, LineKind.ADD_ON));
    }

    @Test
    void largestRemainderSplitsAddUp() {
        // 10 cents in proportion 1 : 1 : 1 is 4, 3, 3 (the tie goes to the first kind).
        assertArrayEquals(new long[] {4, 3, 3}, LineKindSplit.split(10, new long[] {5, 5, 5}));
        assertArrayEquals(new long[] {0, 7, 3}, LineKindSplit.split(10, new long[] {0, 70, 30}));
        assertArrayEquals(new long[] {3, 0, 7}, LineKindSplit.split(10, new long[] {25, 0, 75}));
        assertArrayEquals(new long[] {Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2},
                LineKindSplit.split(Long.MAX_VALUE, new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2}));
    }

    @Test
    void lineKindsAndSubscriptions() {
        assertEquals(LineKind.PLAN, Subscription.builder("s", "c").price("USD 1.00").start(LocalDate.of(2024, 1, 1))
                .build().lineKind());
        assertEquals(LineKind.of("USAGE_COMMIT"), LineKind.of("USAGE_COMMIT"));
        assertEquals("line kind must not be blank or padded but was ' PLAN'", assertThrows(IllegalArgumentException.class,
                () -> LineKind.of(" PLAN")).getMessage());
        Subscription addOn = SUBSCRIPTIONS.get(3);
        // A plan line prints as subscriptions always have; another kind says so at the end.
        assertEquals("Subscription[id=acme-plan-1, customer=acme, plan=default, unitPrice=USD 100.00, quantity=1,"
                + " interval=P1M, start=2024-01-01, end=2024-03-01, cancelRequestedAt=null, trialEnd=null,"
                + " statusChanges=[], discounts=[]]", SUBSCRIPTIONS.get(0).toString());
        assertEquals("Subscription[id=acme-addon-1, customer=acme, plan=default, unitPrice=USD 30.00, quantity=1,"
                + " interval=P1M, start=2024-02-01, end=2024-03-01, cancelRequestedAt=null, trialEnd=null,"
                + " statusChanges=[], discounts=[], lineKind=ADD_ON]", addOn.toString());
        assertEquals(LineKind.PLAN, addOn.withLineKind(LineKind.PLAN).lineKind());
        Subscription old = new Subscription("s", CustomerId.of("c"), "p", usd("1.00"), 1,
                io.github.saasmetrics.subscription.BillingInterval.monthly(), LocalDate.of(2024, 1, 1), null, null, null,
                List.of(), List.of());
        assertEquals(LineKind.PLAN, old.lineKind());
    }

    @Test
    void badInputIsNamed() {
        LineKindBreakdown b = LineKindSplit.measure(SUBSCRIPTIONS, PERIOD, MrrConventions.defaults(), USD);
        assertEquals("month 2024-07 is outside the period 2024-01-01/2024-06-01", assertThrows(
                IllegalArgumentException.class, () -> b.mrr(YearMonth.of(2024, 7), LineKind.PLAN)).getMessage());
        assertEquals("cannot merge line-kind breakdowns of 2024-01-01/2024-06-01 and 2024-01", assertThrows(
                IllegalArgumentException.class, () -> b.plus(LineKindSplit.measure(SUBSCRIPTIONS, ReportingPeriod.parse("2024-01"),
                        MrrConventions.defaults(), USD))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LineKindBreakdown(PERIOD, USD, List.of(LineKind.PLAN),
                List.of(), List.of()));
    }

    @Test
    void jsonRoundTrips() {
        LineKindBreakdown b = LineKindSplit.measure(SUBSCRIPTIONS, PERIOD, MrrConventions.defaults(), USD);
        JsonRoundTrip.assertRoundTrips(b, LineKindBreakdown.class);
        JsonRoundTrip.assertRoundTrips(SUBSCRIPTIONS.get(3), Subscription.class);
        JsonRoundTrip.assertRoundTrips(LineKind.ADD_ON, LineKind.class);
        JsonRoundTrip.assertRoundTrips(b.movements().get(0), LineKindMovement.class);
        JsonRoundTrip.assertRoundTrips(b.mrr().get(0), LineKindMrr.class);
        assertEquals("\"ADD_ON\"", JsonRoundTrip.assertRoundTrips(LineKind.ADD_ON, LineKind.class));
    }
}
