package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MrrBridgeTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ReportingPeriod JAN = ReportingPeriod.month(YearMonth.of(2024, 1));
    private static final long MAX = Long.MAX_VALUE;
    private static final long T = MAX / 3;

    /** Movements in minor units in the order start, new, expansion, contraction, churn, reactivation, fx, end. */
    private static MrrBridge bridge(long[] money, long[] counts) {
        return new MrrBridge(JAN, usd(money[0]), usd(money[1]), usd(money[2]), usd(money[3]), usd(money[4]),
                usd(money[5]), usd(money[6]), usd(money[7]), counts[0], counts[1], counts[2], counts[3], counts[4],
                counts[5], counts[6], counts[7]);
    }

    private static Money usd(long minor) {
        return Money.ofMinor(USD, minor);
    }

    // 100 + 25 + 5 + 10 − 10 − 10 + 3 = 123; 10 + 3 + 1 − 2 = 12.
    private static final MrrBridge A = bridge(new long[] {100, 25, 10, 10, 10, 5, 3, 123},
            new long[] {10, 3, 1, 2, 12, 4, 5, 6});
    // 200 + 40 + 11 + 7 − 2 − 30 − 4 = 222; 20 + 7 + 2 − 3 = 26.
    private static final MrrBridge B = bridge(new long[] {200, 40, 7, 2, 30, 11, -4, 222},
            new long[] {20, 7, 2, 3, 26, 8, 9, 13});

    @Test
    void plusAddsEveryMovementAndEveryCount() {
        MrrBridge sum = A.plus(B);
        assertEquals(bridge(new long[] {300, 65, 17, 12, 40, 16, -1, 345}, new long[] {30, 10, 3, 5, 38, 12, 14, 19}),
                sum);
        assertEquals(30, sum.customersAtStart());
        assertEquals(10, sum.newCustomers());
        assertEquals(3, sum.reactivatedCustomers());
        assertEquals(5, sum.churnedCustomers());
        assertEquals(38, sum.customersAtEnd());
        assertEquals(12, sum.expandedCustomers());
        assertEquals(14, sum.contractedCustomers());
        assertEquals(19, sum.joinedAndChurnedCustomers());
        assertEquals(usd(-1), sum.fx());
        assertEquals(sum, B.plus(A));
        JsonRoundTrip.assertRoundTrips(sum, MrrBridge.class);
    }

    @Test
    void plusRejectsAnotherPeriod() {
        MrrBridge feb = new MrrBridge(ReportingPeriod.month(YearMonth.of(2024, 2)), usd(0), usd(0), usd(0), usd(0),
                usd(0), usd(0), usd(0), usd(0), 0, 0, 0, 0, 0, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> A.plus(feb));
        assertEquals("cannot merge bridges of different periods 2024-01 and 2024-02", e.getMessage());
    }

    @Test
    void plusNamesTheCountThatOverflows() {
        long[] zeros = new long[8];
        String[] names = {"customersAtStart", "newCustomers", "reactivatedCustomers", "churnedCustomers",
            "customersAtEnd", "expandedCustomers", "contractedCustomers", "joinedAndChurnedCustomers"};
        // For each count, a bridge where that count is the first to overflow when added to itself.
        long[][] counts = {
            {MAX, 0, 0, 0, MAX, 0, 0, 0},
            {0, MAX, 0, 0, MAX, 0, 0, 0},
            {0, 0, MAX, 0, MAX, 0, 0, 0},
            {T, T, T, 3 * T, 0, 0, 0, 0},
            {0, 0, 0, 0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0, MAX, 0, 0},
            {0, 0, 0, 0, 0, 0, MAX, 0},
            {0, 0, 0, 0, 0, 0, 0, MAX},
        };
        for (int i = 0; i < names.length; i++) {
            if (i == 4) {
                continue; // customersAtEnd follows from the others; covered below
            }
            MrrBridge big = bridge(zeros, counts[i]);
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> big.plus(big), names[i]);
            long value = counts[i][i];
            assertEquals("merging bridges of 2024-01: " + names[i] + " overflows a long: " + value + " + " + value,
                    e.getMessage());
        }
        MrrBridge atEnd = bridge(zeros, new long[] {MAX - 1, 1, 0, 0, MAX, 0, 0, 0});
        MrrBridge one = bridge(zeros, new long[] {1, 0, 0, 0, 1, 0, 0, 0});
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> atEnd.plus(one));
        assertEquals("merging bridges of 2024-01: customersAtEnd overflows a long: " + MAX + " + 1", e.getMessage());
    }

    @Test
    void plusNamesTheAmountThatOverflows() {
        long[] counts = new long[8];
        String[] names = {"start", "newBusiness", "expansion", "contraction", "churn", "reactivation", "fx", "end"};
        long[][] money = {
            {MAX, 0, 0, 0, 0, 0, 0, MAX},
            {0, MAX, 0, 0, 0, 0, 0, MAX},
            {0, 0, MAX, 0, 0, 0, 0, MAX},
            {T, T, T, 3 * T, 0, 0, 0, 0},
            {T, T, T, 0, 3 * T, 0, 0, 0},
            {0, 0, 0, 0, 0, MAX, 0, MAX},
            {0, 0, 0, 0, 0, 0, MAX, MAX},
        };
        for (int i = 0; i < money.length; i++) {
            MrrBridge big = bridge(money[i], counts);
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> big.plus(big), names[i]);
            String amount = usd(money[i][i]).toString();
            assertEquals("merging bridges of 2024-01: " + names[i] + " overflows: " + amount + " + " + amount
                    + " overflows a long of minor units", e.getMessage());
        }
        MrrBridge end = bridge(new long[] {MAX - 1, 1, 0, 0, 0, 0, 0, MAX}, counts);
        MrrBridge one = bridge(new long[] {1, 0, 0, 0, 0, 0, 0, 1}, counts);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> end.plus(one));
        assertTrue(e.getMessage().startsWith("merging bridges of 2024-01: end overflows"), e.getMessage());
    }

    @Test
    void followedByNamesTheFieldThatOverflows() {
        ReportingPeriod feb = ReportingPeriod.month(YearMonth.of(2024, 2));
        MrrBridge january = new MrrBridge(JAN, usd(0), usd(MAX), usd(0), usd(0), usd(MAX), usd(0), usd(0), usd(0),
                0, MAX, 0, MAX, 0, 0, 0, 0);
        MrrBridge february = new MrrBridge(feb, usd(0), usd(1), usd(0), usd(0), usd(0), usd(0), usd(0), usd(1),
                0, 1, 0, 0, 1, 0, 0, 0);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> january.followedBy(february));
        assertTrue(e.getMessage().startsWith("chaining bridge 2024-01 and 2024-02: newBusiness overflows"),
                e.getMessage());
        MrrBridge countsOnly = new MrrBridge(JAN, usd(0), usd(0), usd(0), usd(0), usd(0), usd(0), usd(0), usd(0),
                0, MAX, 0, MAX, 0, 0, 0, 0);
        MrrBridge febCounts = new MrrBridge(feb, usd(0), usd(0), usd(0), usd(0), usd(0), usd(0), usd(0), usd(0),
                0, 1, 0, 0, 1, 0, 0, 0);
        e = assertThrows(ArithmeticException.class, () -> countsOnly.followedBy(febCounts));
        assertEquals("chaining bridge 2024-01 and 2024-02: newCustomers overflows a long: " + MAX + " + 1",
                e.getMessage());
    }

    @Test
    void theIdentitiesAreDecidedExactlyNotModuloTwoToTheSixtyFour() {
        // start + new exceeds a long, but churn brings it back: a valid bridge.
        MrrBridge valid = bridge(new long[] {MAX, 10, 0, 0, 10, 0, 0, MAX}, new long[] {MAX, 1, 0, 1, MAX, 0, 0, 0});
        assertEquals(usd(MAX), valid.end());
        // Sums that wrap around to the stated end must not pass.
        IllegalArgumentException money = assertThrows(IllegalArgumentException.class,
                () -> bridge(new long[] {MAX, MAX, 0, 0, 0, 0, 2, 0}, new long[8]));
        assertEquals("bridge 2024-01 does not add up: start + new + reactivation + expansion − contraction − churn + fx"
                + " = 18446744073709551616 minor units, beyond the range of a long, but end = USD 0.00", money.getMessage());
        IllegalArgumentException counts = assertThrows(IllegalArgumentException.class,
                () -> bridge(new long[8], new long[] {MAX, MAX, 2, 0, 0, 0, 0, 0}));
        assertEquals("bridge 2024-01 customer counts do not add up: " + MAX + " + " + MAX + " + 2 − 0 ≠ 0",
                counts.getMessage());
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> bridge(new long[] {100, 1, 0, 0, 0, 0, 0, 100}, new long[8]));
        assertEquals("bridge 2024-01 does not add up: start + new + reactivation + expansion − contraction − churn + fx"
                + " = USD 1.01 but end = USD 1.00", plain.getMessage());
    }

    @Test
    void theClassExampleDerivesItsRatios() {
        // Start $100; one customer churns ($10), one contracts by $10, one expands by $10, a new one brings $25.
        MrrBridge b = new MrrBridge(JAN, usd(10000), usd(2500), usd(1000), usd(1000), usd(1000), usd(0), usd(0),
                usd(11500), 4, 1, 0, 1, 4, 1, 1, 0);
        assertEquals(usd(1500), b.netNewMrr());
        assertEquals(io.github.saasmetrics.stats.Ratio.of(1500, 10000), b.growthRate());
        assertEquals(io.github.saasmetrics.stats.Ratio.of(3500, 2000), b.quickRatio());
        assertEquals(1.75, b.quickRatio().value());
        assertEquals(usd(2875), b.arpa());
        assertEquals(usd(138000), b.arr());
        assertEquals("2024-01: USD 100.00 + new 25.00 + reactivation 0.00 + expansion 10.00 − contraction 10.00"
                + " − churn 10.00 (net new 15.00) = USD 115.00 (4 → 4 customers)", b.toString());
        // An FX line is printed only when there is one.
        MrrBridge fx = new MrrBridge(JAN, usd(10000), usd(0), usd(0), usd(0), usd(0), usd(0), usd(-250), usd(9750),
                1, 0, 0, 0, 1, 0, 0, 0);
        assertEquals("2024-01: USD 100.00 + new 0.00 + reactivation 0.00 + expansion 0.00 − contraction 0.00"
                + " − churn 0.00 (net new 0.00) − fx 2.50 = USD 97.50 (1 → 1 customers)", fx.toString());
        assertEquals(usd(0), fx.netNewMrr(), "FX is not net new MRR");
    }

    @Test
    void ratiosAreUndefinedWhereTheirDenominatorIsZero() {
        MrrBridge empty = bridge(new long[8], new long[8]);
        assertEquals(io.github.saasmetrics.stats.Ratio.UNDEFINED, empty.growthRate());
        assertEquals(io.github.saasmetrics.stats.Ratio.UNDEFINED, empty.quickRatio());
        assertEquals("ARPA of 2024-01 is undefined: no customer pays at its end",
                assertThrows(IllegalStateException.class, empty::arpa).getMessage());
        // ARPA rounds half-even: $1, $1, $3, $5, $5 → $3; $10.01 over 2 → $5.00 (5.005 to even).
        assertEquals(usd(300), bridge(new long[] {0, 1500, 0, 0, 0, 0, 0, 1500}, new long[] {0, 5, 0, 0, 5, 0, 0, 0})
                .arpa());
        assertEquals(usd(500), bridge(new long[] {0, 1001, 0, 0, 0, 0, 0, 1001}, new long[] {0, 2, 0, 0, 2, 0, 0, 0})
                .arpa());
    }
}
