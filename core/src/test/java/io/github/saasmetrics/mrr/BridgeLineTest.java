package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.time.ReportingPeriod;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bridge's lines: named, ordered and typed once, as the record's components. */
class BridgeLineTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void linesAreTheRecordsComponentsInOrder() {
        List<String> components = Arrays.stream(MrrBridge.class.getRecordComponents()).map(RecordComponent::getName)
                .skip(1).toList();
        assertEquals(components, Arrays.stream(BridgeLine.values()).map(BridgeLine::component).toList());
        for (BridgeLine line : BridgeLine.values()) {
            Class<?> type = MrrBridge.class.getRecordComponents()[line.ordinal() + 1].getType();
            assertEquals(line.money() ? io.github.saasmetrics.money.Money.class : long.class, type, line.name());
        }
        assertFalse(BridgeLine.START.flow());
        assertFalse(BridgeLine.CUSTOMERS_AT_END.flow());
        assertTrue(BridgeLine.CHURN.flow());
        assertEquals("new business", BridgeLine.NEW_BUSINESS.label());
    }

    @Test
    void aBridgeIsItsLines() {
        MrrLedger ledger = MrrLedger.builder(USD).add("a", "2024-01", "USD 100.00").add("a", "2024-02", "USD 150.00")
                .add("b", "2024-01", "USD 50.00").add("c", "2024-02", "USD 25.00").build();
        MrrBridge feb = MrrMovements.monthly(ledger).get(1);
        long[] lines = Arrays.stream(BridgeLine.values()).mapToLong(line -> line.of(feb)).toArray();
        assertEquals(List.of(15000L, 2500L, 5000L, 0L, 5000L, 0L, 0L, 17500L, 2L, 1L, 0L, 1L, 2L, 1L, 0L, 0L),
                Arrays.stream(lines).boxed().toList());
        assertEquals(feb, MrrBridge.of(feb.period(), USD, lines));
        assertEquals("a bridge has 16 lines but 15 were given", assertThrows(IllegalArgumentException.class,
                () -> MrrBridge.of(feb.period(), USD, Arrays.copyOf(lines, 15))).getMessage());
        lines[BridgeLine.END.ordinal()]++;
        assertThrows(IllegalArgumentException.class, () -> MrrBridge.of(feb.period(), USD, lines));
        assertThrows(NullPointerException.class, () -> MrrBridge.of(ReportingPeriod.year(2024), null, lines));
    }
}
