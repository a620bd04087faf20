package io.github.saasmetrics.hostile;

import static io.github.saasmetrics.hostile.HostileCase.of;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.experiment.DifferenceInDifferences;
import io.github.saasmetrics.experiment.KpiChanges;
import io.github.saasmetrics.experiment.KpiChangesAccumulator;
import io.github.saasmetrics.forecast.GrowthRates;
import io.github.saasmetrics.forecast.MrrProjection;
import io.github.saasmetrics.forecast.WhatIf;
import io.github.saasmetrics.health.HealthBands;
import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.health.HealthPortfolio;
import io.github.saasmetrics.health.HealthSignal;
import io.github.saasmetrics.health.HealthSignals;
import io.github.saasmetrics.health.HealthValidation;
import io.github.saasmetrics.health.LedgerHealth;
import io.github.saasmetrics.health.Playbook;
import io.github.saasmetrics.health.PlaybookAction;
import io.github.saasmetrics.health.PlaybookTrigger;
import io.github.saasmetrics.health.RocAuc;
import io.github.saasmetrics.health.ScoringCurve;
import io.github.saasmetrics.health.ScoringCurve.Knot;
import io.github.saasmetrics.health.SignalScoring;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.surveys.Csat;
import io.github.saasmetrics.surveys.CsatScale;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsAccumulator;
import io.github.saasmetrics.surveys.NpsCategory;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsSegments;
import io.github.saasmetrics.surveys.NpsWeights;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input against the front doors of the customer, NPS/CSAT, health, forecast and experiment
 * packages: one row per door and kind of abuse, each with the exception it must throw and the words
 * (field and value) its message must contain.
 */
class SurveysAndHealthHostileInputTest {

    private static final String HUGE = "x".repeat(1_800_000);
    private static final String HUGE_BLANK = " ".repeat(1_000_000);
    private static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    private static final Money USD_100 = Money.of("USD", "100.00");
    private static final Money USD_MAX = Money.ofMinor("USD", Long.MAX_VALUE);
    private static final GrowthRates RATES = GrowthRates.of(USD_100, Money.of("USD", "10.00"), 0.03, 0.02, 0.01);
    private static final ScoringCurve CURVE = ScoringCurve.linear(0, 10);
    private static final HealthModel MODEL = HealthModel.defaults();

    private static MrrLedger ledger() {
        return MrrLedger.builder(Currency.getInstance("USD")).add("a", "2024-01", "USD 100.00")
                .add("a", "2024-02", "USD 100.00").build();
    }

    private static MrrBridge flat(YearMonth month, Money mrr) {
        return new MrrBridge(ReportingPeriod.month(month), mrr, Money.zero(mrr.currency()), Money.zero(mrr.currency()),
                Money.zero(mrr.currency()), Money.zero(mrr.currency()), Money.zero(mrr.currency()),
                Money.zero(mrr.currency()), mrr, 1, 0, 0, 0, 1, 0, 0, 0);
    }

    private static NpsAccumulator accumulatorOf(NpsScore score) {
        NpsAccumulator acc = new NpsAccumulator();
        acc.addAll(score);
        return acc;
    }

    @TestFactory
    Stream<DynamicTest> customer() {
        return HostileInput.tests(Stream.of(
                of("CustomerId.of", "null", NullPointerException.class, () -> CustomerId.of(null), "value"),
                of("CustomerId.of", "empty", IllegalArgumentException.class, () -> CustomerId.of(""), "blank"),
                of("CustomerId.of", "huge blank", IllegalArgumentException.class, () -> CustomerId.of(HUGE_BLANK),
                        "1000000 characters"),
                of("CustomerId.of", "huge", IllegalArgumentException.class, () -> CustomerId.of(HUGE),
                        "customer id", "1800000 characters", "256"),
                of("Customer.of", "null", NullPointerException.class, () -> Customer.of(null), "value"),
                of("Customer.of", "huge id", IllegalArgumentException.class, () -> Customer.of(HUGE),
                        "1800000 characters"),
                of("Customer.withAttribute", "null key", NullPointerException.class,
                        () -> Customer.of("c").withAttribute(null, "pro"), "key"),
                of("Customer.withAttribute", "null value", NullPointerException.class,
                        () -> Customer.of("c").withAttribute("plan", null), "value"),
                of("Customer.withAttribute", "huge blank key", IllegalArgumentException.class,
                        () -> Customer.of("c").withAttribute(HUGE_BLANK, "pro"), "attribute key", "1000000 characters"),
                of("Customer.withAttribute", "huge blank value", IllegalArgumentException.class,
                        () -> Customer.of("c").withAttribute(HUGE, HUGE_BLANK), "attribute", "1800000 characters",
                        "1000000 characters"),
                of("Customer", "null attributes", NullPointerException.class,
                        () -> new Customer(CustomerId.of("c"), null, null), "attributes"),
                of("Customer", "null id", NullPointerException.class, () -> new Customer(null, null, Map.of()), "id"),
                of("Customer", "null attribute value", IllegalArgumentException.class, () -> {
                    Map<String, String> attributes = new HashMap<>();
                    attributes.put("plan", null);
                    new Customer(CustomerId.of("c"), null, attributes);
                }, "plan", "null"),
                of("Customer.attribute", "null key", NullPointerException.class, () -> Customer.of("c").attribute(null),
                        "key")));
    }

