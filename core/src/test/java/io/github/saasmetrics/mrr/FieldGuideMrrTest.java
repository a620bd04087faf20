package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of the field guide's "MRR and its movements". */
class FieldGuideMrrTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);

    static MrrLedger ledger(List<Subscription> subs, YearMonth first, YearMonth last, MrrConventions conventions) {
        return MrrLedger.fromSubscriptions(subs, ReportingPeriod.months(first, last), conventions, USD);
    }

    static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    @Test
    void hundredMonthlyAndFiftyAnnualCustomersMake12500() {
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            subs.add(Subscription.builder("m" + i, "m" + i).price("USD 100.00").start(LocalDate.of(2024, 1, 5)).build());
        }
        for (int i = 0; i < 50; i++) {
            subs.add(Subscription.builder("a" + i, "a" + i).price("USD 600.00").interval(BillingInterval.annual())
                    .start(LocalDate.of(2024, 1, 5)).build());
        }
        MrrLedger ledger = ledger(subs, JAN, JAN, MrrConventions.defaults());
        assertEquals(usd("12500.00"), ledger.total(JAN));
        MrrBridge jan = MrrMovements.monthly(ledger).get(0);
        assertEquals(usd("12500.00"), jan.newBusiness());
        assertEquals(150, jan.newCustomers());
    }

    @Test
    void annualPlansAreDividedByTwelveAndDiscountsApply() {
        List<Subscription> subs = List.of(
                Subscription.builder("s1", "c1").price("USD 1200.00").interval(BillingInterval.annual())
                        .start(LocalDate.of(2024, 1, 1)).build(),
                Subscription.builder("s2", "c2").price("USD 120.00").interval(BillingInterval.annual())
                        .discount(Discount.percentForever(new BigDecimal("10"))).start(LocalDate.of(2024, 1, 1)).build(),
                Subscription.builder("s3", "c3").price("USD 10.00")
                        .discount(Discount.percentForever(new BigDecimal("50"))).start(LocalDate.of(2024, 1, 1)).build());
        MrrLedger ledger = ledger(subs, JAN, JAN, MrrConventions.defaults());
        assertEquals(usd("100.00"), ledger.mrr(CustomerId.of("c1"), JAN));
        assertEquals(usd("9.00"), ledger.mrr(CustomerId.of("c2"), JAN));
        assertEquals(usd("5.00"), ledger.mrr(CustomerId.of("c3"), JAN));
    }

    @Test
    void switchingFromMonthlyToAnnualAtTheSameValueIsNoMovement() {
        List<Subscription> subs = List.of(
                Subscription.builder("monthly", "c1").price("USD 100.00").start(LocalDate.of(2024, 1, 1))
                        .end(LocalDate.of(2024, 3, 1)).build(),
                Subscription.builder("annual", "c1").price("USD 1200.00").interval(BillingInterval.annual())
                        .start(LocalDate.of(2024, 3, 1)).build());
        MrrLedger ledger = ledger(subs, JAN, YearMonth.of(2024, 5), MrrConventions.defaults());
        List<MrrMovement> moves = MrrMovements.movements(ledger, ReportingPeriod.months(JAN.plusMonths(1), JAN.plusMonths(4)));
        assertEquals(List.of(), moves);
        assertEquals(usd("100.00"), ledger.mrr(CustomerId.of("c1"), YearMonth.of(2024, 4)));
    }

    @Test
    void nonProratedUpgradeBronzeToGoldIsExpansionOf150() {
        List<Subscription> subs = List.of(
                Subscription.builder("bronze", "c1").plan("bronze").price("USD 100.00").start(LocalDate.of(2024, 1, 1))
                        .end(LocalDate.of(2024, 2, 1)).build(),
                Subscription.builder("gold", "c1").plan("gold").price("USD 250.00").start(LocalDate.of(2024, 2, 1)).build());
        MrrLedger ledger = ledger(subs, JAN, YearMonth.of(2024, 2), MrrConventions.defaults());
        List<MrrMovement> feb = MrrMovements.movements(ledger, YearMonth.of(2024, 2));
        assertEquals(List.of(new MrrMovement(CustomerId.of("c1"), YearMonth.of(2024, 2), MovementType.EXPANSION,
                usd("150.00"), usd("100.00"), usd("250.00"))), feb);
    }

    @Test
    void chartMogulLifecycle() {
        // Four Gold yearly seats billed $2,000 on 2024-01-10; two Silver monthly seats at $30 from
        // 2024-03-05; Silver cancelled 2024-05-20; Gold cancelled 2024-08-01 (churn when the paid
        // year ends on 2025-01-10); back on 2025-04-02.
        List<Subscription> subs = List.of(
                Subscription.builder("gold", "acme").plan("gold").price("USD 500.00").quantity(4)
                        .interval(BillingInterval.annual()).start(LocalDate.of(2024, 1, 10))
                        .cancelRequestedAt(LocalDate.of(2024, 8, 1)).end(LocalDate.of(2024, 8, 1)).build(),
                Subscription.builder("silver", "acme").plan("silver").price("USD 30.00").quantity(2)
                        .start(LocalDate.of(2024, 3, 5)).end(LocalDate.of(2024, 5, 20)).build(),
                Subscription.builder("gold-again", "acme").plan("gold").price("USD 500.00").quantity(4)
                        .interval(BillingInterval.annual()).start(LocalDate.of(2025, 4, 2)).build());
        MrrLedger ledger = ledger(subs, JAN, YearMonth.of(2025, 6), MrrConventions.chartMogul());
        List<MrrMovement> moves = MrrMovements.movements(ledger, ledger.period().next().previous().equals(ledger.period())
                ? ReportingPeriod.months(JAN, YearMonth.of(2025, 6)) : null);
        CustomerId acme = CustomerId.of("acme");
        assertEquals(List.of(
                new MrrMovement(acme, JAN, MovementType.NEW_BUSINESS, usd("166.67"), usd("0.00"), usd("166.67")),
                new MrrMovement(acme, YearMonth.of(2024, 3), MovementType.EXPANSION, usd("60.00"), usd("166.67"),
                        usd("226.67")),
                // Silver ends 2024-05-20; its paid month runs to 2024-06-05, so it leaves June's MRR.
                new MrrMovement(acme, YearMonth.of(2024, 6), MovementType.CONTRACTION, usd("60.00"), usd("226.67"),
                        usd("166.67")),
                new MrrMovement(acme, YearMonth.of(2025, 1), MovementType.CHURN, usd("166.67"), usd("166.67"),
                        usd("0.00")),
                new MrrMovement(acme, YearMonth.of(2025, 4), MovementType.REACTIVATION, usd("166.67"), usd("0.00"),
                        usd("166.67"))), moves);
        MrrBridgeTable table = MrrMovements.monthly(ledger);
        assertEquals(18, table.size());
        MrrBridge total = table.total();
        assertEquals(usd("166.67"), total.end());
        assertEquals(1, total.newCustomers());
        assertEquals(1, total.churnedCustomers());
        assertEquals(1, total.reactivatedCustomers());
        assertTrue(table.toString().contains("2025-04"));
    }
}
