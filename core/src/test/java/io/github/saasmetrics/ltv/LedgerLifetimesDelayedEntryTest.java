package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.survival.DelayedEntryTenure;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LedgerLifetimesDelayedEntryTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth OPENING = YearMonth.of(2023, 12);

    /** a and b are new; e, f and g paid before the ledger and pay in its opening month; d paid before and not then. */
    static MrrLedger ledger() {
        var b = MrrLedger.builder(USD).months(OPENING, YearMonth.of(2024, 6))
                .add("a", "2024-01", "USD 10.00").add("a", "2024-02", "USD 10.00").add("a", "2024-03", "USD 10.00")
                .add("d", "2024-01", "USD 5.00").firstPaid(CustomerId.of("d"), YearMonth.of(2022, 1))
                .add("e", "2023-12", "USD 20.00").add("e", "2024-01", "USD 20.00").add("e", "2024-02", "USD 20.00")
                .firstPaid(CustomerId.of("e"), YearMonth.of(2023, 6))
                .firstPaid(CustomerId.of("f"), YearMonth.of(2022, 12))
                .firstPaid(CustomerId.of("g"), YearMonth.of(2023, 9));
        for (var m = OPENING; !m.isAfter(YearMonth.of(2024, 6)); m = m.plusMonths(1)) {
            if (!m.isBefore(YearMonth.of(2024, 1))) {
                b.add(CustomerId.of("b"), m, 3000);
            }
            b.add(CustomerId.of("f"), m, 4000);
            b.add(CustomerId.of("g"), m, 5000);
        }
        return b.build();
    }

    @Test
    void workedExample() {
        MrrLedger ledger = ledger();
        SurvivalCurve excluded = LedgerLifetimes.survival(ledger, LeftTruncation.EXCLUDE);
        assertEquals(LedgerLifetimes.survival(ledger), excluded);
        assertEquals(2, excluded.customers());
        assertEquals(0.5, excluded.survival(3));
        assertEquals(4, LedgerLifetimes.customersBeforeLedger(ledger));
        // a (0, 3], b (0, 6+], e (6, 9], f (12, 19+], g (3, 10+]; d left its first spell before the ledger.
        SurvivalCurve delayed = LedgerLifetimes.survival(ledger, LeftTruncation.DELAYED_ENTRY);
        assertEquals(KaplanMeier.fitDelayedEntry(List.of(DelayedEntryTenure.churned(0, 3),
                DelayedEntryTenure.censored(0, 6), DelayedEntryTenure.churned(6, 9), DelayedEntryTenure.censored(12, 19),
                DelayedEntryTenure.censored(3, 10))), delayed);
        assertEquals(5, delayed.customers());
        assertEquals(3, delayed.enteredLate());
        assertEquals(0.5, delayed.survival(3));
        // At 9 the customers at risk are e and g: 1/2 × 1/2.
        assertEquals(0.25, delayed.survival(9));
        assertThrows(NullPointerException.class, () -> LedgerLifetimes.survival(ledger, null));
    }

    record Row(int customer, int month, long minor) { }

    @Provide
    Arbitrary<List<Row>> rows() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 11),
                Arbitraries.longs().between(0, 5000)).as(Row::new).list().ofMinSize(1).ofMaxSize(70);
    }

    private static MrrLedger build(List<Row> rows, List<Integer> before) {
        var b = MrrLedger.builder(USD).months(OPENING, OPENING.plusMonths(11));
        for (Row r : rows) {
            b.add(CustomerId.of("c" + r.customer()), OPENING.plusMonths(r.month()), r.minor());
        }
        for (int c = 0; c < before.size(); c++) {
            if (before.get(c) > 0) {
                b.firstPaid(CustomerId.of("c" + c), OPENING.minusMonths(before.get(c)));
            }
        }
        return b.build();
    }

    /** The definition, the slow way: month by month through the ledger's MRR. */
    private static List<DelayedEntryTenure> naive(MrrLedger ledger) {
        List<DelayedEntryTenure> out = new ArrayList<>();
        int last = ledger.monthCount() - 1;
        for (CustomerId c : ledger.customers()) {
            var firstPaid = ledger.firstPaidMonth(c);
            if (firstPaid.isEmpty()) {
                continue;
            }
            int first = (int) java.time.temporal.ChronoUnit.MONTHS.between(OPENING, firstPaid.get());
            int from = Math.max(first, 0);
            if (!ledger.mrr(c, ledger.month(from)).positive()) {
                if (first >= 0) {
                    out.add(DelayedEntryTenure.churned(0, 0));
                }
                continue;
            }
            int end = from;
            while (end < last && ledger.mrr(c, ledger.month(end + 1)).positive()) {
                end++;
            }
            out.add(DelayedEntryTenure.ofFirstSpell(first, 0, end, last));
        }
        return out;
    }

    @Property
    void delayedEntryTenuresFollowTheirDefinition(@ForAll("rows") List<Row> rows,
            @ForAll("before") List<Integer> before) {
        MrrLedger ledger = build(rows, before);
        List<DelayedEntryTenure> expected = naive(ledger);
        if (expected.isEmpty()) {
            assertThrows(IllegalStateException.class, () -> LedgerLifetimes.survival(ledger, LeftTruncation.DELAYED_ENTRY));
            return;
        }
        assertEquals(KaplanMeier.fitDelayedEntry(expected), LedgerLifetimes.survival(ledger, LeftTruncation.DELAYED_ENTRY));
    }

    @Provide
    Arbitrary<List<Integer>> before() {
        return Arbitraries.integers().between(-3, 20).map(i -> Math.max(0, i)).list().ofSize(10);
    }

    @Property
    void withoutCustomersBeforeTheLedgerBothOptionsAgree(@ForAll("rows") List<Row> rows) {
        MrrLedger ledger = build(rows, List.of());
        if (LedgerLifetimes.tenures(ledger).count() == 0) {
            return;
        }
        assertEquals(LedgerLifetimes.survival(ledger), LedgerLifetimes.survival(ledger, LeftTruncation.DELAYED_ENTRY));
    }
}
