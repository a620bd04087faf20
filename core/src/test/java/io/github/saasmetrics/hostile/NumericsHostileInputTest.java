package io.github.saasmetrics.hostile;

import static io.github.saasmetrics.hostile.HostileCase.of;

import io.github.saasmetrics.ltv.CohortLtv;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.LeftTruncation;
import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.ltv.PaymentTiming;
import io.github.saasmetrics.ltv.ShiftedBetaGeometric;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Binomial;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Normal;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.stats.StudentT;
import io.github.saasmetrics.survival.DelayedEntryTenure;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.Tenure;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite of the statistics, lifetime-value and survival packages: one row per
 * front door and kind of abuse, each run under the harness's time and allocation guard.
 */
class NumericsHostileInputTest {

    private static final long EXA = 1_000_000_000_000_000_000L;
    private static final ShiftedBetaGeometric PAPER = ShiftedBetaGeometric.of(0.668, 3.806);
    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth EARLIEST = YearMonth.of(-999_999_999, 1);
    private static final YearMonth LATEST = YearMonth.of(999_999_999, 12);

    private static SurvivalCurve curve() {
        return KaplanMeier.fit(new double[] {1, 2, 3}, new boolean[] {true, false, true});
    }

    @TestFactory
    Stream<DynamicTest> stats() {
        return HostileInput.tests(Stream.of(
                of("Binomial.upperTail", "n of 10^18", IllegalArgumentException.class,
                        () -> Binomial.upperTail(EXA / 2, EXA, 0.5), "n", "1000000000000000000"),
                of("Binomial.upperTail", "n of Long.MAX_VALUE", IllegalArgumentException.class,
                        () -> Binomial.upperTail(1, Long.MAX_VALUE, 0.5), "n", "9223372036854775807"),
                of("Binomial.upperTail", "negative n", IllegalArgumentException.class,
                        () -> Binomial.upperTail(1, Long.MIN_VALUE, 0.5), "n", "-9223372036854775808"),
                of("Binomial.upperTail", "NaN p", IllegalArgumentException.class,
                        () -> Binomial.upperTail(1, 10, Double.NaN), "p", "NaN"),
                of("Binomial.lowerTail", "n of 10^18", IllegalArgumentException.class,
                        () -> Binomial.lowerTail(EXA / 2, EXA, 0.5), "n", "1000000000000000000"),
                of("Binomial.upperBound", "n of 10^18", IllegalArgumentException.class,
                        () -> Binomial.upperBound(EXA, 0.5, 0.05), "n", "1000000000000000000"),
                of("Binomial.lowerBound", "n of 10^18", IllegalArgumentException.class,
                        () -> Binomial.lowerBound(EXA, 0.25, 0.05), "n", "1000000000000000000"),
                of("Binomial.upperBound", "infinite p", IllegalArgumentException.class,
                        () -> Binomial.upperBound(10, Double.POSITIVE_INFINITY, 0.05), "p", "Infinity"),
                of("Binomial.upperBound", "NaN alpha", IllegalArgumentException.class,
                        () -> Binomial.upperBound(10, 0.5, Double.NaN), "alpha", "NaN"),
                of("Binomial.lowerBound", "zero alpha", IllegalArgumentException.class,
                        () -> Binomial.lowerBound(10, 0.5, 0), "alpha", "0.0"),
                of("Binomial.probability", "negative n", IllegalArgumentException.class,
                        () -> Binomial.probability(0, -1, 0.5), "n", "-1"),
                of("Ratio.of", "negative denominator", IllegalArgumentException.class,
                        () -> Ratio.of(1, Long.MIN_VALUE), "denominator", "-9223372036854775808"),
                of("Ratio.of", "numerator over zero", IllegalArgumentException.class,
                        () -> Ratio.of(Long.MAX_VALUE, 0), "numerator", "9223372036854775807"),
                of("Ratio.plus", "numerators past a long", ArithmeticException.class,
                        () -> Ratio.of(Long.MAX_VALUE, 1).plus(Ratio.of(1, 1)), "numerator", "9223372036854775807 + 1"),
                of("Ratio.plus", "denominators past a long", ArithmeticException.class,
                        () -> Ratio.of(0, Long.MAX_VALUE).plus(Ratio.of(0, 2)), "denominator", "9223372036854775807 + 2"),
                of("Ratio.plus", "null", NullPointerException.class, () -> Ratio.of(1, 2).plus(null), "other"),
                of("Ratio.value", "undefined", IllegalStateException.class, () -> Ratio.UNDEFINED.value(), "undefined"),
                of("Ratio.decimal", "scale of Integer.MAX_VALUE", IllegalArgumentException.class,
                        () -> Ratio.of(1, 3).decimal(Integer.MAX_VALUE, RoundingMode.HALF_EVEN), "scale", "2147483647"),
                of("Ratio.decimal", "negative scale", IllegalArgumentException.class,
                        () -> Ratio.of(1, 3).decimal(-1, RoundingMode.HALF_EVEN), "scale", "-1"),
                of("Ratio.decimal", "null rounding", NullPointerException.class,
                        () -> Ratio.of(1, 3).decimal(2, null), "rounding"),
                of("Ratio.decimal", "rounding UNNECESSARY", ArithmeticException.class,
                        () -> Ratio.of(1, 3).decimal(2, RoundingMode.UNNECESSARY), "1/3", "2 decimals", "UNNECESSARY"),
                of("Normal.density", "NaN", IllegalArgumentException.class, () -> Normal.density(Double.NaN), "x", "NaN"),
                of("Normal.cdf", "NaN", IllegalArgumentException.class, () -> Normal.cdf(Double.NaN), "x", "NaN"),
                of("Normal.quantile", "p of 1", IllegalArgumentException.class, () -> Normal.quantile(1), "p", "1.0"),
                of("Normal.twoSidedCritical", "level of 1", IllegalArgumentException.class,
                        () -> Normal.twoSidedCritical(1), "level", "1.0"),
                of("StudentT.cdf", "ν of Double.MIN_VALUE", IllegalArgumentException.class,
                        () -> StudentT.cdf(1, Double.MIN_VALUE), "degreesOfFreedom", "4.9E-324"),
                of("StudentT.cdf", "NaN ν", IllegalArgumentException.class,
                        () -> StudentT.cdf(1, Double.NaN), "degreesOfFreedom", "NaN"),
                of("StudentT.density", "NaN t", IllegalArgumentException.class,
                        () -> StudentT.density(Double.NaN, 3), "t", "NaN"),
                of("StudentT.quantile", "beyond a double", ArithmeticException.class,
                        () -> StudentT.quantile(1e-300, 0.1), "p = 1.0E-300", "degreesOfFreedom = 0.1"),
                of("StudentT.quantile", "negative ν", IllegalArgumentException.class,
                        () -> StudentT.quantile(0.5, -1), "degreesOfFreedom", "-1.0"),
                of("StudentT.twoSidedCritical", "beyond a double", ArithmeticException.class,
                        () -> StudentT.twoSidedCritical(1 - 1e-16, 1e-3), "level", "degreesOfFreedom = 0.001"),
                of("ConfidenceInterval", "infinite bound", IllegalArgumentException.class,
                        () -> new ConfidenceInterval(0, Double.POSITIVE_INFINITY, 0.95), "bounds", "Infinity"),
                of("ConfidenceInterval", "NaN level", IllegalArgumentException.class,
                        () -> new ConfidenceInterval(0, 1, Double.NaN), "level", "NaN")));
    }