    @TestFactory
    Stream<DynamicTest> nps() {
        NpsResponse promoter = NpsResponse.of("c", 10, DAY);
        return HostileInput.tests(Stream.of(
                of("NpsScore.of", "negative", IllegalArgumentException.class, () -> NpsScore.of(0, -1, 0), "passives",
                        "-1"),
                of("NpsScore.of", "Long.MIN_VALUE", IllegalArgumentException.class,
                        () -> NpsScore.of(0, 0, Long.MIN_VALUE), "detractors", "-9223372036854775808"),
                of("NpsScore.of", "responses overflow", ArithmeticException.class,
                        () -> NpsScore.of(Long.MAX_VALUE, 1, 0), "responses", "promoters", "9223372036854775807"),
                of("NpsScore.score", "empty", IllegalStateException.class, () -> NpsScore.EMPTY.score(), "no responses"),
                of("NpsScore.marginOfError", "NaN level", IllegalArgumentException.class,
                        () -> NpsScore.of(1, 1, 1).marginOfError(Double.NaN), "level", "NaN"),
                of("NpsScore.waldInterval", "level 1", IllegalArgumentException.class,
                        () -> NpsScore.of(1, 1, 1).waldInterval(1), "level", "1.0"),
                of("NpsScore.adjustedWaldInterval", "infinite level", IllegalArgumentException.class,
                        () -> NpsScore.of(1, 1, 1).adjustedWaldInterval(Double.POSITIVE_INFINITY), "level", "Infinity"),
                of("NpsScore.plus", "null", NullPointerException.class, () -> NpsScore.of(1, 0, 0).plus(null), "other"),
                of("NpsScore.plus", "overflow", ArithmeticException.class,
                        () -> NpsScore.of(Long.MAX_VALUE, 0, 0).plus(NpsScore.of(1, 0, 0)), "promoters",
                        "9223372036854775807"),
                of("NpsScore", "weights of a larger sample than the responses", IllegalArgumentException.class,
                        () -> new NpsScore(1, 0, 0, new NpsWeights(1, 0, 0, Double.MIN_VALUE)), "effective sample size",
                        "1 response"),
                of("NpsScore", "weights below one effective response", IllegalArgumentException.class,
                        () -> new NpsScore(2, 0, 0, new NpsWeights(1e-200, 0, 0, 1e200)), "effective sample size"),
                of("NpsScore.compare", "empty", IllegalStateException.class,
                        () -> NpsScore.compare(NpsScore.EMPTY, NpsScore.of(1, 0, 0)), "no responses"),
                of("NpsScore.compare", "null", NullPointerException.class,
                        () -> NpsScore.compare(null, NpsScore.of(1, 0, 0)), "a"),
                of("NpsWeights", "NaN", IllegalArgumentException.class, () -> new NpsWeights(Double.NaN, 0, 0, 1),
                        "promoters", "NaN"),
                of("NpsWeights", "infinite total", IllegalArgumentException.class,
                        () -> new NpsWeights(Double.MAX_VALUE, Double.MAX_VALUE, 0, 1), "total weight", "Infinity"),
                of("NpsWeights", "negative", IllegalArgumentException.class, () -> new NpsWeights(1, -1, 0, 1),
                        "passives", "-1.0"),
                of("NpsWeights", "zero sum of squares", IllegalArgumentException.class,
                        () -> new NpsWeights(1, 0, 0, 0), "sumOfSquares", "0.0"),
                of("NpsCategory.of", "11", IllegalArgumentException.class, () -> NpsCategory.of(11), "score", "11"),
                of("NpsCategory.of", "Integer.MIN_VALUE", IllegalArgumentException.class,
                        () -> NpsCategory.of(Integer.MIN_VALUE), "score", "-2147483648"),
                of("Nps.score(int...)", "null", NullPointerException.class, () -> Nps.score((int[]) null), "scores"),
                of("Nps.score(int...)", "Integer.MAX_VALUE", IllegalArgumentException.class,
                        () -> Nps.score(10, Integer.MAX_VALUE), "index 1", "2147483647"),
                of("Nps.score(int...)", "negative", IllegalArgumentException.class, () -> Nps.score(-1), "index 0",
                        "-1"),
                of("Nps.score(Collection)", "null", NullPointerException.class,
                        () -> Nps.score((List<NpsResponse>) null), "responses"),
                of("Nps.score(Collection)", "null response", NullPointerException.class,
                        () -> Nps.score(java.util.Arrays.asList(promoter, null)), "response"),
                of("NpsResponse.of", "score 11", IllegalArgumentException.class, () -> NpsResponse.of("c", 11, DAY),
                        "score", "11", "c"),
                of("NpsResponse.of", "null date", NullPointerException.class, () -> NpsResponse.of("c", 1, null),
                        "date"),
                of("NpsResponse.of", "huge customer", IllegalArgumentException.class,
                        () -> NpsResponse.of(HUGE, 1, DAY), "1800000 characters"),
                of("NpsResponse.weighted", "NaN weight", IllegalArgumentException.class,
                        () -> NpsResponse.weighted(CustomerId.of("c"), 1, DAY, Double.NaN), "weight", "NaN"),
                of("NpsResponse.weighted", "infinite weight", IllegalArgumentException.class,
                        () -> NpsResponse.weighted(CustomerId.of("c"), 1, DAY, Double.POSITIVE_INFINITY), "weight",
                        "Infinity"),
                of("NpsResponse.withWeight", "zero", IllegalArgumentException.class, () -> promoter.withWeight(0),
                        "weight", "0.0"),
                of("NpsResponse.withWeight", "negative", IllegalArgumentException.class,
                        () -> promoter.withWeight(-1), "weight", "-1.0"),
                of("NpsAccumulator.add", "score with NaN weight", IllegalArgumentException.class,
                        () -> new NpsAccumulator().add(9, Double.NaN), "weight", "NaN"),
                of("NpsAccumulator.add", "score 11", IllegalArgumentException.class,
                        () -> new NpsAccumulator().add(11), "score", "11"),
                of("NpsAccumulator.addAll", "count overflow", ArithmeticException.class,
                        () -> accumulatorOf(NpsScore.of(0, Long.MAX_VALUE, 0)).addAll(NpsScore.of(0, 1, 0)), "passives",
                        "9223372036854775807"),
                of("NpsAccumulator.addAll", "accumulators overflow", ArithmeticException.class,
                        () -> accumulatorOf(NpsScore.of(0, 0, Long.MAX_VALUE)).addAll(accumulatorOf(NpsScore.of(0, 0,
                                1))), "detractors", "9223372036854775807"),
                of("NpsAccumulator.addAll", "null", NullPointerException.class,
                        () -> new NpsAccumulator().addAll((NpsScore) null), "score"),
                of("Nps.monthlyTrend", "years -999999999 to 999999999", IllegalArgumentException.class,
                        () -> Nps.monthlyTrend(List.of(NpsResponse.of("a", 9, LocalDate.MIN),
                                NpsResponse.of("b", 9, LocalDate.of(999_999_999, 1, 1)))), "-999999999-01",
                        "999999999-01", "32767"),
                of("Nps.quarterlyTrend", "years -999999999 to 999999999", IllegalArgumentException.class,
                        () -> Nps.quarterlyTrend(List.of(NpsResponse.of("a", 9, LocalDate.MIN),
                                NpsResponse.of("b", 9, LocalDate.of(999_999_999, 1, 1)))), "-999999999-Q1",
                        "32767"),
                of("Nps.monthlyTrend", "last day of time", IllegalArgumentException.class,
                        () -> Nps.monthlyTrend(List.of(NpsResponse.of("a", 9, LocalDate.MAX))), "999999999-12"),
                of("Nps.monthlyTrend", "null", NullPointerException.class, () -> Nps.monthlyTrend(null), "responses"),
                of("Nps.trend", "null periodOf", NullPointerException.class, () -> Nps.trend(List.of(promoter), null),
                        "periodOf"),
                of("Nps.trend", "period not containing the date", IllegalArgumentException.class,
                        () -> Nps.trend(List.of(promoter), d -> ReportingPeriod.month(YearMonth.of(2023, 1))),
                        "2023-01", "2024-01-15"),
                of("Nps.bySegment", "huge blank attribute", IllegalArgumentException.class,
                        () -> Nps.bySegment(List.of(promoter), List.of(Customer.of("c")), HUGE_BLANK), "attribute",
                        "1000000 characters"),
                of("Nps.bySegment", "null attribute", NullPointerException.class,
                        () -> Nps.bySegment(List.of(promoter), List.of(Customer.of("c")), null), "attribute"),
                of("Nps.bySegment", "unknown customer", IllegalArgumentException.class,
                        () -> Nps.bySegment(List.of(promoter), List.of(Customer.of("d")), "plan"), "customer c"),
                of("Nps.bySegment", "customer twice", IllegalArgumentException.class,
                        () -> Nps.bySegment(List.of(promoter), List.of(Customer.of("c"), Customer.of("c")), "plan"),
                        "customer c", "twice"),
                of("NpsSegments.Segment", "huge blank value", IllegalArgumentException.class,
                        () -> new NpsSegments.Segment(HUGE_BLANK, NpsScore.EMPTY), "segment value",
                        "1000000 characters"),
                of("NpsSegments", "unsorted huge values", IllegalArgumentException.class,
                        () -> new NpsSegments("plan", List.of(new NpsSegments.Segment("z" + HUGE, NpsScore.EMPTY),
                                new NpsSegments.Segment("a" + HUGE, NpsScore.EMPTY)), NpsScore.EMPTY), "sorted",
                        "1800001 characters"),
                of("CsatScale", "min above max", IllegalArgumentException.class, () -> Csat.scale(5, 1, 3), "min", "5"),
                of("CsatScale", "int extremes, top box at min", IllegalArgumentException.class,
                        () -> Csat.scale(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE), "topBoxFrom",
                        "-2147483648"),
                of("CsatScale.score", "answer out of scale", IllegalArgumentException.class,
                        () -> CsatScale.DEFAULT.score(1, 6), "index 1", "6"),
                of("Csat.score", "null", NullPointerException.class, () -> Csat.score((int[]) null), "answers"),
                of("Csat.score", "zero", IllegalArgumentException.class, () -> Csat.score(0), "index 0", "0"),
                of("CsatScore.of", "negative responses", IllegalArgumentException.class,
                        () -> CsatScore.of(CsatScale.DEFAULT, 0, -1), "responses", "-1"),
                of("CsatScore.of", "topBox above responses", IllegalArgumentException.class,
                        () -> CsatScore.of(CsatScale.DEFAULT, Long.MAX_VALUE, 1), "topBox", "9223372036854775807"),
                of("CsatScore.of", "null scale", NullPointerException.class, () -> CsatScore.of(null, 0, 0), "scale"),
                of("CsatScore.plus", "overflow", ArithmeticException.class,
                        () -> CsatScore.of(CsatScale.DEFAULT, 0, Long.MAX_VALUE).plus(CsatScore.of(CsatScale.DEFAULT, 0,
                                1)), "responses", "9223372036854775807"),
                of("CsatScore.percent", "empty", IllegalStateException.class,
                        () -> CsatScore.of(CsatScale.DEFAULT, 0, 0).percent(), "no answers"),
                of("CsatScore.wilsonInterval", "NaN level", IllegalArgumentException.class,
                        () -> CsatScore.of(CsatScale.DEFAULT, 1, 2).wilsonInterval(Double.NaN), "level", "NaN")));
    }

