package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerHealthTest {

    static final YearMonth JUN = YearMonth.of(2024, 6);

    static MrrLedger ledger() {
        return MrrLedger.builder(Currency.getInstance("USD"))
                .add("a", "2024-03", "USD 500.00").add("a", "2024-06", "USD 400.00").add("a", "2024-07", "USD 400.00")
                .add("a", "2024-08", "USD 400.00").add("a", "2024-09", "USD 400.00")
                .add("b", "2024-06", "USD 100.00")
                .add("c", "2024-03", "USD 50.00").add("c", "2024-06", "USD 50.00").add("c", "2024-07", "USD 50.00")
                .add("c", "2024-09", "USD 50.00")
                .build();
    }

    @Test
    void trendComesFromTheLedgerAndIsMissingWithoutStartingMrr() {
        HealthSignals a = LedgerHealth.withMrrTrend(HealthSignals.of("a"), ledger(), JUN, 3);
        assertEquals(HealthSignals.of("a").withMrrTrend(Money.parse("USD 500.00"), Money.parse("USD 400.00")), a);
        HealthSignals b = HealthSignals.of("b").withNps(9);
        assertSame(b, LedgerHealth.withMrrTrend(b, ledger(), JUN, 3));
        assertThrows(IllegalArgumentException.class, () -> LedgerHealth.withMrrTrend(b, ledger(), JUN, 0));
    }

    @Test
    void churnersAreThoseWhoseMrrReachesZeroWithinTheHorizon() {
        assertEquals(Set.of(CustomerId.of("b"), CustomerId.of("c")), LedgerHealth.churnedAfter(ledger(), JUN, 3));
        assertEquals(Set.of(CustomerId.of("b")), LedgerHealth.churnedAfter(ledger(), JUN, 1));
        HealthModel model = HealthModel.defaults();
        List<HealthAssessment> assessments = List.of(
                model.assess(HealthSignals.of("a").withNps(10).withActiveDays(28, 30)),
                model.assess(HealthSignals.of("b").withNps(2).withActiveDays(2, 30)),
                model.assess(HealthSignals.of("c").withNps(5).withActiveDays(5, 30)));
        HealthValidation test = LedgerHealth.backTest(assessments, ledger(), JUN, 3);
        assertEquals(1.0, test.auc().value());
        HealthPortfolio portfolio = LedgerHealth.portfolio(assessments, ledger(), JUN);
        assertEquals(Money.parse("USD 550.00"), portfolio.totalMrr());
    }

    @Test
    void churnersAreAFoldCheckedWhenItRuns() {
        var fold = LedgerHealth.churnedAfterFold(JUN, 3);
        assertEquals(Set.of(CustomerId.of("b"), CustomerId.of("c")), ledger().fold(fold, 2, Runnable::run));
        assertEquals("[b, c]", ledger().fold(fold).toString());
        assertThrows(UnsupportedOperationException.class, () -> ledger().fold(fold).add(CustomerId.of("a")));
        assertEquals("horizonMonths must be from 1 to 32767 but was 0", assertThrows(IllegalArgumentException.class,
                () -> LedgerHealth.churnedAfterFold(JUN, 0)).getMessage());
        assertThrows(NullPointerException.class, () -> LedgerHealth.churnedAfterFold(null, 1));
        // September is the ledger's last month: a horizon past it is rejected when the fold runs.
        var tooFar = LedgerHealth.churnedAfterFold(JUN, 4);
        assertThrows(IllegalArgumentException.class, () -> ledger().fold(tooFar));
    }
}
