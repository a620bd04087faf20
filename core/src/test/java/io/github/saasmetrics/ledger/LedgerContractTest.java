package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationReporting;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a ledger promises as a value: equality, hashing, its customer list, and its timelines. */
class LedgerContractTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    private static MrrLedgerBuilder base() {
        return MrrLedger.builder(USD).months(JAN, JAN.plusMonths(3))
                .add("a", "2024-01", "USD 10.00").add("a", "2024-02", "USD 12.00")
                .add("b", "2024-02", "USD 5.00").add("c", "2024-03", "USD 7.00");
    }

    @Test
    void ledgersOfTheSameRowsAreEqualWithEqualHashes() {
        MrrLedger a = base().build();
        MrrLedger b = MrrLedger.builder(USD).months(JAN, JAN.plusMonths(3))
                .add("c", "2024-03", "USD 7.00").add("b", "2024-02", "USD 5.00")
                .add("a", "2024-02", "USD 12.00").add("a", "2024-01", "USD 10.00").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, a);
        assertNotEquals(a, "a ledger");
        assertNotEquals(a, null);
    }

    @Test
    void everyPartOfTheContentTellsLedgersApart() {
        MrrLedger a = base().build();
        List<MrrLedger> others = List.of(
                base().add("a", "2024-03", "USD 0.01").build(),                        // one more row
                base().add("a", "2024-01", "USD 0.01").build(),                        // one MRR differs
                MrrLedger.builder(USD).months(JAN, JAN.plusMonths(3))                  // a row in another month
                        .add("a", "2024-01", "USD 10.00").add("a", "2024-03", "USD 12.00")
                        .add("b", "2024-02", "USD 5.00").add("c", "2024-03", "USD 7.00").build(),
                MrrLedger.builder(USD).months(JAN, JAN.plusMonths(3))                  // a row moved to another customer
                        .add("a", "2024-01", "USD 10.00").add("b", "2024-02", "USD 12.00")
                        .add("b", "2024-02", "USD 5.00").add("c", "2024-03", "USD 7.00")
                        .add("a", "2024-02", "USD 0.00").build(),
                base().add("d", "2024-01", "USD 0.00").build(),                        // a customer more
                base().months(JAN, JAN.plusMonths(4)).build(),                         // a month more
                base().months(JAN.minusMonths(1), JAN.plusMonths(3)).build(),          // another opening month
                base().paidBetween(CustomerId.of("c"), JAN.plusMonths(1)).build(),    // paid between month-ends
                base().firstPaid(CustomerId.of("b"), JAN.minusMonths(5)).build(),      // paid before the ledger
                base().build().withMovementConventions(MovementConventions.defaults()
                        .withReactivation(ReactivationReporting.AS_EXPANSION)),
                base().conventions(io.github.saasmetrics.subscription.MrrConventions.defaults()
                        .withPastDueGraceDays(3)).build());
        for (MrrLedger other : others) {
            assertNotEquals(a, other, other::toString);
            assertNotEquals(other, a, other::toString);
        }
        // Hashes of these differ (not required of a hash, but a constant would pass every test above).
        assertNotEquals(a.hashCode(), others.get(0).hashCode());
        assertNotEquals(a.hashCode(), others.get(1).hashCode());
        assertNotEquals(a.hashCode(), others.get(2).hashCode());
        assertNotEquals(a.hashCode(), others.get(4).hashCode());
    }

    @Test
    void theCustomerListFindsWhatItHoldsAndNothingElse() {
        MrrLedger ledger = base().build();
        List<CustomerId> customers = ledger.customers();
        assertEquals(List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c")), customers);
        assertEquals("[a, b, c]", customers.toString());
        for (int i = 0; i < customers.size(); i++) {
            assertEquals(i, customers.indexOf(customers.get(i)));
            assertEquals(i, customers.lastIndexOf(customers.get(i)));
            assertTrue(customers.contains(customers.get(i)));
        }
        for (String absent : List.of("0", "aa", "bb", "d")) {
            assertEquals(-1, customers.indexOf(CustomerId.of(absent)), absent);
            assertEquals(-1, customers.lastIndexOf(CustomerId.of(absent)), absent);
            assertFalse(customers.contains(CustomerId.of(absent)), absent);
            assertTrue(ledger.customerIndex(CustomerId.of(absent)) < 0, absent);
        }
        assertEquals(-1, customers.indexOf("a"), "a string is not a customer");
        assertFalse(customers.contains(null));
        assertEquals(List.of("a", "b", "c").hashCode(), customers.hashCode(), "as List.hashCode of the identifiers' strings");
    }

    @Test
    void aTimelineAnswersPaidBetweenForEveryMonth() {
        MrrLedger ledger = MrrLedger.builder(USD).months(JAN, JAN.plusMonths(5))
                .add("a", "2024-01", "USD 10.00").add("a", "2024-04", "USD 10.00")
                .paidBetween(CustomerId.of("a"), JAN.plusMonths(1))
                .paidBetween(CustomerId.of("a"), JAN.plusMonths(4))
                .add("b", "2024-03", "USD 1.00").build();
        List<String> seen = ledger.fold(new ListFold<String>() {
            @Override
            public void add(List<String> acc, CustomerTimeline t) {
                StringBuilder sb = new StringBuilder(t.id().value()).append(':');
                for (int m = -1; m <= 6; m++) {
                    sb.append(t.paidBetween(m) ? '1' : '0');
                }
                acc.add(sb.append(' ').append(t.paidBetweenCount()).toString());
            }
        });
        // Months −1..6: a paid between month-ends in months 1 and 4 only; b never.
        assertEquals(List.of("a:00100100 2", "b:00000000 0"), seen);
    }

    @Test
    void theLargestMrrIsTheLargestOfAnyRow() {
        MrrLedger ledger = MrrLedger.builder(USD).months(JAN, JAN.plusMonths(2))
                .add("a", "2024-01", "USD 10.00").add("a", "2024-02", "USD 12.00").add("b", "2024-03", "USD 5.00")
                .build();
        assertEquals("USD 12.00", ledger.largestMrr().toString());
        assertEquals("USD 12.00", ledger.largestMrr().toString(), "asked again");
        assertEquals("USD 12.00", ledger.withMovementConventions(MovementConventions.defaults()
                .withReactivation(ReactivationReporting.AS_EXPANSION)).largestMrr().toString());
        assertEquals("USD 5.00", ledger.filter(c -> c.value().equals("b")).largestMrr().toString());
        assertEquals("USD 0.00", MrrLedger.builder(USD).months(JAN, JAN).build().largestMrr().toString());
    }

    @Test
    void aMonthRangeCountsItsMonths() {
        MrrLedger ledger = base().build();
        ReportingPeriod febToMar = ReportingPeriod.months(JAN.plusMonths(1), JAN.plusMonths(2));
        assertEquals(new MonthRange(1, 2), ledger.monthRange(febToMar));
        assertEquals(2, ledger.monthRange(febToMar).length());
        assertEquals(1, new MonthRange(3, 3).length());
        assertEquals(5, new MonthRange(2, 6).length());
        assertThrows(IllegalArgumentException.class, () -> new MonthRange(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new MonthRange(3, 2));
    }

    @Test
    void compositesAndTheirResultsNameTheirFolds() {
        var bridge = MrrMovements.monthlyFold();
        var churn = CustomerChurn.fold(ReportingPeriod.month(JAN.plusMonths(1)));
        CompositeFold composite = CompositeFold.of(bridge, churn);
        assertEquals(List.of(bridge, churn), composite.folds());
        assertEquals("CompositeFold[monthly MRR bridge, customer churn of 2024-02]", composite.toString());
        FoldResults results = base().build().fold(composite);
        assertTrue(results.toString().startsWith("FoldResults[period (USD)"), results.toString());
        assertEquals("customer churn of 2024-02, then finished", churn.andThen(r -> r).toString());
    }

    @Test
    void everyBuilderEntryPointRejectsNegativeMrrAndUnevenColumns() {
        MrrLedgerBuilder b = MrrLedger.builder(USD);
        var e = assertThrows(IllegalArgumentException.class, () -> b.add(42L, JAN, -1));
        assertEquals("MRR of customer 42 in 2024-01 must not be negative but was USD -0.01", e.getMessage());
        int jan = MrrLedgerBuilder.epochMonth(JAN);
        for (Runnable uneven : List.<Runnable>of(
                () -> b.addAll(new String[] {"a"}, new int[] {jan, jan}, new long[] {1}),
                () -> b.addAll(new String[] {"a"}, new int[] {jan}, new long[] {1, 2}),
                () -> b.addAll(new String[] {"a"}, new YearMonth[] {JAN, JAN}, new long[] {1}),
                () -> b.addAll(new String[] {"a"}, new YearMonth[] {JAN}, new long[] {1, 2}),
                () -> b.addAll(new long[] {1}, new int[] {jan, jan}, new long[] {1}),
                () -> b.addAll(new long[] {1}, new int[] {jan}, new long[] {1, 2}),
                () -> b.addAll(new long[] {1}, new YearMonth[] {JAN, JAN}, new long[] {1}),
                () -> b.addAll(new long[] {1}, new YearMonth[] {JAN}, new long[] {1, 2}))) {
            var u = assertThrows(IllegalArgumentException.class, uneven::run);
            assertTrue(u.getMessage().startsWith("columns must have the same length but customers has 1"), u.getMessage());
        }
        assertEquals(1, b.add(1L, JAN, 0).build().customerCount(), "nothing else was added");
    }

    @Test
    void theSupportedMonthsEndExactlyAtTheirBounds() {
        assertEquals(YearMonth.of(0, 1), MrrLedgerBuilder.ofEpochMonth(0));
        assertEquals(YearMonth.of(9999, 12), MrrLedgerBuilder.ofEpochMonth(119_999));
        assertThrows(IllegalArgumentException.class, () -> MrrLedgerBuilder.ofEpochMonth(-1));
        assertThrows(IllegalArgumentException.class, () -> MrrLedgerBuilder.ofEpochMonth(120_000));
        // Bulk rows at both ends of the supported months, and one month beyond each.
        for (YearMonth ok : List.of(YearMonth.of(0, 1), YearMonth.of(9999, 12))) {
            MrrLedger l = MrrLedger.builder(USD).addAll(new long[] {7}, new YearMonth[] {ok}, new long[] {1}).build();
            assertEquals(ok, l.lastMonth());
            MrrLedger e = MrrLedger.builder(USD).addAll(new long[] {7}, new int[] {MrrLedgerBuilder.epochMonth(ok)},
                    new long[] {1}).build();
            assertEquals(l, e);
        }
        for (YearMonth bad : List.of(YearMonth.of(-1, 12), YearMonth.of(10_000, 1))) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> MrrLedger.builder(USD).addAll(new long[] {7}, new YearMonth[] {bad}, new long[] {1}));
            assertTrue(e.getMessage().contains("row 0 of customer 7"), e.getMessage());
        }
        for (int bad : new int[] {-1, 120_000}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> MrrLedger.builder(USD).addAll(new long[] {7}, new int[] {bad}, new long[] {1}));
            assertTrue(e.getMessage().contains("epoch month " + bad + " is outside"), e.getMessage());
        }
    }

    @Test
    void bulkRowsOutsideTheLedgersMonthsAreRejectedAtEitherEnd() {
        int jan = MrrLedgerBuilder.epochMonth(JAN);
        for (int m : new int[] {jan - 1, jan + 4}) {
            var e = assertThrows(IllegalArgumentException.class, () -> MrrLedger.builder(USD).months(JAN, JAN.plusMonths(3))
                    .addAll(new long[] {1, 2}, new int[] {jan, m}, new long[] {1, 1}));
            assertTrue(e.getMessage().startsWith("row 1 of customer 2 in "), e.getMessage());
            assertTrue(e.getMessage().endsWith("is outside the ledger's months 2024-01..2024-04"), e.getMessage());
        }
        // The months' own ends are inside.
        MrrLedger inside = MrrLedger.builder(USD).months(JAN, JAN.plusMonths(3))
                .addAll(new long[] {1, 2}, new int[] {jan, jan + 3}, new long[] {1, 1}).build();
        assertEquals(2, inside.rowCount());
        // Rows added before the months are set are checked when the ledger is built.
        for (YearMonth m : List.of(JAN.minusMonths(1), JAN.plusMonths(4))) {
            var e = assertThrows(IllegalArgumentException.class, () -> MrrLedger.builder(USD)
                    .addAll(new long[] {1, 2}, new YearMonth[] {JAN, m}, new long[] {1, 1})
                    .months(JAN, JAN.plusMonths(3)).build());
            assertTrue(e.getMessage().startsWith("row of customer 2 in " + m), e.getMessage());
        }
    }
}