    @TestFactory
    Stream<DynamicTest> forecast() {
        YearMonth jan = YearMonth.of(2024, 1);
        Money half = Money.ofMinor("USD", Long.MAX_VALUE / 2 + 1);
        return HostileInput.tests(Stream.of(
                of("GrowthRates.of", "null startMrr", NullPointerException.class,
                        () -> GrowthRates.of(null, USD_100, 0, 0, 0), "startMrr"),
                of("GrowthRates.of", "negative newMrr", IllegalArgumentException.class,
                        () -> GrowthRates.of(USD_100, Money.ofMinor("USD", Long.MIN_VALUE), 0, 0, 0), "newMrr",
                        "-92233720368547758.08"),
                of("GrowthRates.of", "NaN churn", IllegalArgumentException.class,
                        () -> GrowthRates.of(USD_100, USD_100, Double.NaN, 0, 0), "churnRate", "NaN"),
                of("GrowthRates.of", "infinite expansion", IllegalArgumentException.class,
                        () -> GrowthRates.of(USD_100, USD_100, 0, Double.POSITIVE_INFINITY, 0), "expansionRate",
                        "Infinity"),
                of("GrowthRates.of", "negative contraction", IllegalArgumentException.class,
                        () -> GrowthRates.of(USD_100, USD_100, 0, 0, -Double.MIN_VALUE), "contractionRate", "4.9E-324"),
                of("GrowthRates.of", "losing more than everything", IllegalArgumentException.class,
                        () -> GrowthRates.of(USD_100, USD_100, 1, 0, Double.MIN_VALUE), "churnRate + contractionRate"),
                of("GrowthRates.of", "two currencies", CurrencyMismatchException.class,
                        () -> GrowthRates.of(USD_100, Money.of("EUR", "1.00"), 0, 0, 0), "EUR"),
                of("GrowthRates.of(table)", "null", NullPointerException.class,
                        () -> GrowthRates.of((MrrBridgeTable) null), "table"),
                of("GrowthRates.of(table)", "empty", IllegalArgumentException.class,
                        () -> GrowthRates.of(MrrBridgeTable.of(List.of())), "without months"),
                of("GrowthRates.of(table)", "start MRR overflows", ArithmeticException.class,
                        () -> GrowthRates.of(MrrBridgeTable.of(List.of(flat(jan, half), flat(jan.plusMonths(1), half)))),
                        "start MRR", "2024-02", "46116860184273879.04"),
                of("GrowthRates.churnChangedBy", "NaN", IllegalArgumentException.class,
                        () -> RATES.churnChangedBy(Double.NaN), "points", "NaN"),
                of("GrowthRates.churnChangedBy", "-Infinity", IllegalArgumentException.class,
                        () -> RATES.churnChangedBy(Double.NEGATIVE_INFINITY), "points", "-Infinity"),
                of("GrowthRates.churnChangedBy", "below zero", IllegalArgumentException.class,
                        () -> RATES.churnChangedBy(-Double.MAX_VALUE), "churn", "-1.7976931348623157E308"),
                of("GrowthRates.annualRetentionChangedBy", "above one", IllegalArgumentException.class,
                        () -> RATES.annualRetentionChangedBy(Double.MAX_VALUE), "points", "1.7976931348623157E308"),
                of("GrowthRates.withNewMrr", "null", NullPointerException.class, () -> RATES.withNewMrr(null),
                        "newMrr"),
                of("GrowthRates.withChurnRate", "NaN", IllegalArgumentException.class,
                        () -> RATES.withChurnRate(Double.NaN), "churnRate", "NaN"),
                of("MrrProjection.of", "Integer.MAX_VALUE months", IllegalArgumentException.class,
                        () -> MrrProjection.of(RATES, Integer.MAX_VALUE), "months", "2147483647"),
                of("MrrProjection.of", "zero months", IllegalArgumentException.class, () -> MrrProjection.of(RATES, 0),
                        "months", "0"),
                of("MrrProjection.of", "Integer.MIN_VALUE months", IllegalArgumentException.class,
                        () -> MrrProjection.of(RATES, Integer.MIN_VALUE), "months", "-2147483648"),
                of("MrrProjection.of", "null rates", NullPointerException.class, () -> MrrProjection.of(null, 1),
                        "rates"),
                of("MrrProjection.mrrClosedForm", "Integer.MAX_VALUE", IllegalArgumentException.class,
                        () -> MrrProjection.of(RATES, 12).mrrClosedForm(Integer.MAX_VALUE), "t", "2147483647"),
                of("MrrProjection.mrrClosedForm", "negative", IllegalArgumentException.class,
                        () -> MrrProjection.of(RATES, 12).mrrClosedForm(-1), "t", "-1"),
                of("MrrProjection.finalMrr", "MRR beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_MAX, USD_MAX, 0, 1, 0), 1200).finalMrr(),
                        "MRR", "month 1"),
                of("MrrProjection.revenue", "revenue beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_MAX, Money.zero(USD_MAX.currency()), 0, 0, 0), 2)
                                .revenue(), "revenue", "2 months"),
                of("MrrProjection.mrr", "MRR beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_MAX, USD_MAX, 0, 0, 0), 3).mrr(), "MRR",
                        "month 1"),
                of("MrrProjection.newMrrValue", "beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_MAX, USD_MAX, 0, 0, 0), 3).newMrrValue(),
                        "value of a month's new MRR", "3 months"),
                of("MrrProjection.ltv", "beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_100, USD_100, 0, 1, 0), 1200).ltv(USD_MAX, 1),
                        "lifetime value", "arpa"),
                of("MrrProjection.lifetimeLtv", "beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_100, USD_100, Double.MIN_VALUE, 0, 0), 1)
                                .lifetimeLtv(USD_MAX, 1), "lifetime value", "arpa"),
                of("MrrProjection.ltv", "NaN margin", IllegalArgumentException.class,
                        () -> MrrProjection.of(RATES, 12).ltv(USD_100, Double.NaN), "grossMargin", "NaN"),
                of("MrrProjection.ltv", "null arpa", NullPointerException.class,
                        () -> MrrProjection.of(RATES, 12).ltv(null, 1), "arpa"),
                of("MrrProjection.ltv", "negative arpa", IllegalArgumentException.class,
                        () -> MrrProjection.of(RATES, 12).ltv(Money.ofMinor("USD", Long.MIN_VALUE), 1), "arpa"),
                of("MrrProjection.lifetimeLtv", "other currency", CurrencyMismatchException.class,
                        () -> MrrProjection.of(RATES, 12).lifetimeLtv(Money.of("EUR", "1.00"), 1), "arpa"),
                of("MrrProjection.revenueClosedForm", "beyond a long", ArithmeticException.class,
                        () -> MrrProjection.of(GrowthRates.of(USD_MAX, USD_MAX, 0, 0, 0), 1200).revenueClosedForm(),
                        "revenue", "1200 months"),
                of("WhatIf.of", "Integer.MAX_VALUE months", IllegalArgumentException.class,
                        () -> WhatIf.of(RATES, RATES, Integer.MAX_VALUE), "months", "2147483647"),
                of("WhatIf.of", "null baseline", NullPointerException.class, () -> WhatIf.of(null, RATES, 12),
                        "baseline"),
                of("WhatIf.of", "null scenario", NullPointerException.class, () -> WhatIf.of(RATES, null, 12),
                        "scenario"),
                of("WhatIf.of", "two currencies", CurrencyMismatchException.class,
                        () -> WhatIf.of(RATES, GrowthRates.of(Money.of("EUR", "1.00"), Money.of("EUR", "1.00"), 0, 0, 0),
                                12), "EUR"),
                of("WhatIf", "different horizons", IllegalArgumentException.class,
                        () -> new WhatIf(MrrProjection.of(RATES, 1), MrrProjection.of(RATES, 1200)), "1 and 1200"),
                of("WhatIf.finalMrrDifference", "scenario MRR beyond a long", ArithmeticException.class,
                        () -> WhatIf.of(RATES, GrowthRates.of(USD_MAX, USD_MAX, 0, 0, 0), 12).finalMrrDifference(),
                        "MRR", "month 1"),
                of("WhatIf.revenueDifference", "revenue beyond a long", ArithmeticException.class,
                        () -> WhatIf.of(RATES, GrowthRates.of(USD_MAX, USD_MAX, 0, 0, 0), 12).revenueDifference(),
                        "revenue", "12 months")));
    }

