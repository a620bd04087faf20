package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerColumnsTest {

    private static final CustomerIds TWO = CustomerIds.of(List.of(CustomerId.of("a"), CustomerId.of("b")));

    /** Customer a paid in months 1 and 2, customer b in month 0 and inside month 2. */
    private static LedgerColumns columns(int[] firstPaid, int[] offsets, short[] months, long[] mrr, long[] fx,
            long[] between) {
        return new LedgerColumns(3, TWO, firstPaid, offsets, months, mrr, fx, between);
    }

    private static final int[] FIRST = {1, 0};
    private static final int[] OFFSETS = {0, 2, 3};
    private static final short[] MONTHS = {1, 2, 0};
    private static final long[] MRR = {100, 120, 50};
    private static final long[] BETWEEN = {MrrLedger.key(1, 2)};

    @Test
    void aConsistentLayoutIsAccepted() {
        LedgerColumns c = columns(FIRST, OFFSETS, MONTHS, MRR, null, BETWEEN);
        assertEquals(3, c.rowCount());
        LedgerColumns b = c.select(new int[] {1}, 1);
        assertEquals(CustomerId.of("b"), b.customers().get(0));
        assertEquals(1, b.customers().size());
        assertEquals(1, b.rowCount());
        assertEquals(MrrLedger.key(0, 2), b.paidBetween()[0]);
    }

    @Test
    void everyBrokenRuleIsNamed() {
        assertBroken("row columns", () -> columns(FIRST, OFFSETS, MONTHS, new long[] {100, 120}, null, BETWEEN));
        assertBroken("FX column", () -> columns(FIRST, OFFSETS, MONTHS, MRR, new long[] {0}, BETWEEN));
        assertBroken("customer offsets", () -> columns(FIRST, new int[] {0, 3}, MONTHS, MRR, null, BETWEEN));
        assertBroken("offsets of customer 1",
                () -> columns(FIRST, new int[] {0, 4, 3}, MONTHS, MRR, null, BETWEEN));
        assertBroken("first payments per customer", () -> columns(new int[] {1}, OFFSETS, MONTHS, MRR, null, BETWEEN));
        assertBroken("month of row 1", () -> columns(FIRST, OFFSETS, new short[] {1, 1, 0}, MRR, null, BETWEEN));
        assertBroken("month of row 1", () -> columns(FIRST, OFFSETS, new short[] {1, 3, 0}, MRR, null, BETWEEN));
        assertBroken("MRR of row 2", () -> columns(FIRST, OFFSETS, MONTHS, new long[] {100, 120, 0}, null, BETWEEN));
        assertBroken("first payment of customer 0",
                () -> columns(new int[] {2, 0}, OFFSETS, MONTHS, MRR, null, BETWEEN));
        assertBroken("paid-between key", () -> columns(FIRST, OFFSETS, MONTHS, MRR, null,
                new long[] {MrrLedger.key(1, 2), MrrLedger.key(1, 2)}));
        assertBroken("paid-between key", () -> columns(FIRST, OFFSETS, MONTHS, MRR, null,
                new long[] {MrrLedger.key(2, 0)}));
        assertBroken("month count 0", () -> new LedgerColumns(0, TWO, FIRST, OFFSETS, MONTHS, MRR, null, BETWEEN));
    }

    private static void assertBroken(String what, Runnable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertEquals(true, e.getMessage().startsWith("ledger layout: " + what), e.getMessage());
    }
}
