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
}