    @TestFactory
    Stream<DynamicTest> experiment() {
        BigDecimal oneE999999999 = new BigDecimal("1e999999999");
        KpiChanges two = KpiChanges.of(new double[] {1, 2}, new double[] {2, 4});
        return HostileInput.tests(Stream.of(
                of("KpiChanges.of", "null before", NullPointerException.class, () -> KpiChanges.of(null, new double[0]),
                        "before"),
                of("KpiChanges.of", "lengths differ", IllegalArgumentException.class,
                        () -> KpiChanges.of(new double[1], new double[2]), "1 and 2"),
                of("KpiChanges.of", "NaN", IllegalArgumentException.class,
                        () -> KpiChanges.of(new double[] {0, Double.NaN}, new double[2]), "unit 1", "NaN"),
                of("KpiChanges.of", "infinite after", IllegalArgumentException.class,
                        () -> KpiChanges.of(new double[1], new double[] {Double.NEGATIVE_INFINITY}), "after",
                        "-Infinity"),
                of("KpiChanges", "negative count", IllegalArgumentException.class,
                        () -> new KpiChanges(-1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), "count", "-1"),
                of("KpiChanges", "null sum", NullPointerException.class,
                        () -> new KpiChanges(1, null, BigDecimal.ZERO, BigDecimal.ZERO), "sumBefore"),
                of("KpiChanges", "sums of nothing", IllegalArgumentException.class,
                        () -> new KpiChanges(0, BigDecimal.ZERO, oneE999999999, BigDecimal.ZERO), "empty",
                        "1E+999999999"),
                of("KpiChanges", "sumBefore 1e999999999", IllegalArgumentException.class,
                        () -> new KpiChanges(1, oneE999999999, BigDecimal.ZERO, BigDecimal.ZERO), "sumBefore",
                        "1E+999999999"),
                of("KpiChanges", "sumAfter -1e999999999", IllegalArgumentException.class,
                        () -> new KpiChanges(Long.MAX_VALUE, BigDecimal.ZERO, oneE999999999.negate(), BigDecimal.ZERO),
                        "sumAfter", "-1E+999999999"),
                of("KpiChanges", "sumSquaredChange 1e-999999999", IllegalArgumentException.class,
                        () -> new KpiChanges(1, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1e-999999999")),
                        "sumSquaredChange", "1E-999999999"),
                of("KpiChanges", "squares too small", IllegalArgumentException.class,
                        () -> new KpiChanges(1, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO), "sumSquaredChange"),
                of("KpiChanges.plus", "count overflow", ArithmeticException.class,
                        () -> new KpiChanges(Long.MAX_VALUE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)
                                .plus(two), "count", "9223372036854775807"),
                of("KpiChanges.plus", "null", NullPointerException.class, () -> two.plus(null), "other"),
                of("KpiChanges.meanChange", "beyond a double", ArithmeticException.class,
                        () -> KpiChanges.of(new double[] {-Double.MAX_VALUE}, new double[] {Double.MAX_VALUE})
                                .meanChange(), "mean change", "E+308"),
                of("KpiChanges.variance", "beyond a double", ArithmeticException.class,
                        () -> KpiChanges.of(new double[] {0, 0}, new double[] {1e200, -1e200}).variance(), "variance"),
                of("KpiChanges.standardDeviation", "beyond a double", ArithmeticException.class,
                        () -> KpiChanges.of(new double[] {0, 0}, new double[] {1e300, -1e300}).standardDeviation(),
                        "variance"),
                of("KpiChanges.meanBefore", "empty", IllegalStateException.class,
                        () -> KpiChanges.empty().meanBefore(), "empty"),
                of("KpiChanges.variance", "one unit", IllegalStateException.class,
                        () -> KpiChanges.of(new double[1], new double[1]).variance(), "2 units", "1"),
                of("KpiChanges.toKpiChanges", "null", NullPointerException.class,
                        () -> KpiChanges.toKpiChanges(null, x -> 0), "before"),
                of("KpiChangesAccumulator.add", "NaN", IllegalArgumentException.class,
                        () -> new KpiChangesAccumulator().add(Double.NaN, 0), "before", "NaN"),
                of("KpiChangesAccumulator.addAll", "null", NullPointerException.class,
                        () -> new KpiChangesAccumulator().addAll((KpiChanges) null), "changes"),
                of("KpiChangesAccumulator.addAll", "null accumulator", NullPointerException.class,
                        () -> new KpiChangesAccumulator().addAll((KpiChangesAccumulator) null), "other"),
                of("KpiChangesAccumulator.addAll", "count overflow", ArithmeticException.class, () -> {
                    KpiChangesAccumulator acc = new KpiChangesAccumulator();
                    acc.addAll(new KpiChanges(Long.MAX_VALUE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
                    acc.add(1, 2);
                }, "count", "9223372036854775807"),
                of("DifferenceInDifferences.of", "null target", NullPointerException.class,
                        () -> DifferenceInDifferences.of(null, two), "target"),
                of("DifferenceInDifferences.effect", "empty", IllegalStateException.class,
                        () -> DifferenceInDifferences.of(KpiChanges.empty(), two).effect(), "0 target"),
                of("DifferenceInDifferences.effect", "beyond a double", ArithmeticException.class,
                        () -> DifferenceInDifferences.of(KpiChanges.of(new double[] {-Double.MAX_VALUE},
                                new double[] {Double.MAX_VALUE}), KpiChanges.of(new double[] {Double.MAX_VALUE},
                                new double[] {-Double.MAX_VALUE})).effect(), "effect", "E+308"),
                of("DifferenceInDifferences.standardError", "beyond a double", ArithmeticException.class,
                        () -> DifferenceInDifferences.of(KpiChanges.of(new double[] {0, 0},
                                new double[] {1e200, -1e200}), two).standardError(), "variance"),
                of("DifferenceInDifferences.interval", "NaN level", IllegalArgumentException.class,
                        () -> DifferenceInDifferences.of(two, two).interval(Double.NaN), "level", "NaN"),
                of("DifferenceInDifferences.degreesOfFreedom", "no variance", IllegalStateException.class,
                        () -> DifferenceInDifferences.of(KpiChanges.of(new double[2], new double[2]),
                                KpiChanges.of(new double[2], new double[2])).degreesOfFreedom(), "degrees of freedom")));
    }

    @TestFactory
    Stream<DynamicTest> health() {
        String manyKnots = "linear " + "1:1, ".repeat(360_000) + "2:0";
        HealthSignals signals = HealthSignals.of("c").withNps(9);
        MrrLedger ledger = ledger();
        YearMonth feb = YearMonth.of(2024, 2);
        return HostileInput.tests(Stream.of(
                of("ScoringCurve.parse", "1.8 M characters", IllegalArgumentException.class,
                        () -> ScoringCurve.parse(manyKnots), "characters"),
                of("ScoringCurve.parse", "1.8 M characters without a space", IllegalArgumentException.class,
                        () -> ScoringCurve.parse(HUGE), "1800000 characters"),
                of("ScoringCurve.parse", "a 1.8 M character shape", IllegalArgumentException.class,
                        () -> ScoringCurve.parse(HUGE + " 1:1, 2:0"), "1800009 characters"),
                of("ScoringCurve.parse", "a 1.8 M character knot", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("linear 1:1, " + HUGE), "characters"),
                of("ScoringCurve.parse", "a 1.8 M digit number", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("linear 1:1, 1" + "0".repeat(1_800_000) + ":0"), "characters"),
                of("ScoringCurve.parse", "null", NullPointerException.class, () -> ScoringCurve.parse(null), "text"),
                of("ScoringCurve.parse", "empty", IllegalArgumentException.class, () -> ScoringCurve.parse(""),
                        "curve text", "''"),
                of("ScoringCurve.parse", "infinite at", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("linear 1e999:1, 2:0"), "at", "1e999"),
                of("ScoringCurve.parse", "NaN goodness", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("steps 1:NaN"), "goodness", "NaN"),
                of("ScoringCurve.parse", "unknown shape", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("cubic 1:1, 2:0"), "cubic"),
                of("ScoringCurve.parse", "up and down", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("linear 1:0, 2:1, 3:0"), "monotonically"),
                of("ScoringCurve.parse", "too many knots", IllegalArgumentException.class,
                        () -> ScoringCurve.parse("steps " + "1:1, ".repeat(2000) + "2:1"), "knots", "1000"),
                of("ScoringCurve.steps", "too many knots", IllegalArgumentException.class, () -> {
                    Knot[] knots = new Knot[1_001];
                    for (int i = 0; i < knots.length; i++) {
                        knots[i] = Knot.of(i, 1);
                    }
                    ScoringCurve.steps(knots);
                }, "1001", "1000"),
                of("ScoringCurve.steps", "null", NullPointerException.class, () -> ScoringCurve.steps((Knot[]) null),
                        "knots"),
                of("ScoringCurve.steps", "null knot", NullPointerException.class,
                        () -> ScoringCurve.steps(Knot.of(0, 1), null), "knot 1"),
                of("ScoringCurve.steps", "empty", IllegalArgumentException.class, () -> ScoringCurve.steps(), "knots",
                        "0"),
                of("ScoringCurve.piecewiseLinear", "one knot", IllegalArgumentException.class,
                        () -> ScoringCurve.piecewiseLinear(Knot.of(0, 1)), "knots", "1"),
                of("ScoringCurve.piecewiseLinear", "not increasing", IllegalArgumentException.class,
                        () -> ScoringCurve.piecewiseLinear(Knot.of(Double.MAX_VALUE, 1), Knot.of(-Double.MAX_VALUE, 0)),
                        "increasing"),
                of("ScoringCurve.linear", "NaN worst", IllegalArgumentException.class,
                        () -> ScoringCurve.linear(Double.NaN, 1), "worst", "NaN"),
                of("ScoringCurve.linear", "infinite best", IllegalArgumentException.class,
                        () -> ScoringCurve.linear(0, Double.POSITIVE_INFINITY), "best", "Infinity"),
                of("ScoringCurve.linear", "equal", IllegalArgumentException.class, () -> ScoringCurve.linear(1, 1),
                        "worst and best", "1.0"),
                of("ScoringCurve.goodness", "NaN", IllegalArgumentException.class, () -> CURVE.goodness(Double.NaN),
                        "value", "NaN"),
                of("ScoringCurve.Knot.of", "NaN at", IllegalArgumentException.class, () -> Knot.of(Double.NaN, 1),
                        "at", "NaN"),
                of("ScoringCurve.Knot.of", "goodness above 1", IllegalArgumentException.class,
                        () -> Knot.of(0, Double.MAX_VALUE), "goodness", "1.7976931348623157E308"),
                of("SignalScoring.of", "zero weight", IllegalArgumentException.class, () -> SignalScoring.of(0, CURVE),
                        "weight", "0.0"),
                of("SignalScoring.of", "NaN weight", IllegalArgumentException.class,
                        () -> SignalScoring.of(Double.NaN, CURVE), "weight", "NaN"),
                of("SignalScoring.of", "infinite weight", IllegalArgumentException.class,
                        () -> SignalScoring.of(Double.POSITIVE_INFINITY, CURVE), "weight", "Infinity"),
                of("SignalScoring.of", "null curve", NullPointerException.class, () -> SignalScoring.of(1, null),
                        "curve"),
                of("HealthBands.of", "NaN", IllegalArgumentException.class, () -> HealthBands.of(Double.NaN, 50),
                        "criticalBelow", "NaN"),
                of("HealthBands.of", "reversed", IllegalArgumentException.class, () -> HealthBands.of(70, 40),
                        "criticalBelow 70.0"),
                of("HealthBands.of", "above 100", IllegalArgumentException.class,
                        () -> HealthBands.of(0, Double.POSITIVE_INFINITY), "healthyFrom", "Infinity"),
                of("HealthBands.band", "negative", IllegalArgumentException.class,
                        () -> HealthBands.DEFAULT.band(-Double.MIN_VALUE), "score", "-4.9E-324"),
                of("HealthModel.of", "null signal", NullPointerException.class, () -> HealthModel.of(null, 1, CURVE),
                        "signal"),
                of("HealthModel.of", "NaN weight", IllegalArgumentException.class,
                        () -> HealthModel.of(HealthSignal.NPS, Double.NaN, CURVE), "weight", "NaN"),
                of("HealthModel.with", "infinite total", IllegalArgumentException.class,
                        () -> HealthModel.of(HealthSignal.NPS, Double.MAX_VALUE, CURVE).with(HealthSignal.CSAT,
                                Double.MAX_VALUE, CURVE), "finite total"),
                of("HealthModel.with", "weight too small", IllegalArgumentException.class,
                        () -> HealthModel.of(HealthSignal.NPS, Double.MAX_VALUE, CURVE).with(HealthSignal.CSAT,
                                Double.MIN_VALUE, CURVE), "CSAT", "4.9E-324"),
                of("HealthModel.withWeight", "unused signal", IllegalArgumentException.class,
                        () -> HealthModel.of(HealthSignal.NPS, 1, CURVE).withWeight(HealthSignal.CSAT, 1), "CSAT"),
                of("HealthModel.without", "last signal", IllegalArgumentException.class,
                        () -> HealthModel.of(HealthSignal.NPS, 1, CURVE).without(HealthSignal.NPS), "signal"),
                of("HealthModel.assess", "null", NullPointerException.class, () -> MODEL.assess(null),
                        "customerSignals"),
                of("HealthModel.assess", "no signals", IllegalArgumentException.class,
                        () -> MODEL.assess(HealthSignals.of("cus_empty")), "cus_empty"),
                of("HealthSignals.of", "null", NullPointerException.class, () -> HealthSignals.of((String) null),
                        "value"),
                of("HealthSignals.of", "huge id", IllegalArgumentException.class, () -> HealthSignals.of(HUGE),
                        "1800000 characters"),
                of("HealthSignals.withActiveDays", "int extremes", IllegalArgumentException.class,
                        () -> signals.withActiveDays(Integer.MAX_VALUE, Integer.MIN_VALUE), "periodDays",
                        "-2147483648"),
                of("HealthSignals.withActiveDays", "more active than period", IllegalArgumentException.class,
                        () -> signals.withActiveDays(Integer.MAX_VALUE, 30), "activeDays", "2147483647"),
                of("HealthSignals.withFeatureBreadth", "zero available", IllegalArgumentException.class,
                        () -> signals.withFeatureBreadth(0, 0), "featuresAvailable", "0"),
                of("HealthSignals.withNps", "Integer.MIN_VALUE", IllegalArgumentException.class,
                        () -> signals.withNps(Integer.MIN_VALUE), "nps", "-2147483648"),
                of("HealthSignals.withCsat", "zero", IllegalArgumentException.class, () -> signals.withCsat(0, 5),
                        "csat", "0"),
                of("HealthSignals.withCsat", "scale 1", IllegalArgumentException.class, () -> signals.withCsat(1, 1),
                        "csatScale", "1"),
                of("HealthSignals.withPlanUsage", "NaN used", IllegalArgumentException.class,
                        () -> signals.withPlanUsage(Double.NaN, 1), "used", "NaN"),
                of("HealthSignals.withPlanUsage", "negative used", IllegalArgumentException.class,
                        () -> signals.withPlanUsage(-1, 1), "used", "-1.0"),
                of("HealthSignals.withPlanUsage", "pressure beyond a double", IllegalArgumentException.class,
                        () -> signals.withPlanUsage(Double.MAX_VALUE, Double.MIN_VALUE), "used", "limit",
                        "1.7976931348623157E308", "4.9E-324"),
                of("HealthSignals.withPlanUsage", "zero limit", IllegalArgumentException.class,
                        () -> signals.withPlanUsage(1, 0), "limit", "0.0"),
                of("HealthSignals.withPlanLimitPressure", "infinite", IllegalArgumentException.class,
                        () -> signals.withPlanLimitPressure(Double.POSITIVE_INFINITY), "planLimitPressure", "Infinity"),
                of("HealthSignals.withDaysSinceEngagement", "negative", IllegalArgumentException.class,
                        () -> signals.withDaysSinceEngagement(Integer.MIN_VALUE), "daysSinceEngagement",
                        "-2147483648"),
                of("HealthSignals.withOpenTickets", "negative", IllegalArgumentException.class,
                        () -> signals.withOpenTickets(-1), "openTickets", "-1"),
                of("HealthSignals.withMrrTrend", "zero start", IllegalArgumentException.class,
                        () -> signals.withMrrTrend(Money.zero(USD_100.currency()), USD_100), "mrrStart"),
                of("HealthSignals.withMrrTrend", "Long.MIN_VALUE end", IllegalArgumentException.class,
                        () -> signals.withMrrTrend(USD_100, Money.ofMinor("USD", Long.MIN_VALUE)), "mrrEnd"),
                of("HealthSignals.withMrrTrend", "null start", NullPointerException.class,
                        () -> signals.withMrrTrend(null, USD_100), "start"),
                of("HealthSignals.withMrrTrend", "two currencies", CurrencyMismatchException.class,
                        () -> signals.withMrrTrend(USD_100, Money.of("EUR", "1.00")), "EUR"),
                of("HealthSignals.without", "null", NullPointerException.class, () -> signals.without(null), "signal"),
                of("HealthPortfolio.of", "null assessments", NullPointerException.class,
                        () -> HealthPortfolio.of(null, Map.of()), "assessments"),
                of("HealthPortfolio.of", "empty mrr", IllegalArgumentException.class,
                        () -> HealthPortfolio.of(List.of(), Map.of()), "mrr"),
                of("HealthPortfolio.of", "assessed twice", IllegalArgumentException.class,
                        () -> HealthPortfolio.of(List.of(MODEL.assess(signals), MODEL.assess(signals)),
                                Map.of(CustomerId.of("c"), USD_100)), "customer c", "twice"),
                of("HealthPortfolio.of", "negative mrr", IllegalArgumentException.class,
                        () -> HealthPortfolio.of(List.of(), Map.of(CustomerId.of("d"), Money.ofMinor("USD",
                                Long.MIN_VALUE))), "mrr of customer d", "-92233720368547758.08"),
                of("HealthPortfolio.of", "unassessed MRR beyond a long", ArithmeticException.class,
                        () -> HealthPortfolio.of(List.of(), Map.of(CustomerId.of("d"), USD_MAX, CustomerId.of("e"),
                                USD_MAX)), "unassessed MRR", "customer e"),
                of("HealthPortfolio.totalMrr", "beyond a long", ArithmeticException.class,
                        () -> HealthPortfolio.of(List.of(MODEL.assess(signals)), Map.of(CustomerId.of("c"), USD_MAX,
                                CustomerId.of("e"), USD_MAX)).totalMrr(), "total MRR", "customer c"),
                of("HealthPortfolio.band", "MRR beyond a long", ArithmeticException.class,
                        () -> HealthPortfolio.of(List.of(MODEL.assess(signals),
                                MODEL.assess(HealthSignals.of("d").withNps(9))), Map.of(CustomerId.of("c"), USD_MAX,
                                CustomerId.of("d"), USD_MAX)).band(MODEL.assess(signals).band()), "MRR of band",
                        "customer d"),
                of("HealthPortfolio.topAtRisk", "Integer.MIN_VALUE", IllegalArgumentException.class,
                        () -> HealthPortfolio.of(List.of(), Map.of(CustomerId.of("d"), USD_100))
                                .topAtRisk(Integer.MIN_VALUE), "n", "-2147483648"),
                of("HealthValidation.of", "null churned", NullPointerException.class,
                        () -> HealthValidation.of(List.of(), null), "churned"),
                of("HealthValidation.of", "assessed twice", IllegalArgumentException.class,
                        () -> HealthValidation.of(List.of(MODEL.assess(signals), MODEL.assess(signals)), Set.of()),
                        "customer c", "twice"),
                of("RocAuc.of", "null", NullPointerException.class, () -> RocAuc.of(null, new boolean[0]), "scores"),
                of("RocAuc.of", "lengths differ", IllegalArgumentException.class,
                        () -> RocAuc.of(new double[1], new boolean[2]), "1 and 2"),
                of("RocAuc.of", "NaN score", IllegalArgumentException.class,
                        () -> RocAuc.of(new double[] {0, Double.NaN}, new boolean[2]), "score 1", "NaN"),
                of("LedgerHealth.withMrrTrend", "Integer.MAX_VALUE months", IllegalArgumentException.class,
                        () -> LedgerHealth.withMrrTrend(signals, ledger, feb, Integer.MAX_VALUE), "months",
                        "2147483647"),
                of("LedgerHealth.withMrrTrend", "zero months", IllegalArgumentException.class,
                        () -> LedgerHealth.withMrrTrend(signals, ledger, feb, 0), "months", "0"),
                of("LedgerHealth.withMrrTrend", "first month of time", IllegalArgumentException.class,
                        () -> LedgerHealth.withMrrTrend(signals, ledger, YearMonth.of(-999_999_999, 1), 1), "asOf",
                        "-999999999-01"),
                of("LedgerHealth.withMrrTrend", "month outside the ledger", IllegalArgumentException.class,
                        () -> LedgerHealth.withMrrTrend(signals, ledger, YearMonth.of(999_999_999, 12), 1),
                        "asOf", "999999999-12"),
                of("LedgerHealth.churnedAfter", "last month of time", IllegalArgumentException.class,
                        () -> LedgerHealth.churnedAfter(ledger, YearMonth.of(999_999_999, 12), 1), "asOf",
                        "999999999-12", "horizonMonths"),
                of("LedgerHealth.churnedAfter", "Integer.MAX_VALUE horizon", IllegalArgumentException.class,
                        () -> LedgerHealth.churnedAfter(ledger, feb, Integer.MAX_VALUE), "horizonMonths", "2147483647"),
                of("LedgerHealth.churnedAfter", "negative horizon", IllegalArgumentException.class,
                        () -> LedgerHealth.churnedAfter(ledger, feb, -1), "horizonMonths", "-1"),
                of("LedgerHealth.churnedAfterFold", "null asOf", NullPointerException.class,
                        () -> LedgerHealth.churnedAfterFold(null, 1), "asOf"),
                of("LedgerHealth.backTest", "null ledger", NullPointerException.class,
                        () -> LedgerHealth.backTest(List.of(), null, feb, 1), "ledger"),
                of("LedgerHealth.portfolio", "null ledger", NullPointerException.class,
                        () -> LedgerHealth.portfolio(List.of(), null, feb), "ledger"),
                of("PlaybookTrigger.parse", "1.8 M characters", IllegalArgumentException.class,
                        () -> PlaybookTrigger.parse(HUGE), "1800000 characters"),
                of("PlaybookTrigger.parse", "1.8 M character signal", IllegalArgumentException.class,
                        () -> PlaybookTrigger.parse(HUGE + " <= 6"), "characters"),
                of("PlaybookTrigger.parse", "1.8 M character band", IllegalArgumentException.class,
                        () -> PlaybookTrigger.parse("band " + HUGE), "characters"),
                of("PlaybookTrigger.parse", "infinite threshold", IllegalArgumentException.class,
                        () -> PlaybookTrigger.parse("NPS <= 1e999"), "threshold", "Infinity"),
                of("PlaybookTrigger.parse", "null", NullPointerException.class, () -> PlaybookTrigger.parse(null),
                        "text"),
                of("PlaybookTrigger.parse", "empty", IllegalArgumentException.class, () -> PlaybookTrigger.parse(""),
                        "trigger text", "''"),
                of("PlaybookTrigger.when", "NaN threshold", IllegalArgumentException.class,
                        () -> PlaybookTrigger.when(HealthSignal.NPS, PlaybookTrigger.Comparison.BELOW, Double.NaN),
                        "threshold", "NaN"),
                of("PlaybookTrigger.when", "null comparison", NullPointerException.class,
                        () -> PlaybookTrigger.when(HealthSignal.NPS, null, 1), "comparison"),
                of("PlaybookTrigger.band", "null", NullPointerException.class, () -> PlaybookTrigger.band(null),
                        "band"),
                of("PlaybookAction.of", "huge blank alert type", IllegalArgumentException.class,
                        () -> PlaybookAction.of(HUGE_BLANK, "plan", "fixed"), "alertType", "1000000 characters"),
                of("PlaybookAction.of", "huge alert type, no reason", IllegalArgumentException.class,
                        () -> PlaybookAction.of(HUGE, "plan"), "resolution reason", "1800000 characters"),
                of("PlaybookAction.of", "huge alert type, blank reason", IllegalArgumentException.class,
                        () -> PlaybookAction.of(HUGE, "plan", " "), "resolution reason", "1800000 characters"),
                of("PlaybookAction.of", "null plan", NullPointerException.class,
                        () -> PlaybookAction.of("type", null, "fixed"), "actionPlan"),
                of("PlaybookAction.of", "null reasons", NullPointerException.class,
                        () -> PlaybookAction.of("type", "plan", (String[]) null), "resolutionReasons"),
                of("PlaybookAction.of", "null reason", NullPointerException.class,
                        () -> PlaybookAction.of("type", "plan", "fixed", null), "resolution reason"),
                of("Playbook.with", "null trigger", NullPointerException.class,
                        () -> Playbook.empty().with(null, PlaybookAction.of("t", "p", "r")), "trigger"),
                of("Playbook.actionsFor", "null", NullPointerException.class, () -> Playbook.defaults().actionsFor(null),
                        "assessment")));
    }
}
