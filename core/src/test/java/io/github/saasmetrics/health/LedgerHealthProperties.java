package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.LedgerView;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.RandomLedgers;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

class LedgerHealthProperties {

    static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterContainer
    static void shutDown() {
        POOL.shutdown();
    }

    @Provide
    Arbitrary<MrrLedger> ledgers() {
        return RandomLedgers.any();
    }

    @Property
    void churnersFollowTheirDefinitionOnAnyNumberOfSlices(@ForAll("ledgers") MrrLedger ledger,
            @ForAll @IntRange(min = 0, max = RandomLedgers.MONTHS - 2) int asOfIndex,
            @ForAll @IntRange(min = 1, max = RandomLedgers.MONTHS - 1) int horizon,
            @ForAll @IntRange(min = 1, max = 7) int slices) {
        int h = Math.min(horizon, ledger.monthCount() - 1 - asOfIndex);
        YearMonth asOf = ledger.month(asOfIndex);
        LedgerView view = LedgerView.of(ledger);
        Set<CustomerId> expected = new TreeSet<>();
        for (int c = 0; c < ledger.customerCount(); c++) {
            boolean left = false;
            for (int m = asOfIndex + 1; m <= asOfIndex + h; m++) {
                left |= view.mrr(c, m) == 0;
            }
            if (view.mrr(c, asOfIndex) > 0 && left) {
                expected.add(ledger.customer(c));
            }
        }
        LedgerFold<?, Set<CustomerId>> fold = LedgerHealth.churnedAfterFold(asOf, h);
        assertEquals(expected, LedgerHealth.churnedAfter(ledger, asOf, h));
        assertEquals(expected, ledger.fold(fold, slices, POOL));
        assertEquals(expected.toString(), ledger.fold(fold, slices, POOL).toString());
    }
}