    @TestFactory
    Stream<DynamicTest> ltv() {
        return HostileInput.tests(Stream.of(
                of("ShiftedBetaGeometric.discountedExpectedLifetime", "rate of 1e-9", IllegalArgumentException.class,
                        () -> PAPER.discountedExpectedLifetime(1e-9), "discountRate", "1.0E-9"),
                of("ShiftedBetaGeometric.discountedExpectedLifetime", "rate of 1e-300", IllegalArgumentException.class,
                        () -> PAPER.discountedExpectedLifetime(1e-300), "discountRate", "1.0E-300"),
                of("ShiftedBetaGeometric.discountedExpectedLifetime", "NaN rate", IllegalArgumentException.class,
                        () -> PAPER.discountedExpectedLifetime(Double.NaN), "discountRate", "NaN"),
                of("ShiftedBetaGeometric.discountedExpectedLifetime", "infinite rate", IllegalArgumentException.class,
                        () -> PAPER.discountedExpectedLifetime(Double.POSITIVE_INFINITY), "discountRate", "Infinity"),
                of("ShiftedBetaGeometric.discountedExpectedResidualLifetime", "rate of Double.MIN_VALUE",
                        IllegalArgumentException.class,
                        () -> PAPER.discountedExpectedResidualLifetime(Double.MIN_VALUE, 3), "discountRate", "4.9E-324"),
                of("ShiftedBetaGeometric.discountedExpectedResidualLifetime", "negative renewals",
                        IllegalArgumentException.class,
                        () -> PAPER.discountedExpectedResidualLifetime(0.1, Integer.MIN_VALUE), "renewals", "-2147483648"),
                of("ShiftedBetaGeometric.projection", "Integer.MAX_VALUE periods", IllegalArgumentException.class,
                        () -> PAPER.projection(1, Integer.MAX_VALUE), "periods", "2147483647"),
                of("ShiftedBetaGeometric.projection", "zero periods", IllegalArgumentException.class,
                        () -> PAPER.projection(1, 0), "periods", "0"),
                of("ShiftedBetaGeometric.projection", "cohort of Long.MIN_VALUE", IllegalArgumentException.class,
                        () -> PAPER.projection(Long.MIN_VALUE, 3), "cohortSize", "-9223372036854775808"),
                of("ShiftedBetaGeometricFit.projection", "Integer.MAX_VALUE periods", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.fit(1000, 131, 126, 90, 60, 42, 34, 26).projection(Integer.MAX_VALUE),
                        "periods", "2147483647"),
                of("ShiftedBetaGeometric.of", "NaN alpha", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.of(Double.NaN, 1), "alpha", "NaN"),
                of("ShiftedBetaGeometric.of", "infinite beta", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.of(1, Double.POSITIVE_INFINITY), "beta", "Infinity"),
                of("ShiftedBetaGeometric.survival", "negative t", IllegalArgumentException.class,
                        () -> PAPER.survival(Integer.MIN_VALUE), "t", "-2147483648"),
                of("ShiftedBetaGeometric.fit", "losses past a long", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.fit(10, Long.MAX_VALUE, 1), "lostPerPeriod[1]", "cohortSize (10)"),
                of("ShiftedBetaGeometric.fit", "null losses", NullPointerException.class,
                        () -> ShiftedBetaGeometric.fit(10, (long[]) null), "lostPerPeriod"),
                of("ShiftedBetaGeometric.fit", "cohort of Long.MIN_VALUE", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.fit(Long.MIN_VALUE, 1, 1), "cohortSize", "-9223372036854775808"),
                of("ShiftedBetaGeometric.logLikelihood", "losses past a long", IllegalArgumentException.class,
                        () -> PAPER.logLikelihood(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE), "lostPerPeriod[1]",
                        "9223372036854775807"),
                of("ShiftedBetaGeometric.fitSurvival", "NaN share", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.fitSurvival(100, 0.9, Double.NaN), "survivalShare[1]", "NaN"),
                of("ShiftedBetaGeometric.fitSurvival", "cohort of Long.MAX_VALUE", IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.fitSurvival(Long.MAX_VALUE, 0.9, 0.95), "survivalShare[1]", "0.95"),
                of("CohortLtv.plus", "customers past a long", ArithmeticException.class,
                        () -> CohortLtv.of(Long.MAX_VALUE, Money.ofMinor(USD, 0))
                                .plus(CohortLtv.of(1, Money.ofMinor(USD, 0))), "customers", "9223372036854775807 + 1"),
                of("CohortLtv.plus", "revenue past a long", ArithmeticException.class,
                        () -> CohortLtv.of(1, Money.ofMinor(USD, 0), Money.ofMinor(USD, Long.MAX_VALUE))
                                .plus(CohortLtv.of(1, Money.ofMinor(USD, 0), Money.ofMinor(USD, 1))), "revenue", "age 1"),
                of("CohortLtv.cumulativePerCustomer", "revenue past a long", ArithmeticException.class,
                        () -> CohortLtv.of(1, Money.ofMinor(USD, Long.MAX_VALUE), Money.ofMinor(USD, 1))
                                .cumulativePerCustomer(1), "cumulative revenue", "age 1"),
                of("CohortLtv.cumulativePerCustomer", "age of Integer.MAX_VALUE", IllegalArgumentException.class,
                        () -> CohortLtv.of(1, Money.ofMinor(USD, 1)).cumulativePerCustomer(Integer.MAX_VALUE), "age",
                        "2147483647"),
                of("CohortLtv.discountedPerCustomer", "NaN rate", IllegalArgumentException.class,
                        () -> CohortLtv.of(1, Money.ofMinor(USD, 1)).discountedPerCustomer(0, Double.NaN,
                                PaymentTiming.IN_ADVANCE), "discountRate", "NaN"),
                of("CohortLtv.of", "null amount", NullPointerException.class,
                        () -> CohortLtv.of(1, Money.ofMinor(USD, 1), null), "revenueByAge[1]"),
                of("CohortLtv.of", "no ages", IllegalArgumentException.class, () -> CohortLtv.of(1), "revenueByAge"),
                of("CohortLtv", "null list", NullPointerException.class, () -> new CohortLtv(1, null), "revenueByAge"),
                of("CohortLtv.accumulator", "Integer.MAX_VALUE ages", IllegalArgumentException.class,
                        () -> CohortLtv.accumulator(USD, Integer.MAX_VALUE), "ages", "2147483647"),
                of("CohortLtv.accumulator", "currency without minor unit", IllegalArgumentException.class,
                        () -> CohortLtv.accumulator(Currency.getInstance("XXX"), 3), "XXX"),
                of("CohortLtv.accumulator", "null currency", NullPointerException.class,
                        () -> CohortLtv.accumulator(null, 3), "currency"),
                of("CohortLtv.toCohortLtv", "Integer.MAX_VALUE ages", IllegalArgumentException.class,
                        () -> CohortLtv.toCohortLtv(USD, Integer.MAX_VALUE), "ages", "2147483647"),
                of("CohortLtv.toCohortLtv", "negative ages", IllegalArgumentException.class,
                        () -> CohortLtv.toCohortLtv(USD, Integer.MIN_VALUE), "ages", "-2147483648"),
                of("CohortLtv.Accumulator.addRevenue", "revenue past a long", ArithmeticException.class,
                        () -> CohortLtv.accumulator(USD, 3).addRevenue(2, Long.MAX_VALUE).addRevenue(2, 1),
                        "age 2", "USD"),
                of("CohortLtv.Accumulator.addRevenue", "negative age", IllegalArgumentException.class,
                        () -> CohortLtv.accumulator(USD, 3).addRevenue(Integer.MIN_VALUE, 1), "age", "-2147483648"),
                of("CohortLtv.Accumulator.addCustomer", "null amount", NullPointerException.class,
                        () -> CohortLtv.accumulator(USD, 3).addCustomer(java.util.Arrays.asList(Money.ofMinor(USD, 1),
                                null)), "revenueByAge[1]"),
                of("CohortLtv.Accumulator.addAll", "revenue past a long", ArithmeticException.class,
                        () -> CohortLtv.accumulator(USD, 1).addRevenue(0, Long.MAX_VALUE)
                                .addAll(CohortLtv.accumulator(USD, 1).addRevenue(0, 5)), "age 0", "USD"),
                of("Ltv.expectedLifetime", "NaN churn", IllegalArgumentException.class,
                        () -> Ltv.expectedLifetime(Double.NaN), "NaN"),
                of("Ltv.fromLifetime", "infinite lifetime", IllegalArgumentException.class,
                        () -> Ltv.fromLifetime(Money.ofMinor(USD, 100), 0.8, Double.POSITIVE_INFINITY),
                        "lifetimePeriods", "Infinity"),
                of("Ltv.fromLifetime", "lifetime past a long of cents", ArithmeticException.class,
                        () -> Ltv.fromLifetime(Money.ofMinor(USD, Long.MAX_VALUE), 1, 1e300), "USD")));
    }

