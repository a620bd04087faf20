package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Sums that leave the range of a long throw, naming the bridge line, the month and the currency; they never wrap. */
class BridgeOverflowTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static MrrLedger customersAt(int customers, long minor) {
        var b = MrrLedger.builder(USD);
        for (int i = 0; i < customers; i++) {
            b.add(CustomerId.of("c" + i), YearMonth.of(2024, 1), minor);
        }
        return b.build();
    }

    @Test
    void fiveCustomersAtFourQuintillionMinorUnitsDoNotWrap() {
        MrrLedger ledger = customersAt(5, 4_000_000_000_000_000_000L);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> MrrMovements.monthly(ledger));
        assertTrue(e.getMessage().startsWith("MRR bridge: "), e.getMessage());
        assertTrue(e.getMessage().contains("in 2024-01"), e.getMessage());
        assertTrue(e.getMessage().contains("USD"), e.getMessage());
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Each slice fits; their merge does not.
            ArithmeticException merged = assertThrows(ArithmeticException.class,
                    () -> ledger.fold(MrrMovements.monthlyFold(), 5, pool));
            assertTrue(merged.getMessage().contains("in 2024-01"), merged.getMessage());
        } finally {
            pool.shutdown();
        }
        assertThrows(ArithmeticException.class,
                () -> MrrMovements.bridge(ledger, ReportingPeriod.month(YearMonth.of(2024, 1))));
    }

    @Test
    void overflowIsNotReportedAsNegativeData() {
        MrrLedger ledger = customersAt(3, Long.MAX_VALUE / 2);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> MrrMovements.monthly(ledger));
        assertTrue(!e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void sumsJustInsideTheRangeAreExact() {
        MrrLedger ledger = customersAt(2, Long.MAX_VALUE / 2);
        MrrBridge jan = MrrMovements.monthly(ledger).get(0);
        assertEquals(Long.MAX_VALUE / 2 * 2, jan.newBusiness().minorUnits());
        assertEquals(2, jan.newCustomers());
    }

    private static final long SIX = 6_000_000_000_000_000_000L;

    @Test
    void aSumThatWouldWrapThrowsEvenWhenNoCustomersFirstMrrIsLarge() {
        // The bridge of every month adds without checks when the customers times the largest MRR
        // fit in a long; here they do not (2 × 6e18), though no customer's first MRR is large.
        MrrLedger ledger = MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 3))
                .add(CustomerId.of("a"), YearMonth.of(2024, 2), 1).add(CustomerId.of("a"), YearMonth.of(2024, 3), SIX)
                .add(CustomerId.of("b"), YearMonth.of(2024, 2), 1).add(CustomerId.of("b"), YearMonth.of(2024, 3), SIX)
                .build();
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> MrrMovements.monthly(ledger));
        assertEquals("MRR bridge: ending MRR in 2024-03 overflows a long of minor units of USD (the sum exceeds "
                + Long.MAX_VALUE + ")", e.getMessage());
    }

    @Test
    void largestMrrsThatSumPastALongStillGiveExactSumsThatFit() {
        // a leaves as b arrives: no sum exceeds 6e18 + 7, but 3 customers × 6e18 pass a long, so
        // the checked loop runs, and must give the same exact sums.
        MrrLedger ledger = MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 3))
                .add(CustomerId.of("a"), YearMonth.of(2024, 1), SIX)
                .add(CustomerId.of("b"), YearMonth.of(2024, 3), SIX)
                .add(CustomerId.of("c"), YearMonth.of(2024, 2), 5)
                .add(CustomerId.of("c"), YearMonth.of(2024, 3), 7)
                .build();
        String expected = "[2024-02 start 6000000000000000000 new 5 expansion 0 churn 6000000000000000000 end 5, "
                + "2024-03 start 5 new 6000000000000000000 expansion 2 churn 0 end 6000000000000000007]";
        assertEquals(expected, lines(MrrMovements.monthly(ledger)));
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int slices = 2; slices <= 3; slices++) {
                assertEquals(expected, lines(ledger.fold(MrrMovements.monthlyFold(), slices, pool)), slices + " slices");
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String lines(MrrBridgeTable table) {
        StringBuilder sb = new StringBuilder("[");
        for (MrrBridge b : table) {
            sb.append(sb.length() > 1 ? ", " : "").append(b.period()).append(" start ").append(b.start().minorUnits())
                    .append(" new ").append(b.newBusiness().minorUnits())
                    .append(" expansion ").append(b.expansion().minorUnits()).append(" churn ").append(b.churn().minorUnits()).append(" end ").append(b.end().minorUnits());
        }
        return sb.append(']').toString();
    }

    @Test
    void aQuarterWhoseMonthlyLevelsWouldSumPastALongIsNoOverflow() {
        // Each month starts and ends at 4e18; a quarter's start and end are its first and last
        // month's, never their sum (3 × 4e18 would pass a long), so the quarter has no overflow.
        long big = 4_000_000_000_000_000_000L;
        MrrLedger ledger = MrrLedger.builder(USD)
                .add(CustomerId.of("a"), YearMonth.of(2023, 12), big).add(CustomerId.of("a"), YearMonth.of(2024, 1), big)
                .add(CustomerId.of("a"), YearMonth.of(2024, 2), big).add(CustomerId.of("a"), YearMonth.of(2024, 3), big)
                .build();
        MrrBridge q1 = MrrMovements.bridge(ledger, ReportingPeriod.quarter(2024, 1));
        assertEquals(big, q1.start().minorUnits());
        assertEquals(big, q1.end().minorUnits());
        assertEquals(0, q1.netNewMrr().minorUnits());
        assertEquals(1, q1.customersAtStart());
        assertEquals(1, q1.customersAtEnd());
    }
}
