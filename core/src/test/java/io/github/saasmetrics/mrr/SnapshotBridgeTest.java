package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link MrrMovements#between}: the bridge of two snapshots, customer by customer. */
class SnapshotBridgeTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    private static MrrSnapshot snapshot(YearMonth month, Object... customerAndDollars) {
        Map<CustomerId, Money> mrr = new TreeMap<>();
        for (int i = 0; i < customerAndDollars.length; i += 2) {
            mrr.put(CustomerId.of((String) customerAndDollars[i]), Money.of(USD, customerAndDollars[i + 1].toString()));
        }
        return new MrrSnapshot(month, USD, new TreeMap<>(mrr));
    }

    // a unchanged, b expands by 30, c contracts by 20, d churns, e and f appear.
    private static final MrrSnapshot BEFORE = snapshot(JAN, "a", 100, "b", 50, "c", 30, "d", 20);
    private static final MrrSnapshot AFTER = snapshot(MAR, "a", 100, "b", 80, "c", 10, "e", 40, "f", 25);

    private static Money usd(int dollars) {
        return Money.of(USD, Integer.toString(dollars));
    }

    @Test
    void everyCustomerIsClassifiedOnceAndUnchangedOnesNotAtAll() {
        MrrBridge bridge = MrrMovements.between(BEFORE, AFTER);
        // 200 + 65 + 30 − 20 − 20 = 255.
        assertEquals(new MrrBridge(ReportingPeriod.months(YearMonth.of(2024, 2), MAR), usd(200), usd(65), usd(30),
                usd(20), usd(20), usd(0), usd(0), usd(255), 4, 2, 0, 1, 5, 1, 1, 0), bridge);
        assertEquals("2024-02-01/2024-04-01", bridge.period().toString());
    }

    @Test
    void customersWhoPaidBeforeReturnAsReactivations() {
        CustomerId e = CustomerId.of("e");
        MrrBridge bridge = MrrMovements.between(BEFORE, AFTER, e::equals);
        assertEquals(usd(25), bridge.newBusiness());
        assertEquals(usd(40), bridge.reactivation());
        assertEquals(1, bridge.newCustomers());
        assertEquals(1, bridge.reactivatedCustomers());
        assertEquals(usd(255), bridge.end());
        // The predicate is asked only about customers absent before: "a" paying throughout is never a reactivation.
        MrrBridge everyone = MrrMovements.between(BEFORE, AFTER, c -> true);
        assertEquals(usd(65), everyone.reactivation());
        assertEquals(usd(0), everyone.newBusiness());
        assertEquals(usd(30), everyone.expansion());
        assertEquals(2, everyone.reactivatedCustomers());
        assertEquals(0, everyone.newCustomers());
    }

    @Test
    void identicalSnapshotsMoveNothing() {
        MrrSnapshot later = snapshot(MAR, "a", 100, "b", 50, "c", 30, "d", 20);
        MrrBridge bridge = MrrMovements.between(BEFORE, later, c -> true);
        assertEquals(usd(200), bridge.start());
        assertEquals(usd(200), bridge.end());
        assertEquals(usd(0), bridge.netNewMrr());
        assertEquals(0, bridge.expandedCustomers() + bridge.contractedCustomers() + bridge.newCustomers()
                + bridge.reactivatedCustomers() + bridge.churnedCustomers());
        assertEquals(4, bridge.customersAtStart());
        assertEquals(4, bridge.customersAtEnd());
    }

    @Test
    void aChurnAndReturnBetweenTheSnapshotsIsInvisible() {
        MrrLedger ledger = MrrLedger.builder(USD).months(JAN, MAR)
                .add("a", "2024-01", "USD 100.00").add("a", "2024-03", "USD 100.00").build();
        MrrBridge fromLedger = MrrMovements.bridge(ledger, ReportingPeriod.months(YearMonth.of(2024, 2), MAR));
        assertEquals(usd(100), fromLedger.churn());
        assertEquals(usd(100), fromLedger.reactivation());
        MrrBridge fromSnapshots = MrrMovements.between(ledger.snapshot(JAN), ledger.snapshot(MAR));
        assertEquals(usd(0), fromSnapshots.churn());
        assertEquals(usd(0), fromSnapshots.reactivation());
        assertEquals(fromLedger.start(), fromSnapshots.start());
        assertEquals(fromLedger.end(), fromSnapshots.end());
    }

    @Test
    void snapshotsMustBeInOrderAndInOneCurrency() {
        assertEquals("snapshot months must increase but were 2024-03 and 2024-01", assertThrows(
                IllegalArgumentException.class, () -> MrrMovements.between(AFTER, BEFORE)).getMessage());
        assertEquals("snapshot months must increase but were 2024-01 and 2024-01", assertThrows(
                IllegalArgumentException.class, () -> MrrMovements.between(BEFORE, BEFORE)).getMessage());
        MrrSnapshot euros = new MrrSnapshot(MAR, Currency.getInstance("EUR"), new TreeMap<>());
        assertThrows(CurrencyMismatchException.class, () -> MrrMovements.between(BEFORE, euros));
        assertEquals("paidBefore", assertThrows(NullPointerException.class,
                () -> MrrMovements.between(BEFORE, AFTER, null)).getMessage());
        assertEquals("before", assertThrows(NullPointerException.class,
                () -> MrrMovements.between(null, AFTER)).getMessage());
        assertEquals("after", assertThrows(NullPointerException.class,
                () -> MrrMovements.between(BEFORE, null)).getMessage());
    }
}