    @TestFactory
    Stream<DynamicTest> survival() {
        return HostileInput.tests(Stream.of(
                of("SurvivalCurve.restrictedMean", "horizon of Double.MAX_VALUE", IllegalArgumentException.class,
                        () -> curve().restrictedMean(Double.MAX_VALUE), "horizon", "1.7976931348623157E308"),
                of("SurvivalCurve.restrictedMean", "negative horizon", IllegalArgumentException.class,
                        () -> curve().restrictedMean(-1), "horizon", "-1.0"),
                of("SurvivalCurve.restrictedMean", "NaN horizon", IllegalArgumentException.class,
                        () -> curve().restrictedMean(Double.NaN), "horizon", "NaN"),
                of("SurvivalCurve.restrictedMean", "infinite horizon", IllegalArgumentException.class,
                        () -> curve().restrictedMean(Double.POSITIVE_INFINITY), "horizon", "Infinity"),
                of("SurvivalCurve.survival", "NaN time", IllegalArgumentException.class,
                        () -> curve().survival(Double.NaN), "t", "NaN"),
                of("SurvivalCurve.quantile", "p of 1", IllegalArgumentException.class,
                        () -> curve().quantile(1), "p", "1.0"),
                of("SurvivalCurve.row", "index of Integer.MAX_VALUE", IndexOutOfBoundsException.class,
                        () -> curve().row(Integer.MAX_VALUE), "2147483647"),
                of("SurvivalCurve.plus", "null", NullPointerException.class, () -> curve().plus(null), "other"),
                of("SurvivalCurve.withConfidence", "NaN level", IllegalArgumentException.class,
                        () -> curve().withConfidence(KaplanMeier.DEFAULT_TRANSFORM, Double.NaN), "level", "NaN"),
                of("KaplanMeier.fit", "no tenures", IllegalStateException.class,
                        () -> KaplanMeier.fit(new double[0], new boolean[0]), "none"),
                of("KaplanMeier.fit", "NaN tenure", IllegalArgumentException.class,
                        () -> KaplanMeier.fit(new double[] {1, Double.NaN}, new boolean[] {true, true}), "tenures[1]",
                        "NaN"),
                of("KaplanMeier.fit", "lengths differ", IllegalArgumentException.class,
                        () -> KaplanMeier.fit(new double[] {1, 2}, new boolean[] {true}), "churned", "2"),
                of("KaplanMeier.fitDelayedEntry", "infinite entry", IllegalArgumentException.class,
                        () -> KaplanMeier.fitDelayedEntry(new double[] {Double.POSITIVE_INFINITY}, new double[] {1},
                                new boolean[] {true}), "entries[0]", "Infinity"),
                of("KaplanMeier.Accumulator.add", "negative time", IllegalArgumentException.class,
                        () -> KaplanMeier.accumulator().add(-Double.MAX_VALUE, true), "time", "-1.7976931348623157E308"),
                of("Tenure.churned", "infinite time", IllegalArgumentException.class,
                        () -> Tenure.churned(Double.POSITIVE_INFINITY), "time", "Infinity"),
                of("Tenure.ofFirstSpell", "months out of order", IllegalArgumentException.class,
                        () -> Tenure.ofFirstSpell(LATEST, EARLIEST, LATEST), "lastPaidMonthOfFirstSpell",
                        "999999999-12"),
                of("Tenure.ofFirstSpell", "null month", NullPointerException.class,
                        () -> Tenure.ofFirstSpell(EARLIEST, null, LATEST), "lastPaidMonthOfFirstSpell"),
                of("Tenure.ofFirstSpell", "int months out of order", IllegalArgumentException.class,
                        () -> Tenure.ofFirstSpell(Integer.MAX_VALUE, Integer.MIN_VALUE, 0), "firstPaidMonth",
                        "2147483647"),
                of("DelayedEntryTenure.ofFirstSpell", "months out of order", IllegalArgumentException.class,
                        () -> DelayedEntryTenure.ofFirstSpell(EARLIEST, LATEST, EARLIEST, LATEST), "firstObservedMonth",
                        "999999999-12"),
                of("DelayedEntryTenure.ofFirstSpell", "null month", NullPointerException.class,
                        () -> DelayedEntryTenure.ofFirstSpell(EARLIEST, EARLIEST, null, LATEST),
                        "lastPaidMonthOfFirstSpell"),
                of("DelayedEntryTenure", "NaN entry", IllegalArgumentException.class,
                        () -> DelayedEntryTenure.churned(Double.NaN, 3), "entry", "NaN"),
                of("DelayedEntryTenure", "exit before entry", IllegalArgumentException.class,
                        () -> DelayedEntryTenure.censored(Double.MAX_VALUE, 1), "time", "1.7976931348623157E308"),
                of("DelayedEntryTenure.of", "null", NullPointerException.class, () -> DelayedEntryTenure.of(null),
                        "tenure"),
                of("LedgerLifetimes.survival", "null ledger", NullPointerException.class,
                        () -> LedgerLifetimes.survival(null), "ledger"),
                of("LedgerLifetimes.survival", "null truncation", NullPointerException.class,
                        () -> LedgerLifetimes.survival(null, LeftTruncation.EXCLUDE), "ledger"),
                of("LedgerLifetimes.cohorts", "null ledger", NullPointerException.class,
                        () -> LedgerLifetimes.cohorts(null), "ledger"),
                of("LedgerLifetimes.customersBeforeLedger", "null ledger", NullPointerException.class,
                        () -> LedgerLifetimes.customersBeforeLedger(null), "ledger"),
                of("LedgerLifetimes.tenures", "null ledger", NullPointerException.class,
                        () -> LedgerLifetimes.tenures(null), "ledger")));
    }
}
