package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChurnReasonsTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    static MrrLedger ledger() {
        return MrrLedger.builder(Currency.getInstance("USD"))
                .add("a", "2024-02", "USD 30.00").add("b", "2024-02", "USD 20.00").add("c", "2024-02", "USD 50.00")
                .add("d", "2024-02", "USD 10.00").add("d", "2024-03", "USD 10.00").build();
    }

    static final List<ChurnReasonRecord> RECORDS = List.of(
            ChurnReasonRecord.of("a", MARCH, ChurnReason.PRICE, "found it too expensive for two seats"),
            ChurnReasonRecord.of("b", MARCH, ChurnReason.PAYMENT_FAILURE),
            ChurnReasonRecord.of("d", MARCH, ChurnReason.COMPETITOR, "asked about a rival"),
            ChurnReasonRecord.of("c", YearMonth.of(2024, 7), ChurnReason.OTHER));

    @Test
    void workedExample() {
        ChurnReasonBreakdown march = ChurnReasons.measure(ledger(), ReportingPeriod.month(MARCH), RECORDS);
        assertEquals(3, march.churned());
        assertEquals(2, march.recordedChurned());
        assertEquals(Money.of("USD", "100.00"), march.mrr());
        assertEquals(1, march.churned(ChurnReason.PRICE));
        assertEquals(Money.of("USD", "30.00"), march.mrr(ChurnReason.PRICE));
        assertEquals(Ratio.of(1, 3), march.share(ChurnReason.PRICE));
        assertEquals(Ratio.of(3000, 10000), march.mrrShare(ChurnReason.PRICE));
        assertEquals(Ratio.of(1, 3), march.unrecordedShare());
        assertEquals(0, march.churned(ChurnReason.COMPETITOR));
        assertEquals(Money.of("USD", "0.00"), march.mrr(ChurnReason.COMPETITOR));
        assertEquals(1, march.churned(ChurnType.INVOLUNTARY));
        assertEquals(Money.of("USD", "20.00"), march.mrr(ChurnType.INVOLUNTARY));
        assertEquals(Ratio.of(1, 2), march.typeShare(ChurnType.VOLUNTARY));
        assertEquals(1, march.unrecordedChurned());
        assertEquals(List.of(RECORDS.get(2)), march.unmatched());
        assertEquals("""
                reason 2024-03 (USD)  type         churned   share     MRR  MRR share
                price                 voluntary          1   33.3%   30.00      30.0%
                payment failure       involuntary        1   33.3%   20.00      20.0%
                (no reason recorded)                     1   33.3%   50.00      50.0%
                total                                    3  100.0%  100.00     100.0%
                voluntary 1 (50.0% of the 2 with a reason, MRR 30.00), involuntary 1 (50.0%, MRR 20.00)
                recorded reasons matching no churn event: 1 (2024-03 d competitor)""", march.toString());
        assertTrue(march.toMarkdown().startsWith("| reason 2024-03 (USD) | type | churned |"), march::toMarkdown);
    }

    @Test
    void monthlyBreakdownsAddUpToThePeriod() {
        ReportingPeriod q = ReportingPeriod.months(MARCH.minusMonths(1), MARCH);
        List<ChurnReasonBreakdown> months = ChurnReasons.monthly(ledger(), q, RECORDS);
        assertEquals(2, months.size());
        assertEquals(0, months.get(0).churned());
        assertEquals(ChurnReasons.measure(ledger(), ReportingPeriod.month(MARCH), RECORDS), months.get(1));
        ChurnReasonBreakdown whole = ChurnReasons.measure(ledger(), q, RECORDS);
        assertEquals(3, whole.churned());
        assertEquals(months.get(1).reasons(), whole.reasons());
        // With nobody churned every share is undefined, never 0 or NaN.
        assertEquals(Ratio.UNDEFINED, months.get(0).share(ChurnReason.PRICE));
        assertEquals(Ratio.UNDEFINED, months.get(0).typeShare(ChurnType.VOLUNTARY));
    }

    @Test
    void reasonsOfYourOwnAndTheTextForm() {
        ChurnReason expired = ChurnReason.of("card expired", ChurnType.INVOLUNTARY);
        ChurnReason onboarding = ChurnReason.of("onboarding", ChurnType.VOLUNTARY);
        assertEquals("card expired (involuntary)", expired.toString());
        assertEquals("onboarding", onboarding.toString());
        assertEquals("payment failure", ChurnReason.PAYMENT_FAILURE.toString());
        for (ChurnReason r : List.of(expired, onboarding, ChurnReason.PRICE, ChurnReason.PAYMENT_FAILURE)) {
            assertEquals(r, ChurnReason.parse(r.toString()));
        }
        assertEquals(ChurnReason.of("onboarding", ChurnType.INVOLUNTARY), ChurnReason.parse("onboarding (Involuntary)"));
        assertEquals(Optional.of(ChurnReason.LOW_USAGE), ChurnReason.named("low usage"));
        assertEquals(10, ChurnReason.defaults().size());
        assertEquals(1, ChurnReason.defaults().stream().filter(r -> r.type() == ChurnType.INVOLUNTARY).count());
        assertEquals("category 'payment failure' is a default reason, which is INVOLUNTARY, not VOLUNTARY",
                assertThrows(IllegalArgumentException.class,
                        () -> ChurnReason.of("payment failure", ChurnType.VOLUNTARY)).getMessage());
        assertEquals("category must not be blank or padded but was ' price'", assertThrows(
                IllegalArgumentException.class, () -> ChurnReason.of(" price", ChurnType.VOLUNTARY)).getMessage());
        // Own reasons list after the defaults, by name.
        var ledger = ledger();
        var b = ChurnReasons.measure(ledger, ReportingPeriod.month(MARCH), List.of(
                ChurnReasonRecord.of("a", MARCH, onboarding), ChurnReasonRecord.of("b", MARCH, expired),
                ChurnReasonRecord.of("c", MARCH, ChurnReason.OTHER)));
        assertEquals(List.of(ChurnReason.OTHER, expired, onboarding), b.reasons().stream().map(ChurnReasonCount::reason)
                .toList());
        assertEquals(Ratio.of(1, 3), b.typeShare(ChurnType.INVOLUNTARY));
        assertNull(ChurnReasonRecord.of("a", MARCH, ChurnReason.PRICE, "  ").note());
    }

    @Test
    void badInputIsNamed() {
        assertEquals("two churn reasons for customer a in 2024-03: '2024-03 a price' and '2024-03 a support'",
                assertThrows(IllegalArgumentException.class, () -> ChurnReasons.measure(ledger(), ReportingPeriod.month(MARCH),
                        List.of(ChurnReasonRecord.of("a", MARCH, ChurnReason.PRICE),
                                ChurnReasonRecord.of("a", MARCH, ChurnReason.SUPPORT)))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChurnReasons.measure(ledger(), ReportingPeriod.parse("2024-04"),
                RECORDS));
        ChurnReasonBreakdown march = ChurnReasons.measure(ledger(), ReportingPeriod.month(MARCH), RECORDS);
        assertEquals("cannot add churn reasons of 2024-03 and 2024-02", assertThrows(IllegalArgumentException.class,
                () -> march.plus(ChurnReasons.measure(ledger(), ReportingPeriod.parse("2024-02"), RECORDS))).getMessage());
    }

    @Test
    void jsonRoundTrips() {
        ChurnReasonBreakdown march = ChurnReasons.measure(ledger(), ReportingPeriod.month(MARCH), RECORDS);
        JsonRoundTrip.assertRoundTrips(march, ChurnReasonBreakdown.class);
        JsonRoundTrip.assertRoundTrips(RECORDS.get(0), ChurnReasonRecord.class);
        JsonRoundTrip.assertRoundTrips(ChurnReason.of("card expired", ChurnType.INVOLUNTARY), ChurnReason.class);
        JsonRoundTrip.assertRoundTrips(march.reasons().get(0), ChurnReasonCount.class);
    }
}
