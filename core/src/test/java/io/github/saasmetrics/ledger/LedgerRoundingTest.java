package io.github.saasmetrics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Through the public API only: the months a ledger holds, and MRR rounded half-even to the cent. */
class LedgerRoundingTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    /** The MRR in March of one subscription of a price (in cents) billed every {@code count} {@code unit}s. */
    private static Money mrr(long cents, int count, BillingInterval.Unit unit) {
        Subscription s = Subscription.builder("s", "c").price(Money.ofMinor(USD, cents))
                .interval(BillingInterval.every(count, unit)).start(LocalDate.of(2024, 1, 1)).build();
        MrrLedger ledger = MrrLedger.fromSubscriptions(List.of(s), ReportingPeriod.months(YearMonth.of(2024, 1), MARCH),
                MrrConventions.defaults(), USD);
        return ledger.mrr(CustomerId.of("c"), MARCH);
    }

    @Test
    void mrrIsRoundedHalfEvenToTheCent() {
        // Every two months: 1 cent is half a cent a month (to 0, even); 3 cents 1.5 (to 2); 5 cents 2.5 (to 2).
        assertEquals(Money.ofMinor(USD, 0), mrr(1, 2, BillingInterval.Unit.MONTH));
        assertEquals(Money.ofMinor(USD, 2), mrr(3, 2, BillingInterval.Unit.MONTH));
        assertEquals(Money.ofMinor(USD, 2), mrr(5, 2, BillingInterval.Unit.MONTH));
        assertEquals(Money.ofMinor(USD, 4), mrr(7, 2, BillingInterval.Unit.MONTH));
        // Yearly: 18 cents is 1.5 a month (to 2); 30 cents 2.5 (to 2); 31 cents 2.58 (to 3); 29 cents 2.42 (to 2).
        assertEquals(Money.ofMinor(USD, 2), mrr(18, 1, BillingInterval.Unit.YEAR));
        assertEquals(Money.ofMinor(USD, 2), mrr(30, 1, BillingInterval.Unit.YEAR));
        assertEquals(Money.ofMinor(USD, 3), mrr(31, 1, BillingInterval.Unit.YEAR));
        assertEquals(Money.ofMinor(USD, 2), mrr(29, 1, BillingInterval.Unit.YEAR));
        // Weekly: $10 is 10 × 52 / 12 = 43.333… → 43.33; daily: $1 is 365 / 12 = 30.416… → 30.42.
        assertEquals(Money.parse("USD 43.33"), mrr(1000, 1, BillingInterval.Unit.WEEK));
        assertEquals(Money.parse("USD 30.42"), mrr(100, 1, BillingInterval.Unit.DAY));
        // Every 3 days: 6 cents is 6 × 365 / 36 = 60.83… → 61 cents.
        assertEquals(Money.ofMinor(USD, 61), mrr(6, 3, BillingInterval.Unit.DAY));
    }

    @Test
    void theLedgerListsItsMonthsOpeningMonthFirst() {
        MrrLedger ledger = MrrLedger.builder(USD).months(YearMonth.of(2023, 11), YearMonth.of(2024, 2))
                .add("a", "2024-01", "USD 1.00").build();
        List<YearMonth> months = ledger.months();
        assertEquals(List.of(YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1),
                YearMonth.of(2024, 2)), months);
        assertEquals(4, months.size());
        assertEquals(YearMonth.of(2024, 2), months.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> months.get(4));
        assertThrows(UnsupportedOperationException.class, () -> months.add(YearMonth.of(2024, 3)));
        assertEquals(YearMonth.of(2023, 11), ledger.firstMonth());
        assertEquals(YearMonth.of(2024, 2), ledger.lastMonth());
    }
}
