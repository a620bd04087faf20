package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.survival.SurvivalCurve;
import java.time.YearMonth;
import java.util.Currency;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class LedgerLifetimesTest {

    static MrrLedger ledger() {
        return MrrLedger.builder(Currency.getInstance("USD")).months(YearMonth.of(2023, 12), YearMonth.of(2024, 6))
                // a: Jan–Mar, churned (returns in May: first churn counts) → 3, churned
                .add("a", "2024-01", "USD 10.00").add("a", "2024-02", "USD 10.00").add("a", "2024-03", "USD 20.00")
                .add("a", "2024-05", "USD 10.00")
                // b: Jan–Jun, still paying → 6, censored
                .add("b", "2024-01", "USD 30.00").add("b", "2024-02", "USD 30.00").add("b", "2024-03", "USD 30.00")
                .add("b", "2024-04", "USD 30.00").add("b", "2024-05", "USD 30.00").add("b", "2024-06", "USD 30.00")
                // c: joined and left inside February → 0, churned
                .paidBetween(CustomerId.of("c"), YearMonth.of(2024, 2))
                // d: first paid before the ledger → left out
                .add("d", "2024-01", "USD 5.00").firstPaid(CustomerId.of("d"), YearMonth.of(2022, 1))
                .build();
    }

    @Test
    void tenuresFollowTheFirstPaidRun() {
        SurvivalCurve curve = LedgerLifetimes.survival(ledger());
        assertEquals(3, curve.customers());
        assertEquals(2, curve.churned());
        assertEquals(1, curve.censored());
        // Events at 0 (c) and 3 (a): S(0) = 2/3, S(3) = 2/3 × 1/2 = 1/3.
        assertEquals(2.0 / 3, curve.survival(0), 1e-15);
        assertEquals(1.0 / 3, curve.survival(3), 1e-15);
        assertEquals(1, LedgerLifetimes.customersBeforeLedger(ledger()));
    }

    @Test
    void cohortsHoldTheirOriginalCustomersRevenueByAge() {
        SortedMap<YearMonth, CohortLtv> cohorts = LedgerLifetimes.cohorts(ledger());
        assertEquals(2, cohorts.size());
        CohortLtv jan = cohorts.get(YearMonth.of(2024, 1));
        assertEquals(2, jan.customers());
        // Age 0: 10 + 30; by age 2: 40 + 40 + 50 = 130 over 2 customers = 65.
        assertEquals(Money.parse("USD 20.00"), jan.cumulativePerCustomer(0));
        assertEquals(Money.parse("USD 65.00"), jan.cumulativePerCustomer(2));
        assertEquals(Money.parse("USD 115.00"), jan.cumulativePerCustomer(5));
        assertEquals(1, cohorts.get(YearMonth.of(2024, 2)).customers());
    }
}
