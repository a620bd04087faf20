package io.github.saasmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.health.HealthSignal;
import io.github.saasmetrics.health.ScoringCurve;
import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.ltv.ShiftedBetaGeometric;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.surveys.Csat;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile and edge inputs across the public API, one row each, so that each stays handled: the
 * exception type and a part of its message that names the input, or the value returned where the
 * input is valid after all.
 */
class HostileInputTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Money MIN = Money.ofMinor(USD, Long.MIN_VALUE);
    private static final Money MAX = Money.ofMinor(USD, Long.MAX_VALUE);
    private static final ReportingPeriod JAN = ReportingPeriod.month(YearMonth.of(2024, 1));

    /** An input that must fail with this type and a message containing this text. */
    private record Rejected(String input, Class<? extends RuntimeException> type, String named, Executable call) { }

    /** An input at an edge that must give this value. */
    private record Accepted(String input, Object expected, java.util.function.Supplier<Object> call) { }

    private static MrrBridge bridgeWithCounts(long atStart, long atEnd) {
        Money zero = Money.zero(USD);
        return new MrrBridge(JAN, zero, zero, zero, zero, zero, zero, zero, zero, atStart, atEnd - atStart, 0, 0, atEnd,
                0, 0, 0);
    }

    private static final List<Rejected> REJECTED = List.of(
            // Money text: every failure an IllegalArgumentException quoting the text.
            new Rejected("Money.parse(\"USD 1e30\")", IllegalArgumentException.class, "'USD 1e30'",
                    () -> Money.parse("USD 1e30")),
            new Rejected("Money.parse(\"USD 1.005\")", IllegalArgumentException.class, "'USD 1.005'",
                    () -> Money.parse("USD 1.005")),
            new Rejected("Money.parse(\"USD 1e-999999999\")", IllegalArgumentException.class, "'USD 1e-999999999'",
                    () -> Money.parse("USD 1e-999999999")),
            new Rejected("Money.parse(\"USD 1e99999999999\")", IllegalArgumentException.class, "'USD 1e99999999999'",
                    () -> Money.parse("USD 1e99999999999")),
            new Rejected("Money.parse(\"XYZ 1.00\")", IllegalArgumentException.class, "'XYZ 1.00'",
                    () -> Money.parse("XYZ 1.00")),
            new Rejected("Money.parse(\"XXX 1\")", IllegalArgumentException.class, "'XXX 1'", () -> Money.parse("XXX 1")),
            new Rejected("Money.parse(\"USD\")", IllegalArgumentException.class, "'USD'", () -> Money.parse("USD")),
            new Rejected("Money.parse(\"\")", IllegalArgumentException.class, "''", () -> Money.parse("")),
            new Rejected("Money.parse(\"USD  1.00\")", IllegalArgumentException.class, "'USD  1.00'",
                    () -> Money.parse("USD  1.00")),
            new Rejected("Money.parse(100,000 digits)", IllegalArgumentException.class, "too long",
                    () -> Money.parse("USD " + "1".repeat(100_000))),
            new Rejected("Money.parse(1 and 100,000 zeros)", IllegalArgumentException.class, "'USD 1000000000",
                    () -> Money.parse("USD 1" + "0".repeat(100_000))),
            new Rejected("Money.of(USD, 1 and 100,000 zeros)", ArithmeticException.class, "100001 digits",
                    () -> Money.of(USD, BigDecimal.ONE.movePointRight(100_000).setScale(0))),
            new Rejected("Money.parse(null)", NullPointerException.class, "text", () -> Money.parse(null)),
            // Money arithmetic: overflow names the operation and its operands.
            new Rejected("MIN.dividedBy(-1)", ArithmeticException.class, "USD -92233720368547758.08 ÷ -1",
                    () -> MIN.dividedBy(-1, RoundingMode.HALF_EVEN)),
            new Rejected("MAX.plus(0.01)", ArithmeticException.class, "USD 92233720368547758.07 + USD 0.01",
                    () -> MAX.plus(Money.ofMinor(USD, 1))),
            new Rejected("MIN.negated()", ArithmeticException.class, "−(USD -92233720368547758.08)", MIN::negated),
            new Rejected("MAX.times(2)", ArithmeticException.class, "USD 92233720368547758.07 × 2", () -> MAX.times(2)),
            new Rejected("dividedBy(0)", ArithmeticException.class, "by zero",
                    () -> MAX.dividedBy(0, RoundingMode.HALF_EVEN)),
            new Rejected("USD + EUR", CurrencyMismatchException.class, "expected USD but got EUR",
                    () -> Money.parse("USD 1.00").plus(Money.parse("EUR 1.00"))),
            new Rejected("Money.of(USD, 1e999999999, HALF_EVEN)", ArithmeticException.class, "does not fit",
                    () -> Money.of(USD, new BigDecimal("1e999999999"), RoundingMode.HALF_EVEN)),
            // Exchange rates.
            new Rejected("rate 0", IllegalArgumentException.class, "must be positive but was 0",
                    () -> ExchangeRates.builder(USD).rate("EUR", LocalDate.of(2024, 1, 1), "0")),
            new Rejected("rate 'eur'", IllegalArgumentException.class, "'eur'",
                    () -> ExchangeRates.builder(USD).rate("eur", LocalDate.of(2024, 1, 1), "1")),
            // LTV beyond the range of money.
            new Rejected("Ltv.simple(churn 1e-20)", ArithmeticException.class, "churn 1.0E-20",
                    () -> Ltv.simple(Money.parse("USD 200.00"), 0.85, 1e-20)),
            new Rejected("Ltv.fromLifetime(1e300)", ArithmeticException.class, "lifetime 1.0E300",
                    () -> Ltv.fromLifetime(Money.parse("USD 100.00"), 0.8, 1e300)),
            new Rejected("Ltv.simple(churn 0)", IllegalArgumentException.class, "zero churn",
                    () -> Ltv.simple(Money.parse("USD 100.00"), 0.8, 0)),
            new Rejected("Ltv.simple(churn NaN)", IllegalArgumentException.class, "NaN",
                    () -> Ltv.simple(Money.parse("USD 100.00"), 0.8, Double.NaN)),
            // sBG.
            new Rejected("sBG survival(-1)", IllegalArgumentException.class, "-1",
                    () -> ShiftedBetaGeometric.of(1, 1).survival(-1)),
            new Rejected("sBG(α = NaN)", IllegalArgumentException.class, "NaN", () -> ShiftedBetaGeometric.of(Double.NaN, 1)),
            new Rejected("sBG(β = ∞)", IllegalArgumentException.class, "Infinity",
                    () -> ShiftedBetaGeometric.of(1, Double.POSITIVE_INFINITY)),
            // Health-model weights.
            new Rejected("weights 1e308 + 1e308", IllegalArgumentException.class, "1.0E308",
                    () -> HealthModel.of(HealthSignal.NPS, 1e308, ScoringCurve.linear(0, 10))
                            .with(HealthSignal.CSAT, 1e308, ScoringCurve.linear(0, 1))),
            new Rejected("weight NaN", IllegalArgumentException.class, "NaN",
                    () -> HealthModel.of(HealthSignal.NPS, Double.NaN, ScoringCurve.linear(0, 10))),
            new Rejected("weight 4.9e-324 beside 1e308", IllegalArgumentException.class, "4.9E-324",
                    () -> HealthModel.of(HealthSignal.NPS, 1e308, ScoringCurve.linear(0, 10))
                            .with(HealthSignal.CSAT, Double.MIN_VALUE, ScoringCurve.linear(0, 1))),
            // Bridges: merging overflows name the field.
            new Rejected("MrrBridge.plus(customersAtStart MAX)", ArithmeticException.class, "customersAtStart",
                    () -> bridgeWithCounts(Long.MAX_VALUE, Long.MAX_VALUE).plus(bridgeWithCounts(1, 1))),
            new Rejected("MrrBridge(counts wrapping to 0)", IllegalArgumentException.class, "do not add up",
                    () -> new MrrBridge(JAN, Money.zero(USD), Money.zero(USD), Money.zero(USD), Money.zero(USD),
                            Money.zero(USD), Money.zero(USD), Money.zero(USD), Money.zero(USD), Long.MAX_VALUE,
                            Long.MAX_VALUE, 2, 0, 0, 0, 0, 0)),
            // Periods.
            new Rejected("ReportingPeriod.parse(\"2024-1\")", IllegalArgumentException.class, "'2024-1'",
                    () -> ReportingPeriod.parse("2024-1")),
            new Rejected("ReportingPeriod.parse(\"999\")", IllegalArgumentException.class, "'999'",
                    () -> ReportingPeriod.parse("999")),
            new Rejected("ReportingPeriod.year(999999999)", IllegalArgumentException.class, "+999999999-12-31",
                    () -> ReportingPeriod.year(999_999_999)),
            new Rejected("ReportingPeriod.quarter(-1000000000, 1)", IllegalArgumentException.class, "-1000000000",
                    () -> ReportingPeriod.quarter(-1_000_000_000, 1)),
            new Rejected("ReportingPeriod.of(reversed)", IllegalArgumentException.class, "endExclusive",
                    () -> ReportingPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))),
            // Counts and scales.
            new Rejected("NpsScore.of(-1, 0, 0)", IllegalArgumentException.class, "promoters",
                    () -> NpsScore.of(-1, 0, 0)),
            new Rejected("NpsScore.of(MAX, 1, 0)", ArithmeticException.class, "", () -> NpsScore.of(Long.MAX_VALUE, 1, 0)),
            new Rejected("Csat.score(6)", IllegalArgumentException.class, "6", () -> Csat.score(6)),
            new Rejected("Ratio.UNDEFINED.value()", IllegalStateException.class, "", Ratio.UNDEFINED::value),
            // Subscriptions.
            new Rejected("BillingInterval.parse(\"P0M\")", IllegalArgumentException.class, "'P0M'",
                    () -> BillingInterval.parse("P0M")),
            new Rejected("Discount 0 %", IllegalArgumentException.class, "0",
                    () -> Discount.percentForever(BigDecimal.ZERO)),
            new Rejected("BillingInterval.addTo(-1)", IllegalArgumentException.class, "-1",
                    () -> BillingInterval.monthly().addTo(LocalDate.of(2024, 1, 1), -1)));

    private static final List<Accepted> ACCEPTED = List.of(
            new Accepted("Money.parse(largest)", MAX, () -> Money.parse("USD 92233720368547758.07")),
            new Accepted("Money.parse(smallest)", MIN, () -> Money.parse("USD -92233720368547758.08")),
            new Accepted("Money.parse(\"USD 1e2\")", Money.parse("USD 100.00"), () -> Money.parse("USD 1e2")),
            new Accepted("Money.parse(\"USD 1.000\")", Money.parse("USD 1.00"), () -> Money.parse("USD 1.000")),
            new Accepted("MIN.dividedBy(1)", MIN, () -> MIN.dividedBy(1, RoundingMode.UNNECESSARY)),
            new Accepted("quarter(999, 1) round-trips", ReportingPeriod.quarter(999, 1),
                    () -> ReportingPeriod.parse(ReportingPeriod.quarter(999, 1).toString())),
            new Accepted("year(999) round-trips", ReportingPeriod.year(999),
                    () -> ReportingPeriod.parse(ReportingPeriod.year(999).toString())),
            new Accepted("month(10000-01) round-trips", ReportingPeriod.month(YearMonth.of(10000, 1)),
                    () -> ReportingPeriod.parse(ReportingPeriod.month(YearMonth.of(10000, 1)).toString())),
            new Accepted("sBG survival(Integer.MAX_VALUE) of α = β = 1", 1.0 / (1.0 + Integer.MAX_VALUE),
                    () -> ShiftedBetaGeometric.of(1, 1).survival(Integer.MAX_VALUE)),
            new Accepted("Ltv.simple(churn 100 %)", Money.parse("USD 80.00"),
                    () -> Ltv.simple(Money.parse("USD 100.00"), 0.8, 1.0)),
            new Accepted("Ratio.of(0, 0) is undefined, not NaN", false, () -> Ratio.of(0, 0).defined()),
            new Accepted("Money.of(USD, 1e999999999, HALF_EVEN) at once", "does not fit", () -> {
                try {
                    return Money.of(USD, new BigDecimal("1e99999999"), RoundingMode.HALF_EVEN);
                } catch (ArithmeticException e) {
                    return e.getMessage().contains("does not fit") ? "does not fit" : e.getMessage();
                }
            }));

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsRejectedNamingIt() {
        return REJECTED.stream().map(r -> DynamicTest.dynamicTest(r.input(), () -> {
            RuntimeException e = assertThrows(RuntimeException.class, r.call(), r.input());
            assertEquals(r.type(), e.getClass(), () -> r.input() + ": " + e);
            assertTrue(e.getMessage() != null && e.getMessage().contains(r.named()),
                    () -> r.input() + ": message should name " + r.named() + " but was " + e.getMessage());
            if (!r.named().isEmpty()) {
                assertFalse(e.getMessage().isBlank());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> edgeInputsThatAreValidGiveTheirValue() {
        return ACCEPTED.stream().map(a -> DynamicTest.dynamicTest(a.input(), () -> {
            Object actual = a.call().get();
            if (a.expected() instanceof Double d) {
                assertEquals(d, (Double) actual, 1e-12 * d, a.input());
            } else {
                assertEquals(a.expected(), actual, a.input());
            }
        }));
    }
}
