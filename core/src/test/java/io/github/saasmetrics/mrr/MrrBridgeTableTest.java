package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bridge table as a reader sees it, and the per-customer movements behind it. */
class MrrBridgeTableTest {

    private static final Currency USD = Currency.getInstance("USD");

    /** a: 100 → 250 (expansion); b: 10 → gone (churn); e: new at 25. */
    private static MrrLedger ledger() {
        return MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 2))
                .add("a", "2024-01", "USD 100.00").add("b", "2024-01", "USD 10.00")
                .add("a", "2024-02", "USD 250.00").add("e", "2024-02", "USD 25.00").build();
    }

    @Test
    void theTablePrintsLossesAsPositiveAmountsAndSaysSo() {
        MrrBridgeTable table = MrrMovements.monthly(ledger());
        assertEquals("""
                period (USD)   start    new  reactivation  expansion  contraction  churn  net new     end  customers  new  react.  churned
                2024-02       110.00  25.00          0.00     150.00         0.00  10.00   165.00  275.00      2 → 2    1       0        1
                contraction and churn are losses, shown as positive amounts:
                net new = new + reactivation + expansion − contraction − churn; end = start + net new""",
                table.toString());
        assertEquals("""
                | period (USD) | start | new | reactivation | expansion | contraction | churn | net new | end | customers | new | react. | churned |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | 2024-02 | 110.00 | 25.00 | 0.00 | 150.00 | 0.00 | 10.00 | 165.00 | 275.00 | 2 → 2 | 1 | 0 | 1 |""",
                table.toMarkdown());
    }

    @Test
    void movementsAreOrderedByTypeThenCustomerAndSignedAsInTheIdentity() {
        List<MrrMovement> movements = MrrMovements.movements(ledger(), YearMonth.of(2024, 2));
        assertEquals(List.of("2024-02 e NEW_BUSINESS USD 25.00 (USD 0.00 → USD 25.00)",
                "2024-02 a EXPANSION USD 150.00 (USD 100.00 → USD 250.00)",
                "2024-02 b CHURN USD 10.00 (USD 10.00 → USD 0.00)"), movements.stream().map(Object::toString).toList());
        assertEquals(List.of(Money.parse("USD 25.00"), Money.parse("USD 150.00"), Money.parse("USD -10.00")),
                movements.stream().map(MrrMovement::signedAmount).toList());
        assertEquals(movements, MrrMovements.movements(ledger(), ReportingPeriod.month(YearMonth.of(2024, 2))));
        assertEquals(CustomerId.of("e"), movements.get(0).customer());
    }

    @Test
    void anFxColumnAppearsOnlyWhenRatesMoved() {
        Subscription euro = Subscription.builder("s", "c").price("EUR 100.00").start(LocalDate.of(2024, 1, 1)).build();
        ExchangeRates rates = ExchangeRates.builder(USD).rate(Currency.getInstance("EUR"), LocalDate.of(2023, 12, 1),
                new BigDecimal("1.10")).rate(Currency.getInstance("EUR"), LocalDate.of(2024, 2, 1), new BigDecimal("1.20"))
                .build();
        MrrLedger ledger = MrrLedger.fromSubscriptions(List.of(euro), ReportingPeriod.months(YearMonth.of(2024, 1),
                YearMonth.of(2024, 3)), MrrConventions.defaults(), rates);
        assertEquals("""
                period (USD)   start     new  reactivation  expansion  contraction  churn  net new     fx     end  customers  new  react.  churned
                2024-01         0.00  110.00          0.00       0.00         0.00   0.00   110.00   0.00  110.00      0 → 1    1       0        0
                2024-02       110.00    0.00          0.00       0.00         0.00   0.00     0.00  10.00  120.00      1 → 1    0       0        0
                2024-03       120.00    0.00          0.00       0.00         0.00   0.00     0.00   0.00  120.00      1 → 1    0       0        0
                contraction and churn are losses, shown as positive amounts:
                net new = new + reactivation + expansion − contraction − churn; end = start + net new + fx""",
                MrrMovements.monthly(ledger).toString());
    }
}
