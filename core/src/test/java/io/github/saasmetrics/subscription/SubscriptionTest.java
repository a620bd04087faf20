package io.github.saasmetrics.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 10);

    private static Subscription.Builder builder() {
        return Subscription.builder("s1", "c1").price("USD 500.00").start(START);
    }

    @Test
    void theBuilderFillsDefaults() {
        Subscription s = builder().build();
        assertEquals("s1", s.id());
        assertEquals(CustomerId.of("c1"), s.customer());
        assertEquals("default", s.plan());
        assertEquals(1, s.quantity());
        assertEquals(BillingInterval.monthly(), s.interval());
        assertEquals(START, s.start());
        assertNull(s.end());
        assertNull(s.cancelRequestedAt());
        assertNull(s.trialEnd());
        assertEquals(List.of(), s.statusChanges());
        assertEquals(List.of(), s.discounts());
    }

    @Test
    void amountPerIntervalIsPriceTimesQuantity() {
        // The class example: four seats of a $500-a-year plan is $2,000 a year.
        Subscription s = builder().quantity(4).interval(BillingInterval.annual()).plan("team-annual").build();
        assertEquals(Money.parse("USD 2000.00"), s.amountPerInterval());
        assertEquals(Money.parse("USD 0.00"), builder().quantity(0).build().amountPerInterval());
        assertThrows(ArithmeticException.class, () -> builder().quantity(Long.MAX_VALUE).build().amountPerInterval());
    }

    @Test
    void theBuilderOrdersStatusChangesAndKeepsDiscounts() {
        Subscription s = builder()
                .status(LocalDate.of(2024, 4, 1), SubscriptionStatus.ACTIVE)
                .status(LocalDate.of(2024, 3, 1), SubscriptionStatus.PAST_DUE)
                .status(LocalDate.of(2024, 5, 1), SubscriptionStatus.PAUSED)
                .discount(Discount.percentForever(BigDecimal.TEN))
                .discount(Discount.amountOnce(Money.parse("USD 5.00")))
                .build();
        assertEquals(List.of(new StatusChange(LocalDate.of(2024, 3, 1), SubscriptionStatus.PAST_DUE),
                new StatusChange(LocalDate.of(2024, 4, 1), SubscriptionStatus.ACTIVE),
                new StatusChange(LocalDate.of(2024, 5, 1), SubscriptionStatus.PAUSED)), s.statusChanges());
        assertEquals(2, s.discounts().size());
        assertThrows(UnsupportedOperationException.class, () -> s.discounts().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.statusChanges().clear());
    }

    @Test
    void listsAreCopied() {
        List<StatusChange> changes = new ArrayList<>(List.of(new StatusChange(START, SubscriptionStatus.PAUSED)));
        List<Discount> discounts = new ArrayList<>();
        Subscription s = new Subscription("s", CustomerId.of("c"), "p", Money.parse("USD 1.00"), 1,
                BillingInterval.monthly(), START, null, null, null, changes, discounts);
        changes.clear();
        discounts.add(Discount.percentOnce(BigDecimal.ONE));
        assertEquals(1, s.statusChanges().size());
        assertEquals(0, s.discounts().size());
    }

    @Test
    void everyMessageNamesTheSubscription() {
        assertEquals("subscription id must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> Subscription.builder(" ", "c1").price("USD 1.00").start(START).build()).getMessage());
        assertEquals("plan of subscription s1 must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> builder().plan("").build()).getMessage());
        assertEquals("unitPrice of subscription s1 must not be negative but was USD -0.01", assertThrows(
                IllegalArgumentException.class, () -> builder().price("USD -0.01").build()).getMessage());
        assertEquals("quantity of subscription s1 must not be negative but was -1", assertThrows(
                IllegalArgumentException.class, () -> builder().quantity(-1).build()).getMessage());
        assertEquals("end of subscription s1 (2024-01-09) is before its start (2024-01-10)", assertThrows(
                IllegalArgumentException.class, () -> builder().end(START.minusDays(1)).build()).getMessage());
        assertEquals("cancelRequestedAt of subscription s1 (2024-02-02) is after its end (2024-02-01)", assertThrows(
                IllegalArgumentException.class, () -> builder().end(LocalDate.of(2024, 2, 1))
                        .cancelRequestedAt(LocalDate.of(2024, 2, 2)).build()).getMessage());
        assertEquals("trialEnd of subscription s1 (2024-01-09) is before its start (2024-01-10)", assertThrows(
                IllegalArgumentException.class, () -> builder().trialEnd(START.minusDays(1)).build()).getMessage());
        assertEquals("status change of subscription s1 on 2024-01-09 is before its start (2024-01-10)", assertThrows(
                IllegalArgumentException.class, () -> builder().status(START.minusDays(1), SubscriptionStatus.PAUSED)
                        .build()).getMessage());
        assertEquals("status changes of subscription s1 must be in date order, one per day, but 2024-02-01 follows"
                + " 2024-02-01", assertThrows(IllegalArgumentException.class, () -> builder()
                        .status(LocalDate.of(2024, 2, 1), SubscriptionStatus.PAUSED)
                        .status(LocalDate.of(2024, 2, 1), SubscriptionStatus.ACTIVE).build()).getMessage());
        CurrencyMismatchException mismatch = assertThrows(CurrencyMismatchException.class,
                () -> builder().discount(Discount.amountForever(Money.parse("EUR 1.00"))).build());
        assertTrue(mismatch.getMessage().contains("discount of subscription s1"), mismatch.getMessage());
        assertEquals("unitPrice of subscription s1", assertThrows(NullPointerException.class,
                () -> Subscription.builder("s1", "c1").start(START).build()).getMessage());
        assertEquals("start of subscription s1", assertThrows(NullPointerException.class,
                () -> Subscription.builder("s1", "c1").price("USD 1.00").build()).getMessage());
        assertEquals("interval of subscription s1", assertThrows(NullPointerException.class,
                () -> builder().interval(null).build()).getMessage());
        assertEquals("discount", assertThrows(NullPointerException.class, () -> builder().discount(null)).getMessage());
    }

    @Test
    void boundaryDatesAreAllowed() {
        // A one-day subscription, a request on the last day, a trial that ends on the first day.
        Subscription s = builder().end(START).cancelRequestedAt(START).trialEnd(START)
                .status(START, SubscriptionStatus.PAUSED).build();
        assertEquals(START, s.end());
        assertEquals(START, s.trialEnd());
    }

    @Test
    void statusChangeNeedsADateAndAStatus() {
        StatusChange change = new StatusChange(START, SubscriptionStatus.PAST_DUE);
        assertEquals(START, change.date());
        assertEquals(SubscriptionStatus.PAST_DUE, change.status());
        assertEquals("date", assertThrows(NullPointerException.class,
                () -> new StatusChange(null, SubscriptionStatus.ACTIVE)).getMessage());
        assertEquals("status", assertThrows(NullPointerException.class, () -> new StatusChange(START, null)).getMessage());
        assertEquals("{\"date\":\"2024-01-10\",\"status\":\"PAST_DUE\"}",
                JsonRoundTrip.assertRoundTrips(change, StatusChange.class));
    }

    @Test
    void jsonRoundTrips() {
        Subscription full = builder().plan("team").quantity(3).interval(BillingInterval.every(2, BillingInterval.Unit.WEEK))
                .trialEnd(START.plusDays(14)).cancelRequestedAt(LocalDate.of(2024, 6, 1)).end(LocalDate.of(2024, 6, 30))
                .status(LocalDate.of(2024, 3, 1), SubscriptionStatus.PAST_DUE)
                .status(LocalDate.of(2024, 3, 8), SubscriptionStatus.ACTIVE)
                .discount(Discount.percentRepeating(new BigDecimal("20"), 3))
                .discount(Discount.amountOnce(Money.parse("USD 5.00")))
                .build();
        String json = JsonRoundTrip.assertRoundTrips(full, Subscription.class);
        assertTrue(json.contains("\"interval\":\"P2W\""), json);
        assertTrue(json.contains("\"unitPrice\":\"USD 500.00\""), json);
        assertTrue(json.contains("\"customer\":\"c1\""), json);
        assertEquals("{\"id\":\"s1\",\"customer\":\"c1\",\"plan\":\"default\",\"unitPrice\":\"USD 500.00\",\"quantity\":1,"
                + "\"interval\":\"P1M\",\"start\":\"2024-01-10\",\"end\":null,\"cancelRequestedAt\":null,\"trialEnd\":null,"
                + "\"statusChanges\":[],\"discounts\":[],\"lineKind\":\"PLAN\"}", JsonRoundTrip.assertRoundTrips(builder().build(),
                        Subscription.class));
    }
}
